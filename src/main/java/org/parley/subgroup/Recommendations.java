package org.parley.subgroup;

import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.proposal.VersionRedline;

/**
 * A subgroup's recommendations, from drafting to the full table's decision. Approval goes through the
 * proposal module's facade, so an approved recommendation is a TA like any other: same status sheet,
 * figures, tentative contract and history.
 */
public interface Recommendations {

    Recommendation draft(Viewer by, long subgroupId, NewRecommendation recommendation);

    Recommendation get(Viewer viewer, long recommendationId);

    List<Recommendation> ofSubgroup(Viewer viewer, long subgroupId);

    List<Recommendation> ofTable(Viewer viewer, long tableId);

    /** Reports it to the full table at a check-in: a session of the subgroup's table. */
    Recommendation report(Viewer by, long recommendationId, long checkInSessionId);

    /** The full table sends it back to the subgroup with a reason; it can be reported again. */
    Recommendation sendBack(Viewer by, long recommendationId, String reason);

    /**
     * The full table approves a batch in one act: each becomes its own TA. All or nothing: one unknown,
     * unreported, already decided or blocked recommendation refuses the whole batch (a conflict naming
     * it) and nothing is written.
     */
    List<ApprovedRecommendation> approve(Viewer by, long tableId, List<Long> recommendationIds, LocalDate date,
            String laborInitials, String managementInitials);

    /** Its redline against the base agreement (contract language), or its text (a commitment). */
    VersionRedline redline(Viewer viewer, long recommendationId);
}
