package org.parley.term.internal;

import java.util.EnumSet;
import java.util.Set;
import org.parley.account.Viewer;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;

/**
 * The legal clock's rules of who may do what, in one place. Notices served, extensions, the renewal
 * clause and table deadlines are TABLE records: both teams read them, administrators too. A planned
 * notice and a side's own deadlines are that side's alone. Members, the election committee and vote
 * observers see none of it; strike readiness is labor's alone.
 */
final class TermPermissions {

    private TermPermissions() {
    }

    /** The audiences of legal clock records the viewer may read: never MEMBERS or PUBLIC ones, since there are none. */
    static Set<Audience> readable(Viewer viewer) {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (Audience a : EnumSet.of(Audience.LABOR, Audience.MANAGEMENT, Audience.TABLE)) {
            if (viewer.canSee(a)) {
                audiences.add(a);
            }
        }
        return audiences;
    }

    static void requireRead(Viewer viewer) {
        viewer.requireSee(Audience.TABLE);
    }

    /** Recording notices, extensions and deadlines is for the bargaining teams. */
    static Side requireTeam(Viewer viewer) {
        viewer.requireTeam();
        return viewer.side();
    }

    /** The renewal clause is part of the agreement: teams and administrators set it up. */
    static void requireOrganizer(Viewer viewer) {
        viewer.requireOrganizer();
    }

    /** Strike readiness and picket shifts are the union's: the labor team only. */
    static void requireLabor(Viewer viewer) {
        if (viewer.side() != Side.LABOR) {
            throw ParleyException.forbidden("Only the labor team may see strike readiness and picket shifts.");
        }
    }

    /** A side may only plan its own notices and keep its own deadlines. */
    static Audience ownAudience(Viewer viewer, Audience requested) {
        if (requested == null || requested == Audience.TABLE) {
            return Audience.TABLE;
        }
        if (requested != Audience.of(viewer.side())) {
            throw ParleyException.forbidden("A team keeps only its own side's deadlines: use TABLE or " + Audience.of(viewer.side()) + ".");
        }
        return requested;
    }
}
