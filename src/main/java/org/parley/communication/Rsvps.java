package org.parley.communication;

import java.time.Instant;
import java.util.List;

/** RSVPs to an event, for the team. */
public record Rsvps(long going, long notGoing, List<Person> people) {

    public record Person(String name, boolean going, Instant respondedAt) {
    }
}
