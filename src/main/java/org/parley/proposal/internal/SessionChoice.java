package org.parley.proposal.internal;

import java.util.List;
import org.parley.platform.Times;
import org.parley.session.SessionSummary;

/**
 * A session a proposal can be recorded at, as the forms offer it: its day ("Tue 3 March 2026") and its label with
 * the day at the table or the session's status ("Tue 3 March 2026 (day 12)", "… (planned)"). Written once per
 * page, not once per option in the template: a national table offers some 150 sessions in two forms.
 */
record SessionChoice(long id, String day, String label) {

    static List<SessionChoice> of(List<SessionSummary> sessions) {
        return sessions.stream().map(s -> {
            String day = Times.day(s.session().date());
            return new SessionChoice(s.session().id(), day, day + (s.dayNumber() != null ? " (day " + s.dayNumber() + ")"
                    : " (" + s.session().status().label().toLowerCase() + ")"));
        }).toList();
    }
}
