package org.parley.term;

import java.util.List;
import org.parley.account.Viewer;

/**
 * Strike readiness by worksite and unit, and picket shifts. Readiness is the labor team's alone;
 * members read the shifts of their negotiation and sign themselves up on their phone. The management
 * team, administrators and everyone else see none of it.
 */
public interface StrikeReadiness {

    /** The organizer's morning page: counts per worksite and unit, the pledge, the strike vote, events, shifts, notices. */
    Readiness readiness(Viewer viewer, long negotiationId);

    PicketShift addShift(Viewer by, long negotiationId, NewPicketShift shift);

    /** Shifts of a negotiation, soonest first: for the labor team with names, for a member on the roster without. */
    List<PicketShift> shifts(Viewer viewer, long negotiationId);

    /** The signed-in member signs up for a shift; refused when it is full or already over. */
    PicketShift signUp(Viewer by, long shiftId);

    /** The labor team signs a member up by member ID (an organizer on the phone with them). */
    PicketShift signUpMember(Viewer by, long shiftId, String memberId);

    PicketShift cancel(Viewer by, long shiftId);
}
