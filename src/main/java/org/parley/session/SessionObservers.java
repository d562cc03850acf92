package org.parley.session;

import java.util.List;
import org.parley.account.Viewer;

/**
 * Who signed up to observe a session. The session module only declares it; the module that owns
 * observer sign-ups implements it, so the session page can show who observed without the session
 * module depending on it.
 */
public interface SessionObservers {

    /** Observers of a session as the team's page lists them, seated ones first. */
    List<Observer> observers(Viewer viewer, long sessionId);

    /** @param status e.g. "Seated", "Waitlisted" */
    record Observer(String name, String status) {
    }
}
