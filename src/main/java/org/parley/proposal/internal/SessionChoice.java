package org.parley.proposal.internal;

import java.util.List;
import org.parley.platform.Choice;
import org.parley.platform.Times;
import org.parley.session.SessionSummary;

/**
 * A session a proposal can be recorded at, as the forms offer it: its day with the day at the table or the
 * session's status ("Tue 3 March 2026 (day 12)", "… (planned)"). Written once per page and placed with
 * {@code parley:options}: a national table offers some 150 sessions in two forms.
 */
record SessionChoice(long id, String label) implements Choice {

    static List<SessionChoice> of(List<SessionSummary> sessions) {
        return sessions.stream().map(s -> {
            String day = Times.day(s.session().date());
            return new SessionChoice(s.session().id(), day + (s.dayNumber() != null ? " (day " + s.dayNumber() + ")"
                    : " (" + s.session().status().label().toLowerCase() + ")"));
        }).toList();
    }

    @Override
    public String value() {
        return Long.toString(id);
    }
}
