package org.parley.communication.internal;

import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.communication.Event;
import org.parley.communication.EventKind;
import org.parley.communication.Events;
import org.parley.communication.NewEvent;
import org.parley.member.Petitions;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Events for the team and members, and the public page of a campaign. */
@Controller
class EventPages {

    /** The event form as typed. */
    record EventForm(String kind, String title, String startsAt, String endsAt, String timeZone, String location,
                     String virtualLink, String passcode, String description, String audience) {

        static EventForm empty(String zone) {
            return new EventForm(EventKind.TOWN_HALL.name(), "", "", "", zone, "", "", "", "", Audience.MEMBERS.name());
        }
    }

    private final Events events;
    private final UpdateService updates;
    private final Petitions petitions;
    private final Negotiations negotiations;

    EventPages(Events events, UpdateService updates, Petitions petitions, Negotiations negotiations) {
        this.events = events;
        this.updates = updates;
        this.petitions = petitions;
        this.negotiations = negotiations;
    }

    @GetMapping("/negotiations/{id}/events")
    String list(Viewer viewer, @PathVariable long id, Model model) {
        TeamRules.requireOrganizer(viewer);
        Negotiation negotiation = negotiations.get(viewer, id);
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("events", events.ofNegotiation(viewer, id, false));
        model.addAttribute("kinds", EventKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EventForm.empty(negotiation.timeZone().getId()));
        }
        return "communication/events";
    }

    @PostMapping("/negotiations/{id}/events")
    String create(Viewer viewer, @PathVariable long id, EventForm form, Model model) {
        try {
            Event created = events.create(viewer, new NewEvent(id,
                    form.kind() == null || form.kind().isBlank() ? null : EventKind.valueOf(form.kind()), form.title(),
                    form.startsAt(), form.endsAt(), form.timeZone(), form.location(), form.virtualLink(), form.passcode(),
                    form.description(), form.audience() == null || form.audience().isBlank() ? null : Audience.valueOf(form.audience())));
            return "redirect:/events/" + created.id();
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("form", form);
            return list(viewer, id, model);
        }
    }

    @GetMapping("/events/{id}")
    String page(Viewer viewer, @PathVariable long id, Model model) {
        Event event = events.get(viewer, id);
        model.addAttribute("e", event);
        model.addAttribute("when", Feeds.when(event));
        model.addAttribute("isMember", viewer.role() == Role.MEMBER);
        model.addAttribute("mine", viewer.role() == Role.MEMBER ? events.myRsvp(viewer, id).orElse(null) : null);
        model.addAttribute("rsvps", TeamRules.organizer(viewer) ? events.rsvps(viewer, id) : null);
        return "communication/event";
    }

    @PostMapping("/events/{id}/rsvp")
    String rsvp(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "true") boolean going,
            RedirectAttributes redirect) {
        try {
            events.rsvp(viewer, id, going);
            redirect.addFlashAttribute("notice", going ? "See you there: your RSVP is recorded." : "Your answer is recorded.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/events/" + id;
    }

    // --- public ---

    @GetMapping("/public/events/{id}")
    String publicPage(@PathVariable long id, Model model) {
        Event event = events.getPublic(id);
        model.addAttribute("e", event);
        model.addAttribute("when", Feeds.when(event));
        return "communication/public-event";
    }

    @GetMapping("/public/negotiations/{id}")
    String publicNegotiation(@PathVariable long id, Model model) {
        Negotiation negotiation = negotiations.publicView(id);
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("updates", updates.publicUpdates(id, 20));
        model.addAttribute("events", events.publicOf(id, true));
        model.addAttribute("petitions", petitions.publicOf(id));
        return "communication/public-negotiation";
    }
}
