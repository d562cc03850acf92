package org.parley.proposal;

import java.util.List;
import org.parley.contract.Redline;
import org.parley.contract.SectionChange;

/**
 * A version's redline, section by section: against the base agreement, or against the previous
 * version of the thread ("what moved in this counter").
 *
 * @param sections one entry a section the version (or, against the previous version, either version)
 *                 changes; a version stated in language only has one entry with a null section
 */
public record VersionRedline(long versionId, Against against, String comparedWith, List<SectionRedline> sections) {

    public enum Against { AGREEMENT, PREVIOUS }

    /**
     * @param op          what the version does to the section (null against the previous version when only
     *                    the previous version changed it)
     * @param headingRuns the section's number and title, redlined (a renumbering shows here)
     */
    public record SectionRedline(String section, String title, SectionChange.Op op, List<Redline.Run> headingRuns,
                                 List<Redline.Run> runs) {
    }
}
