package org.parley.member;

import java.util.List;
import org.parley.account.Viewer;

/**
 * Members signing up to observe bargaining sessions. The first sign-ups, as many as the session
 * has seats, are seated; later ones wait, and move up in order when someone cancels.
 */
public interface Observers {

    /**
     * Signs a member up: a member signs themselves up ({@code memberId} may be null); the labor team
     * or an administrator signs up the member with that member ID. Signing up twice changes nothing.
     */
    ObserverSignUp signUp(Viewer by, long sessionId, String memberId);

    ObserverSignUp cancel(Viewer by, long sessionId, String memberId);

    /**
     * Every active sign-up of a session, seated first, for the labor team and administrators: observers
     * are the union's members, so the employer's team never reads who they are (see {@link #seatsTaken}).
     */
    List<ObserverSignUp> ofSession(Viewer viewer, long sessionId);

    /** How many of the session's seats are taken (a head count for the room; waitlisted sign-ups not counted). */
    int seatsTaken(Viewer viewer, long sessionId);

    /** The signed-in member's sign-up for a session, if any. */
    java.util.Optional<ObserverSignUp> mine(Viewer viewer, long sessionId);

    /** Seats not taken yet; 0 when the session is full or offers none. */
    int openSeats(Viewer viewer, long sessionId);
}
