package org.parley.communication.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.communication.Event;
import org.parley.communication.Events;
import org.parley.communication.NewEvent;
import org.parley.communication.Rsvps;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.TypedInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EventService implements Events {

    private final EventRepository repository;
    private final Negotiations negotiations;
    private final AuditTrail audit;
    private final Clock clock;

    EventService(EventRepository repository, Negotiations negotiations, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.negotiations = negotiations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Event create(Viewer by, NewEvent request) {
        TeamRules.requireOrganizer(by);
        Negotiation negotiation = negotiations.get(by, ParleyException.require(request.negotiationId(), "The negotiation (negotiationId)"));
        ZoneId zone = TypedInput.zone(request.timeZone(), negotiation.timeZone());
        Instant starts = ParleyException.require(TypedInput.instant(request.startsAt(), zone, "start"), "The start (startsAt)");
        Instant ends = TypedInput.instant(request.endsAt(), zone, "end");
        if (ends != null && !ends.isAfter(starts)) {
            throw ParleyException.invalid("An event ends after it starts.");
        }
        String title = ParleyException.requireText(request.title(), "A title");
        if (title.length() > 300) {
            throw ParleyException.invalid("A title has at most 300 characters.");
        }
        String link = blankToNull(request.virtualLink());
        if (link != null) {
            try {
                String scheme = URI.create(link).getScheme();
                if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw ParleyException.invalid("The virtual link must be a web address starting with https://.");
            }
        }
        String passcode = blankToNull(request.passcode());
        if (passcode != null && passcode.length() > 100) {
            throw ParleyException.invalid("A passcode has at most 100 characters.");
        }
        Event event = new Event(0, negotiation.id(), ParleyException.require(request.kind(),
                "The kind (TOWN_HALL, INFO_PICKET, RALLY, TABLING or WEAR_RED)"), title, starts, ends, zone,
                blankToNull(request.location()), link, passcode, blankToNull(request.description()),
                TeamRules.checkedAudience(request.audience(), "an event"));
        long id = repository.insert(event, by.displayName(), clock.instant());
        audit.record(new AuditRecord(by, negotiation.id(), null, event.audience(), "event", id,
                "announced " + event.kind().label().toLowerCase(), title + ", " + event.start().toLocalDateTime() + " " + zone.getId()));
        return get(by, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Event get(Viewer viewer, long eventId) {
        return repository.find(eventId).filter(e -> viewer.canSee(e.audience())).map(e -> shownTo(viewer, e))
                .orElseThrow(() -> ParleyException.notFound("There is no event " + eventId + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public Event getPublic(long eventId) {
        return repository.find(eventId).filter(e -> e.audience() == Audience.PUBLIC).map(EventService::withoutPasscode)
                .orElseThrow(() -> ParleyException.notFound("There is no public event " + eventId + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Event> ofNegotiation(Viewer viewer, long negotiationId, boolean upcoming) {
        EnumSet<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (Audience a : List.of(Audience.MEMBERS, Audience.PUBLIC)) {
            if (viewer.canSee(a)) {
                audiences.add(a);
            }
        }
        return repository.ofNegotiation(negotiationId, audiences, upcoming ? clock.instant() : null).stream()
                .map(e -> shownTo(viewer, e)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Event> publicOf(long negotiationId, boolean upcoming) {
        return repository.ofNegotiation(negotiationId, List.of(Audience.PUBLIC), upcoming ? clock.instant() : null).stream()
                .map(EventService::withoutPasscode).toList();
    }

    /** The passcode of a virtual meeting is for members: anyone who may not see MEMBERS records never gets it. */
    private static Event shownTo(Viewer viewer, Event e) {
        return viewer.canSee(Audience.MEMBERS) ? e : withoutPasscode(e);
    }

    static Event withoutPasscode(Event e) {
        return new Event(e.id(), e.negotiationId(), e.kind(), e.title(), e.startsAt(), e.endsAt(), e.timeZone(), e.location(),
                e.virtualLink(), null, e.description(), e.audience());
    }

    @Override
    @Transactional
    public Rsvps.Person rsvp(Viewer by, long eventId, boolean going) {
        Event event = get(by, eventId);
        if (by.role() != Role.MEMBER) {
            throw ParleyException.forbidden("Members RSVP to events; the team sees the RSVPs.");
        }
        if (event.start().toInstant().isBefore(clock.instant().minus(java.time.Duration.ofHours(12)))) {
            throw ParleyException.conflict("This event is over.");
        }
        repository.rsvp(eventId, by.accountId(), by.displayName(), going, clock.instant());
        audit.record(new AuditRecord(by, event.negotiationId(), null, Audience.LABOR, "event", eventId,
                going ? "will attend" : "will not attend", event.title()));
        return repository.rsvpOf(eventId, by.accountId()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Rsvps.Person> myRsvp(Viewer viewer, long eventId) {
        get(viewer, eventId);
        return repository.rsvpOf(eventId, viewer.accountId());
    }

    @Override
    @Transactional(readOnly = true)
    public Rsvps rsvps(Viewer viewer, long eventId) {
        TeamRules.requireOrganizer(viewer);
        get(viewer, eventId);
        List<Rsvps.Person> people = repository.rsvps(eventId);
        long going = people.stream().filter(Rsvps.Person::going).count();
        return new Rsvps(going, people.size() - going, people);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
