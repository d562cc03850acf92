package org.parley.proposal;

import java.util.List;
import java.util.Optional;
import org.parley.account.Viewer;

/**
 * What an economic thread's offers cost, for the thread page. This module only declares it; the costing
 * module, which sits above, implements it, so the page shows "what moved" in money without this module
 * depending on costing.
 */
public interface ThreadCosts {

    /** The panel the viewer may see for this thread, or empty. */
    Optional<Panel> panel(Viewer viewer, ThreadDetail thread);

    /**
     * A table of figures with a heading, already written for people.
     *
     * @param versionLinks a link per version id (e.g. to its economic terms), by version id
     */
    record Panel(String heading, String note, List<String> columns, List<List<String>> rows,
                 java.util.Map<Long, Link> versionLinks, List<Link> links) {
    }

    record Link(String label, String href) {
    }
}
