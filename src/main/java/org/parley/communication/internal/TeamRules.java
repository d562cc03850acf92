package org.parley.communication.internal;

import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;

/** Who may do what in this module, in one place. */
final class TeamRules {

    private TeamRules() {
    }

    /** Updates are drafted by the labor team: an unpublished draft is a LABOR record. */
    static void requireWriter(Viewer viewer) {
        if (!viewer.canSee(Audience.LABOR) || !viewer.onTeam()) {
            throw ParleyException.forbidden("Only the labor team drafts and publishes bargaining updates.");
        }
    }

    /** Events and their RSVP lists are organised by the labor team and administrators. */
    static boolean organizer(Viewer viewer) {
        return viewer.role() == Role.LABOR_TEAM || viewer.role() == Role.ADMIN;
    }

    static void requireOrganizer(Viewer viewer) {
        if (!organizer(viewer)) {
            throw ParleyException.forbidden("Only the labor team or an administrator organises members' events.");
        }
    }

    static Audience checkedAudience(Audience audience, String what) {
        ParleyException.require(audience, "The audience of " + what + " (MEMBERS or PUBLIC)");
        if (audience != Audience.MEMBERS && audience != Audience.PUBLIC) {
            throw ParleyException.invalid(capitalised(what) + " is for MEMBERS or the PUBLIC, not " + audience + ".");
        }
        return audience;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
