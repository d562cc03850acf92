package org.parley.subgroup.internal;

import org.parley.account.Viewer;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.subgroup.Participant;
import org.parley.subgroup.ParticipantRole;
import org.parley.subgroup.Subgroup;

/**
 * Who may do what in a subgroup, in one place.
 * <ul>
 *   <li>Joint work (issues, interests, options, criteria, consensus, recommendations) is a TABLE record:
 *       both teams and administrators; and the subgroup's own facilitators and observers.</li>
 *   <li>A side's notes: that side's team only; and the subgroup's observers whose local lets them attend
 *       the labor caucus, for labor's notes. Never a facilitator, an administrator or the other side.</li>
 *   <li>Working in the workspace: the teams and the subgroup's facilitators. Stances: co-leads and
 *       members (facilitators and co-leads may record the stance a present participant says aloud).</li>
 * </ul>
 */
final class SubgroupPermissions {

    private SubgroupPermissions() {
    }

    static boolean seesJointWork(Viewer viewer, Subgroup subgroup) {
        if (viewer.canSee(Audience.TABLE)) {
            return true;
        }
        return subgroup.participant(viewer.accountId())
                .filter(p -> p.role() == ParticipantRole.FACILITATOR || p.role() == ParticipantRole.OBSERVER).isPresent();
    }

    /** Refuses a viewer who may not see the subgroup as one that does not exist, so ids reveal nothing. */
    static Subgroup requireJointWork(Viewer viewer, Subgroup subgroup) {
        if (!seesJointWork(viewer, subgroup)) {
            throw ParleyException.notFound("There is no subgroup " + subgroup.id() + ".");
        }
        return subgroup;
    }

    static boolean facilitates(Viewer viewer, Subgroup subgroup) {
        return subgroup.participant(viewer.accountId()).filter(p -> p.role() == ParticipantRole.FACILITATOR).isPresent();
    }

    static void requireWork(Viewer viewer, Subgroup subgroup) {
        requireJointWork(viewer, subgroup);
        if (!viewer.onTeam() && !facilitates(viewer, subgroup)) {
            throw ParleyException.forbidden("Only the bargaining teams and the subgroup's facilitators work in its workspace.");
        }
    }

    /** The side whose notes the viewer reads in this subgroup, or null for none. */
    static Side notesSide(Viewer viewer, Subgroup subgroup) {
        if (viewer.onTeam()) {
            return viewer.side();
        }
        return subgroup.participant(viewer.accountId())
                .filter(p -> p.role() == ParticipantRole.OBSERVER && p.caucus()).map(p -> Side.LABOR).orElse(null);
    }

    /** The participant stating a stance: a co-lead or member of the subgroup. */
    static Participant decider(Subgroup subgroup, long accountId) {
        Participant participant = subgroup.participant(accountId)
                .orElseThrow(() -> ParleyException.forbidden("Only the subgroup's co-leads and members state stances in its consensus checks."));
        if (!participant.role().decides()) {
            throw ParleyException.forbidden("A " + participant.role().label().toLowerCase()
                    + " states no stance in a consensus check; the co-leads and members do.");
        }
        return participant;
    }

    /** Whether the viewer may record another participant's stance: a co-lead or facilitator running the check. */
    static boolean runsChecks(Viewer viewer, Subgroup subgroup) {
        return subgroup.participant(viewer.accountId())
                .filter(p -> p.role() == ParticipantRole.CO_LEAD || p.role() == ParticipantRole.FACILITATOR).isPresent();
    }
}
