package org.parley.session.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.audit.AuditTrail;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.platform.TypedInput;
import org.parley.session.Attendee;
import org.parley.session.BargainingSession;
import org.parley.session.IntervalCorrection;
import org.parley.session.IntervalKind;
import org.parley.session.Ledger;
import org.parley.session.LedgerInterval;
import org.parley.session.NewSession;
import org.parley.session.SessionChanges;
import org.parley.session.SessionStatus;
import org.parley.session.Sessions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sessions list and the session page with its console, ledger, notes and attendees. */
@Controller
class SessionPages {

    /** The schedule form as typed. */
    record SessionForm(String date, String endDate, String plannedStart, String plannedEnd, String location,
                       String virtualLink, String status) {

        static SessionForm empty() {
            return new SessionForm("", "", "09:00", "17:00", "", "", SessionStatus.PLANNED.name());
        }
    }

    private final Sessions sessions;
    private final Negotiations negotiations;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<org.parley.session.SessionObservers> observers;

    SessionPages(Sessions sessions, Negotiations negotiations, AuditTrail audit, Clock clock,
            org.springframework.beans.factory.ObjectProvider<org.parley.session.SessionObservers> observers) {
        this.sessions = sessions;
        this.negotiations = negotiations;
        this.audit = audit;
        this.clock = clock;
        this.observers = observers;
    }

    @GetMapping("/tables/{tableId}/sessions")
    String list(Viewer viewer, @PathVariable long tableId, Model model) {
        BargainingTable table = negotiations.table(viewer, tableId);
        model.addAttribute("table", table);
        model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
        model.addAttribute("sessions", sessions.ofTable(viewer, tableId));
        model.addAttribute("statuses", SessionStatus.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(table.timeZone())));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SessionForm.empty());
        }
        return "session/list";
    }

    @PostMapping("/tables/{tableId}/sessions")
    String schedule(Viewer viewer, @PathVariable long tableId, SessionForm form, Model model) {
        try {
            BargainingSession created = sessions.schedule(viewer, tableId, new NewSession(TypedInput.date(form.date(), "date", "date"),
                    TypedInput.date(form.endDate(), "endDate", "last day"), TypedInput.time(form.plannedStart(), "plannedStart", "planned start"),
                    TypedInput.time(form.plannedEnd(), "plannedEnd", "planned end"), form.location(), form.virtualLink(),
                    form.status() == null || form.status().isBlank() ? null : SessionStatus.valueOf(form.status()), 0, List.of()));
            return "redirect:/sessions/" + created.id();
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("form", form);
            return list(viewer, tableId, model);
        }
    }

    @GetMapping("/sessions/{id}")
    String page(Viewer viewer, @PathVariable long id, Model model) {
        fill(viewer, id, model);
        return "session/session";
    }

    /** One button of the console. With htmx only the live part of the page is sent back. */
    @PostMapping("/sessions/{id}/console")
    String console(Viewer viewer, @PathVariable long id, @RequestParam IntervalKind kind,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        try {
            sessions.startInterval(viewer, id, kind, null);
        } catch (ParleyException e) {
            if (htmx != null) {
                model.addAttribute("consoleError", e.getMessage());
            } else {
                redirect.addFlashAttribute("consoleError", e.getMessage());
            }
        }
        if (htmx != null) {
            fill(viewer, id, model);
            return "session/session :: live";
        }
        return "redirect:/sessions/" + id + "#console";
    }

    /** Records the next interval at a typed time: for keeping the ledger from paper notes after the day. */
    @PostMapping("/sessions/{id}/intervals")
    String record(Viewer viewer, @PathVariable long id, @RequestParam IntervalKind kind, @RequestParam String at,
            RedirectAttributes redirect) {
        try {
            ZoneId zone = negotiations.table(viewer, sessions.get(viewer, id).tableId()).timeZone();
            sessions.startInterval(viewer, id, kind, ParleyException.require(TableClock.parse(at, zone, "time"), "The time"));
            redirect.addFlashAttribute("notice", kind == IntervalKind.END ? "The day is ended." : kind.label() + " recorded.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("recordAt", at);
        }
        return "redirect:/sessions/" + id + "#ledger";
    }

    @PostMapping("/sessions/{id}/status")
    String status(Viewer viewer, @PathVariable long id, @RequestParam SessionStatus status, RedirectAttributes redirect) {
        try {
            sessions.update(viewer, id, SessionChanges.status(status));
            redirect.addFlashAttribute("notice", "The session is marked " + status.label().toLowerCase() + ".");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/details")
    String details(Viewer viewer, @PathVariable long id, SessionForm form, @RequestParam(required = false) String observerCount,
            @RequestParam(required = false) String observerSeats, @RequestParam(required = false) String laborAttendees, @RequestParam(required = false) String managementAttendees,
            RedirectAttributes redirect) {
        try {
            List<Attendee> attendees = new ArrayList<>();
            names(laborAttendees).forEach(n -> attendees.add(new Attendee(Side.LABOR, n)));
            names(managementAttendees).forEach(n -> attendees.add(new Attendee(Side.MANAGEMENT, n)));
            sessions.update(viewer, id, new SessionChanges(TypedInput.date(form.date(), "date", "date"), TypedInput.date(form.endDate(), "endDate", "last day"),
                    TypedInput.time(form.plannedStart(), "plannedStart", "planned start"), TypedInput.time(form.plannedEnd(), "plannedEnd", "planned end"),
                    form.location() == null ? null : form.location(), form.virtualLink() == null ? null : form.virtualLink(),
                    null, TypedInput.wholeNumber(observerCount, "observerCount", "number of observers present"), attendees,
                    TypedInput.wholeNumber(observerSeats, "observerSeats", "number of seats for member observers")));
            redirect.addFlashAttribute("notice", "Session details saved.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            // What was typed comes back in the form, beside the message, rather than the stored details
            java.util.Map<String, String> typed = new java.util.HashMap<>();
            typed.put("date", form.date());
            typed.put("endDate", form.endDate());
            typed.put("plannedStart", form.plannedStart());
            typed.put("plannedEnd", form.plannedEnd());
            typed.put("location", form.location());
            typed.put("virtualLink", form.virtualLink());
            typed.put("observerCount", observerCount);
            typed.put("observerSeats", observerSeats);
            typed.put("laborAttendees", laborAttendees);
            typed.put("managementAttendees", managementAttendees);
            redirect.addFlashAttribute("typedDetails", typed);
        }
        return "redirect:/sessions/" + id + "#details";
    }

    @PostMapping("/sessions/{id}/intervals/{intervalId}")
    String correct(Viewer viewer, @PathVariable long id, @PathVariable long intervalId, @RequestParam IntervalKind kind,
            @RequestParam String start, @RequestParam(required = false) String end,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            ZoneId zone = negotiations.table(viewer, sessions.get(viewer, id).tableId()).timeZone();
            sessions.correctInterval(viewer, id, intervalId, kind, TableClock.parse(start, zone, "start"),
                    TableClock.parse(end, zone, "end"), reason);
            redirect.addFlashAttribute("notice", "The interval is corrected; the previous times are kept below.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/sessions/" + id + "#ledger";
    }

    @PostMapping("/sessions/{id}/notes")
    String note(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Audience audience,
            @RequestParam String text, RedirectAttributes redirect) {
        try {
            sessions.addNote(viewer, id, audience, text);
            redirect.addFlashAttribute("notice", "Note saved.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("noteText", text);
            redirect.addFlashAttribute("noteAudience", audience);
        }
        return "redirect:/sessions/" + id + "#notes";
    }

    private void fill(Viewer viewer, long id, Model model) {
        var summary = sessions.summary(viewer, id);
        BargainingTable table = negotiations.table(viewer, summary.session().tableId());
        Ledger ledger = sessions.ledger(viewer, id);
        model.addAttribute("summary", summary);
        model.addAttribute("s", summary.session());
        model.addAttribute("table", table);
        model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
        model.addAttribute("ledger", ledger);
        model.addAttribute("intervals", ledger.intervals().stream().map(i -> IntervalRow.of(i, table.timeZone(), ledger.now())).toList());
        model.addAttribute("corrections", ledger.corrections().stream().map(c -> CorrectionRow.of(c, table.timeZone())).toList());
        model.addAttribute("zone", table.timeZone());
        model.addAttribute("buttons", Arrays.stream(IntervalKind.values()).toList());
        model.addAttribute("notes", sessions.notes(viewer, id));
        model.addAttribute("noteAudiences", viewer.onTeam() ? List.of(Audience.of(viewer.side()), Audience.TABLE) : List.of());
        model.addAttribute("kinds", Arrays.stream(IntervalKind.values()).filter(k -> k != IntervalKind.END).toList());
        model.addAttribute("history", audit.ofSubject(viewer, "session", id));
        model.addAttribute("laborAttendees", attendees(summary.session(), Side.LABOR));
        model.addAttribute("managementAttendees", attendees(summary.session(), Side.MANAGEMENT));
        model.addAttribute("canRecord", viewer.onTeam());
        var seating = observers.stream().map(o -> o.seating(viewer, id)).toList();
        model.addAttribute("observers", seating.stream().flatMap(o -> o.observers().stream()).toList());
        model.addAttribute("seatsTaken", seating.stream().mapToInt(org.parley.session.SessionObservers.Seating::seatsTaken).sum());
        LocalDate today = LocalDate.now(clock.withZone(table.timeZone()));
        // The console records "now": it is offered on the session's days and the night after.
        model.addAttribute("consoleLive", summary.session().covers(today) || summary.session().lastDate().plusDays(1).equals(today));
        model.addAttribute("allKinds", Arrays.stream(IntervalKind.values()).toList());
    }

    private static String attendees(BargainingSession session, Side side) {
        return String.join("\n", session.attendees().stream().filter(a -> a.side() == side).map(Attendee::name).toList());
    }

    private static List<String> names(String lines) {
        return lines == null ? List.of() : lines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** An interval as the ledger table shows it, in the table's wall-clock time. */
    record IntervalRow(LedgerInterval interval, String start, String end, String startInput, String endInput, long minutes) {

        private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

        static IntervalRow of(LedgerInterval interval, ZoneId zone, Instant now) {
            return new IntervalRow(interval, org.parley.platform.Times.time(interval.start().atZone(zone)),
                    interval.end() == null ? "running" : org.parley.platform.Times.time(interval.end().atZone(zone)),
                    INPUT.format(interval.start().atZone(zone)),
                    interval.end() == null ? "" : INPUT.format(interval.end().atZone(zone)),
                    (interval.length(now).toSeconds() + 30) / 60);
        }
    }

    /** A correction in the table's wall-clock time. */
    record CorrectionRow(IntervalCorrection correction, String before, String after) {

        static CorrectionRow of(IntervalCorrection c, ZoneId zone) {
            return new CorrectionRow(c,
                    c.previousKind().label() + " " + time(c.previousStart(), zone) + "–" + time(c.previousEnd(), zone),
                    c.kind().label() + " " + time(c.start(), zone) + "–" + time(c.end(), zone));
        }

        private static String time(Instant instant, ZoneId zone) {
            return instant == null ? "running" : org.parley.platform.Times.dayAndTime(instant.atZone(zone));
        }
    }
}
