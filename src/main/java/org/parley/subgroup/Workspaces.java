package org.parley.subgroup;

import java.util.List;
import org.parley.account.Viewer;

/**
 * The interest-based workspace of a subgroup's issues. Everything here is joint (both teams, the
 * subgroup's facilitators and observers see it) except side notes, which only their side reads.
 */
public interface Workspaces {

    IbbIssue addIssue(Viewer by, long subgroupId, String title, String statement);

    IbbIssue issue(Viewer viewer, long issueId);

    List<IbbIssue> issues(Viewer viewer, long subgroupId);

    IbbIssue.Interest addInterest(Viewer by, long issueId, InterestSide side, String text);

    /** Adds an option; it carries the author's side only where the subgroup attributes options. */
    IbbIssue.Option addOption(Viewer by, long issueId, String text);

    IbbIssue.Criterion addCriterion(Viewer by, long issueId, String text);

    /** Rates an option against a criterion; rating again replaces it. */
    IbbIssue.Assessment assess(Viewer by, long optionId, long criterionId, Rating rating, String note);

    /**
     * Starts (or restarts) the consensus check on an option with who is present; null or empty means
     * every co-lead and member of the subgroup. Stances stated before are kept.
     */
    Consensus startConsensusCheck(Viewer by, long optionId, List<Long> presentAccountIds);

    /**
     * States a stance on an option: the signed-in participant's own ({@code forAccountId} null), or, for
     * a co-lead or facilitator running the check, the stance a present participant says aloud. Stating
     * again replaces it. A block needs a reason.
     */
    Consensus stateStance(Viewer by, long optionId, Long forAccountId, Stance stance, String reason);

    Consensus consensus(Viewer viewer, long optionId);

    /** The subgroup an option belongs to (for pages and recommendations). */
    long subgroupOfOption(Viewer viewer, long optionId);

    /** The issue an option belongs to. */
    long issueOfOption(Viewer viewer, long optionId);

    /** Adds the viewer's side's own note on an item of the subgroup; only that side will read it. */
    SideNote addNote(Viewer by, long subgroupId, String itemType, long itemId, String text);

    /** The notes of the subgroup the viewer's side may read: its own side's; none for anyone else. */
    List<SideNote> notes(Viewer viewer, long subgroupId);
}
