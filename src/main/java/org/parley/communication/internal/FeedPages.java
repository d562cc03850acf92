package org.parley.communication.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.account.Viewer;
import org.parley.communication.Event;
import org.parley.communication.Events;
import org.parley.communication.Update;
import org.parley.member.Roster;
import org.parley.member.RosterMember;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.Links;
import org.parley.platform.ParleyException;
import org.parley.session.ObserverSession;
import org.parley.session.Sessions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Atom feed, calendar feeds and .ics downloads, the member's private feed addresses, and
 * unsubscribing. Without a valid token a feed carries PUBLIC records only.
 */
@Controller
class FeedPages {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final UpdateService updates;
    private final Events events;
    private final Sessions sessions;
    private final Negotiations negotiations;
    private final Roster roster;
    private final FeedTokens tokens;
    private final Feeds feeds;
    private final UnsubscribeLinks unsubscribe;
    private final DeliveryRepository deliveries;
    private final MemberViewers members;
    private final Links links;
    private final java.time.Clock clock;

    FeedPages(UpdateService updates, Events events, Sessions sessions, Negotiations negotiations, Roster roster,
            FeedTokens tokens, Feeds feeds, UnsubscribeLinks unsubscribe, DeliveryRepository deliveries,
            MemberViewers members, Links links, java.time.Clock clock) {
        this.updates = updates;
        this.events = events;
        this.sessions = sessions;
        this.negotiations = negotiations;
        this.roster = roster;
        this.tokens = tokens;
        this.feeds = feeds;
        this.unsubscribe = unsubscribe;
        this.deliveries = deliveries;
        this.members = members;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/feeds/updates.atom")
    ResponseEntity<String> atom(@RequestParam(required = false) String token,
            @RequestParam(required = false) Long negotiation) {
        Optional<Viewer> member = members.byFeedToken(token);
        List<Update> list;
        String title;
        if (member.isPresent()) {
            List<Long> mine = roster.selves(member.get()).stream().map(RosterMember::negotiationId).toList();
            list = updates.memberUpdates(mine, 50);
            title = "Bargaining updates for members";
        } else if (token != null && !token.isBlank()) {
            throw ParleyException.notFound("This feed address is no longer valid; get a new one on your members' page.");
        } else {
            list = updates.publicUpdates(negotiation, 50);
            title = "Bargaining updates";
        }
        String body = feeds.atom(title, "/feeds/updates.atom", list, u -> updates.html(u.markdown()),
                u -> u.audience() == Audience.PUBLIC ? "/public/updates/" + u.id() : "/updates/" + u.id());
        return ResponseEntity.ok().contentType(ATOM).body(body);
    }

    @GetMapping("/calendar/{negotiationId}.ics")
    ResponseEntity<String> calendar(@PathVariable long negotiationId, @RequestParam(required = false) String token) {
        var negotiation = negotiations.publicView(negotiationId);
        Optional<Viewer> member = members.byFeedToken(token);
        if (token != null && !token.isBlank() && member.isEmpty()) {
            throw ParleyException.notFound("This calendar address is no longer valid; get a new one on your members' page.");
        }
        List<Event> list;
        List<ObserverSession> open = List.of();
        if (member.isPresent() && roster.self(member.get(), negotiationId).isPresent()) {
            list = events.ofNegotiation(member.get(), negotiationId, false);
            open = sessions.openToObservers(member.get(), negotiationId, java.time.LocalDate.now(clock.withZone(negotiation.timeZone())).minusDays(30));
        } else {
            list = events.publicOf(negotiationId, false);
        }
        String body = feeds.calendar(negotiation.name(), list,
                e -> e.audience() == Audience.PUBLIC ? "/public/events/" + e.id() : "/events/" + e.id(), open,
                "Bargaining session (observer seats)");
        return ics(body, "parley-" + negotiationId + ".ics");
    }

    @GetMapping("/events/{id}.ics")
    ResponseEntity<String> eventIcs(Viewer viewer, @PathVariable long id) {
        Event event = events.get(viewer, id);
        return ics(feeds.calendar(event.title(), List.of(EventService.withoutPasscode(event)), e -> "/events/" + e.id(), List.of(), ""),
                "event-" + id + ".ics");
    }

    @GetMapping("/public/events/{id}.ics")
    ResponseEntity<String> publicEventIcs(@PathVariable long id) {
        Event event = events.getPublic(id);
        return ics(feeds.calendar(event.title(), List.of(event), e -> "/public/events/" + e.id(), List.of(), ""),
                "event-" + id + ".ics");
    }

    @GetMapping("/sessions/{id}.ics")
    ResponseEntity<String> sessionIcs(Viewer viewer, @PathVariable long id) {
        ObserverSession session = sessions.forObservers(viewer, id);
        return ics(feeds.calendar("Bargaining session", List.of(), e -> "", List.of(session), "Bargaining session"),
                "session-" + id + ".ics");
    }

    private static ResponseEntity<String> ics(String body, String filename) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"").body(body);
    }

    // --- the member's private addresses ---

    @GetMapping("/member/feeds")
    String feedsPage(Viewer viewer, Model model) {
        viewer.requireSee(Audience.MEMBERS);
        model.addAttribute("hasToken", tokens.has(viewer));
        model.addAttribute("publicFeed", links.absolute("/feeds/updates.atom"));
        return "communication/feeds";
    }

    @PostMapping("/member/feeds")
    String renewFeeds(Viewer viewer, Model model) {
        String token = tokens.renew(viewer);
        List<String[]> calendars = new ArrayList<>();
        for (RosterMember m : roster.selves(viewer)) {
            calendars.add(new String[] {negotiations.get(viewer, m.negotiationId()).name(),
                    links.absolute("/calendar/" + m.negotiationId() + ".ics?token=" + token)});
        }
        model.addAttribute("feed", links.absolute("/feeds/updates.atom?token=" + token));
        model.addAttribute("calendars", calendars);
        return feedsPage(viewer, model);
    }

    @PostMapping("/member/feeds/revoke")
    String revokeFeeds(Viewer viewer, Model model) {
        tokens.revoke(viewer);
        model.addAttribute("notice", "Your private addresses no longer work.");
        return feedsPage(viewer, model);
    }

    // --- unsubscribe, without signing in ---

    @GetMapping("/unsubscribe/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        unsubscribe.read(token).orElseThrow(() -> ParleyException.notFound("This unsubscribe link is not valid."));
        model.addAttribute("token", token);
        return "communication/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        var subscriber = unsubscribe.read(token).orElseThrow(() -> ParleyException.notFound("This unsubscribe link is not valid."));
        deliveries.unsubscribe(subscriber.negotiationId(), subscriber.rosterId(), clock.instant());
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "communication/unsubscribe";
    }
}
