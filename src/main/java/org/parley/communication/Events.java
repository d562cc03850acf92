package org.parley.communication;

import java.util.List;
import java.util.Optional;
import org.parley.account.Viewer;

/** Events of a campaign. The labor team and administrators create them; members RSVP. */
public interface Events {

    Event create(Viewer by, NewEvent event);

    Event get(Viewer viewer, long eventId);

    /** A PUBLIC event for anyone, never with its passcode; "not found" for any other. */
    Event getPublic(long eventId);

    /** Events the viewer may see, soonest first; upcoming only when {@code upcoming}. */
    List<Event> ofNegotiation(Viewer viewer, long negotiationId, boolean upcoming);

    List<Event> publicOf(long negotiationId, boolean upcoming);

    /** A member answers; answering again replaces the answer. */
    Rsvps.Person rsvp(Viewer by, long eventId, boolean going);

    Optional<Rsvps.Person> myRsvp(Viewer viewer, long eventId);

    /** Counts and the list, for the labor team and administrators. */
    Rsvps rsvps(Viewer viewer, long eventId);
}
