package org.parley.communication.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.communication.DeliveryReport;
import org.parley.communication.Event;
import org.parley.communication.Events;
import org.parley.communication.Feedback;
import org.parley.communication.NewEvent;
import org.parley.communication.NewUpdate;
import org.parley.communication.Rsvps;
import org.parley.communication.Update;
import org.parley.communication.Updates;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Bargaining updates and events")
class CommunicationApi {

    record DraftRequest(LocalDate from, LocalDate to) {
    }

    record DraftResponse(String markdown) {
    }

    record FeedbackRequest(Boolean helpful) {
    }

    record RsvpRequest(Boolean going) {
    }

    private final Updates updates;
    private final Events events;

    CommunicationApi(Updates updates, Events events) {
        this.updates = updates;
        this.events = events;
    }

    @PostMapping("/tables/{id}/updates/draft")
    @Operation(summary = "A first draft of an update from the record of a table over {from, to} → {markdown}")
    DraftResponse draft(Viewer viewer, @PathVariable long id, @RequestBody(required = false) DraftRequest request) {
        return new DraftResponse(updates.draft(viewer, id, request == null ? null : request.from(), request == null ? null : request.to()));
    }

    @PostMapping("/updates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a draft update: {negotiationId, title, markdown, audience: MEMBERS | PUBLIC}")
    Update create(Viewer viewer, @RequestBody NewUpdate request) {
        return updates.create(viewer, request);
    }

    @GetMapping("/updates/{id}")
    Update get(Viewer viewer, @PathVariable long id) {
        return updates.get(viewer, id);
    }

    @GetMapping("/negotiations/{id}/updates")
    @Operation(summary = "Updates the viewer may read (drafts for the labor team), newest first")
    List<Update> ofNegotiation(Viewer viewer, @PathVariable long id) {
        return updates.ofNegotiation(viewer, id);
    }

    @PostMapping("/updates/{id}/publish")
    @Operation(summary = "Publish and queue the e-mails; idempotent: a second call sends nothing")
    Update publish(Viewer viewer, @PathVariable long id) {
        return updates.publish(viewer, id);
    }

    @GetMapping("/updates/{id}/delivery")
    @Operation(summary = "The e-mail delivery report: {queued, sent, failed, unsubscribed}")
    DeliveryReport delivery(Viewer viewer, @PathVariable long id) {
        return updates.delivery(viewer, id);
    }

    @PostMapping("/updates/{id}/feedback")
    @Operation(summary = "Was this helpful? {helpful: true | false}, once per account")
    Feedback answer(Viewer viewer, @PathVariable long id, @RequestBody FeedbackRequest request) {
        updates.get(viewer, id);
        return updates.answer(viewer, id, Boolean.TRUE.equals(request.helpful()));
    }

    @GetMapping("/updates/{id}/feedback")
    Feedback feedback(Viewer viewer, @PathVariable long id) {
        return updates.feedback(viewer, id);
    }

    @PostMapping("/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Announce an event: {negotiationId, kind, title, startsAt, timeZone, location?, virtualLink?, passcode?, audience}")
    Event createEvent(Viewer viewer, @RequestBody NewEvent request) {
        return events.create(viewer, request);
    }

    @GetMapping("/events/{id}")
    Event event(Viewer viewer, @PathVariable long id) {
        return events.get(viewer, id);
    }

    @GetMapping("/negotiations/{id}/events")
    List<Event> eventsOf(Viewer viewer, @PathVariable long id) {
        return events.ofNegotiation(viewer, id, false);
    }

    @PostMapping("/events/{id}/rsvp")
    @Operation(summary = "A member RSVPs: {going: true | false} (default true)")
    Rsvps.Person rsvp(Viewer viewer, @PathVariable long id, @RequestBody(required = false) RsvpRequest request) {
        return events.rsvp(viewer, id, request == null || request.going() == null || request.going());
    }

    @GetMapping("/events/{id}/rsvps")
    @Operation(summary = "RSVP counts and the list (labor team and administrators)")
    Rsvps rsvps(Viewer viewer, @PathVariable long id) {
        return events.rsvps(viewer, id);
    }
}
