package org.parley.member.internal;

import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.platform.ParleyException;

/**
 * Who may manage the members' side: the labor team and administrators. The roster, observer lists
 * and petition signers are the union's records; the management team never reads them.
 */
final class UnionSide {

    private UnionSide() {
    }

    static boolean is(Viewer viewer) {
        return viewer.role() == Role.LABOR_TEAM || viewer.role() == Role.ADMIN;
    }

    static void require(Viewer viewer) {
        if (!is(viewer)) {
            throw ParleyException.forbidden("Only the labor team or an administrator may do this; you are signed in as "
                    + viewer.role().label().toLowerCase() + ".");
        }
    }
}
