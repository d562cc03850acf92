package org.parley.session;

import java.util.List;
import org.parley.account.Viewer;

/**
 * Who signed up to observe a session. The session module only declares it; the module that owns
 * observer sign-ups implements it, so the session page can show who observed without the session
 * module depending on it.
 */
public interface SessionObservers {

    /**
     * What the viewer may know of a session's observers: the union side (labor team, administrators)
     * sees who, seated ones first, and the waitlist; anyone else who sees the session, the employer's
     * team included, only how many seats are taken (a head count for the room), never a name.
     */
    Seating seating(Viewer viewer, long sessionId);

    /** @param status e.g. "Seated", "Waitlisted" */
    record Observer(String name, String status) {
    }

    /** @param observers empty for a viewer who may know only the head count */
    record Seating(int seatsTaken, List<Observer> observers) {
    }
}
