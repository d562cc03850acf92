package org.parley.term.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.negotiation.ContractTerm;
import org.parley.negotiation.NegotiationChanges;
import org.parley.negotiation.Negotiations;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.platform.TypedInput;
import org.parley.term.ExtensionResponse;
import org.parley.term.NewCustomDeadline;
import org.parley.term.NewExtension;
import org.parley.term.NewNotice;
import org.parley.term.RenewalClause;
import org.parley.term.Terms;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The legal clock page of a negotiation: status and countdown, the term's facts, deadlines with
 * their basis, the earliest lawful strike or lockout, a planner for a target date, notices served
 * and planned with their letters, extensions and their answers, team deadlines, reminders and the
 * private calendar. A refused form comes back with what the person typed and the reason.
 */
@Controller
class TermPages {

    /** What was typed, kept as text. */
    record TermForm(String expiresDate, String expiresTime, String zone, String jurisdiction, Boolean healthCareInstitution, Boolean firstContract) {
        static TermForm of(ContractTerm term) {
            return new TermForm(term.expirationDate().toString(), term.expirationTime() == null ? "" : term.expirationTime().toString(),
                    term.zone().getId(), term.jurisdiction(), term.healthCareInstitution(), term.firstContract());
        }

        String expiresAt() {
            LocalDate date = ParleyException.require(TypedInput.date(expiresDate, "expiresDate", "last day in force"), "expiresDate",
                    "The last day in force");
            var time = TypedInput.time(expiresTime, "expiresTime", "time it ends");
            ZoneId zone = TypedInput.zone(this.zone, null, "zone");
            LocalDateTime end = time == null ? date.plusDays(1).atStartOfDay() : date.atTime(time);
            return zone == null ? end.toString() : end.atZone(zone).format(DateTimeFormatter.ISO_ZONED_DATE_TIME);
        }
    }

    record NoticeForm(String kind, String servedBy, String recipients, String servedAt, String method, String location,
                      String actionStartsAt, Boolean planned, String title) {
        static NoticeForm empty(Side side) {
            return new NoticeForm("", side == null ? "LABOR" : side.name(), "", "", "", "", "", false, "");
        }
    }

    record ExtensionForm(String offeredBy, String days, String until, String conditions, String offeredAt) {
        static ExtensionForm empty(Side side) {
            return new ExtensionForm(side == null ? "LABOR" : side.name(), "", "", "", "");
        }
    }

    /** An answer to one offer of extension as typed; the page has one such form per open offer. */
    record AnswerForm(long extensionId, String response, String days, String until) {
    }

    record DeadlineForm(String kind, String label, String date, String daysBeforeExpiration, String basis, String audience) {
        static DeadlineForm empty() {
            return new DeadlineForm("CUSTOM", "", "", "", "", "TABLE");
        }
    }

    record RenewalForm(String months, String noticeDays, String clause) {
    }

    /** Which form on the page was refused (its form attribute's name). */
    private static final String REFUSED_FORM = "refusedForm";

    private final Terms terms;
    private final Negotiations negotiations;
    private final DeadlineCalendar calendar;
    private final Clock clock;

    TermPages(Terms terms, Negotiations negotiations, DeadlineCalendar calendar, Clock clock) {
        this.terms = terms;
        this.negotiations = negotiations;
        this.calendar = calendar;
        this.clock = clock;
    }

    private static String page(long id) {
        return "redirect:/negotiations/" + id + "/legal-clock";
    }

    @GetMapping("/negotiations/{id}/legal-clock")
    String clock(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String target,
            @RequestParam(required = false) String locations, Model model) {
        TermPermissions.requireRead(viewer);
        var negotiation = negotiations.get(viewer, id);
        ContractTerm term = negotiations.term(id);
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("term", term);
        model.addAttribute("countdown", negotiations.countdown(id, clock.instant()));
        model.addAttribute("legal", terms.deadlines(viewer, id, clock.instant(), null));
        model.addAttribute("notices", terms.notices(viewer, id));
        model.addAttribute("extensions", terms.extensions(viewer, id));
        model.addAttribute("kinds", terms.noticeKinds(id));
        model.addAttribute("canRecord", viewer.onTeam());
        model.addAttribute("canSetUp", viewer.onTeam() || viewer.isAdmin());
        model.addAttribute("mySide", viewer.side());
        model.addAttribute("recipients", viewer.onTeam() ? terms.reminderRecipients(viewer, id) : List.of());
        model.addAttribute("hasCalendar", viewer.onTeam() && calendar.has(viewer));
        model.addAttribute("target", target == null ? "" : target);
        model.addAttribute("locations", locations == null ? "" : locations);
        if (target != null && !target.isBlank() && !model.containsAttribute("error")) {
            try {
                model.addAttribute("plan", terms.plan(viewer, id, target, locations == null ? List.of()
                        : Arrays.stream(locations.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
            } catch (ParleyException e) {
                model.addAttribute("planError", e.getMessage());
            }
        }
        if (!model.containsAttribute("termForm")) {
            model.addAttribute("termForm", TermForm.of(term));
        }
        if (!model.containsAttribute("noticeForm")) {
            model.addAttribute("noticeForm", NoticeForm.empty(viewer.side()));
        }
        if (!model.containsAttribute("extensionForm")) {
            model.addAttribute("extensionForm", ExtensionForm.empty(viewer.side()));
        }
        if (!model.containsAttribute("deadlineForm")) {
            model.addAttribute("deadlineForm", DeadlineForm.empty());
        }
        if (!model.containsAttribute("renewalForm")) {
            model.addAttribute("renewalForm", new RenewalForm("12", "60", ""));
        }
        return "term/legal-clock";
    }

    /** Runs a change; on refusal shows the page again with the message and what was typed. */
    private String attempt(Viewer viewer, long id, Model model, String formName, Object form, Runnable change, RedirectAttributes redirect, String done) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", done);
            return page(id);
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            if (formName != null) {
                model.addAttribute(formName, form);
                // the notice and deadline forms share the field name "kind": the page marks it only in the refused form
                model.addAttribute(REFUSED_FORM, formName);
            }
            return clock(viewer, id, null, null, model);
        }
    }

    @PostMapping("/negotiations/{id}/legal-clock/term")
    String term(Viewer viewer, @PathVariable long id, TermForm form, Model model, RedirectAttributes redirect) {
        return attempt(viewer, id, model, "termForm", form, () -> negotiations.update(viewer, id, NegotiationChanges.term(form.expiresAt(),
                form.jurisdiction(), Boolean.TRUE.equals(form.healthCareInstitution()), Boolean.TRUE.equals(form.firstContract()))), redirect, "The term is saved.");
    }

    @PostMapping("/negotiations/{id}/legal-clock/renewal")
    String renewal(Viewer viewer, @PathVariable long id, RenewalForm form, @RequestParam(required = false) String remove, Model model,
            RedirectAttributes redirect) {
        return attempt(viewer, id, model, "renewalForm", form, () -> terms.setRenewal(viewer, id, remove != null ? null
                : new RenewalClause(ParleyException.require(TypedInput.wholeNumber(form.months(), "months", "number of months"), "months",
                                "How many months each renewal lasts"),
                        ParleyException.require(TypedInput.wholeNumber(form.noticeDays(), "noticeDays", "number of days"), "noticeDays",
                                "How many days before expiration notice is due"),
                        form.clause())), redirect, remove != null ? "The renewal clause is removed." : "The renewal clause is saved.");
    }

    @PostMapping("/negotiations/{id}/legal-clock/notices")
    String notice(Viewer viewer, @PathVariable long id, NoticeForm form, Model model, RedirectAttributes redirect) {
        return attempt(viewer, id, model, "noticeForm", form, () -> terms.recordNotice(viewer, id, new NewNotice(form.kind(), form.servedAt(),
                form.servedBy(), form.recipients(), form.method(), form.location(), form.actionStartsAt(), form.planned(), form.title())),
                redirect, Boolean.TRUE.equals(form.planned()) ? "The planned notice is recorded (your side's alone until served)." : "The notice is recorded.");
    }

    @PostMapping("/notices/{noticeId}/served")
    String served(Viewer viewer, @PathVariable long noticeId, @RequestParam(required = false) String servedAt, Model model, RedirectAttributes redirect) {
        long id = terms.notice(viewer, noticeId).negotiationId();
        return attempt(viewer, id, model, null, null, () -> terms.markServed(viewer, noticeId, servedAt), redirect, "The notice is marked served.");
    }

    @PostMapping("/notices/{noticeId}/drop")
    String drop(Viewer viewer, @PathVariable long noticeId, Model model, RedirectAttributes redirect) {
        long id = terms.notice(viewer, noticeId).negotiationId();
        return attempt(viewer, id, model, null, null, () -> terms.dropPlanned(viewer, noticeId), redirect, "The planned notice is dropped.");
    }

    @GetMapping({"/notices/{noticeId}/letter.pdf", "/notices/{noticeId}/letter.docx"})
    ResponseEntity<byte[]> letter(Viewer viewer, @PathVariable long noticeId, jakarta.servlet.http.HttpServletRequest request) {
        return TermApi.letterFile(terms, viewer, noticeId, request.getRequestURI().endsWith(".docx"));
    }

    @PostMapping("/negotiations/{id}/legal-clock/extensions")
    String offer(Viewer viewer, @PathVariable long id, ExtensionForm form, Model model, RedirectAttributes redirect) {
        return attempt(viewer, id, model, "extensionForm", form, () -> terms.offerExtension(viewer, id, new NewExtension(form.offeredBy(),
                TypedInput.wholeNumber(form.days(), "days", "number of days"), form.until(), form.conditions(), form.offeredAt())),
                redirect, "The offer of extension is recorded.");
    }

    @PostMapping("/extensions/{extensionId}/response")
    String respond(Viewer viewer, @PathVariable long extensionId, @RequestParam long negotiationId, @RequestParam(required = false) String response,
            @RequestParam(required = false) String at, @RequestParam(required = false) String days, @RequestParam(required = false) String until,
            Model model, RedirectAttributes redirect) {
        return attempt(viewer, negotiationId, model, "answerForm", new AnswerForm(extensionId, response, days, until), () -> terms.respond(viewer,
                extensionId, new ExtensionResponse(response, at, TypedInput.wholeNumber(days, "days", "number of days"), until, null)), redirect,
                "The answer is recorded.");
    }

    @PostMapping("/negotiations/{id}/legal-clock/deadlines")
    String addDeadline(Viewer viewer, @PathVariable long id, DeadlineForm form, Model model, RedirectAttributes redirect) {
        return attempt(viewer, id, model, "deadlineForm", form, () -> terms.addDeadline(viewer, id, new NewCustomDeadline(form.kind(), form.label(),
                form.date(), TypedInput.wholeNumber(form.daysBeforeExpiration(), "daysBeforeExpiration", "number of days"), form.basis(), form.audience())),
                redirect, "The deadline is added.");
    }

    @PostMapping("/custom-deadlines/{deadlineId}/done")
    String done(Viewer viewer, @PathVariable long deadlineId, @RequestParam long negotiationId, Model model, RedirectAttributes redirect) {
        return attempt(viewer, negotiationId, model, null, null, () -> terms.markDone(viewer, deadlineId, null), redirect, "Marked done.");
    }

    @PostMapping("/custom-deadlines/{deadlineId}/remove")
    String remove(Viewer viewer, @PathVariable long deadlineId, @RequestParam long negotiationId, Model model, RedirectAttributes redirect) {
        return attempt(viewer, negotiationId, model, null, null, () -> terms.removeDeadline(viewer, deadlineId), redirect, "The deadline is removed.");
    }

    @PostMapping("/negotiations/{id}/legal-clock/reminders")
    String addRecipient(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String email, Model model, RedirectAttributes redirect) {
        return attempt(viewer, id, model, "reminderEmail", email, () -> terms.addReminderRecipient(viewer, id, email), redirect,
                "Reminders before each deadline will go to " + (email == null ? "" : email.strip()) + ".");
    }

    @PostMapping("/negotiations/{id}/legal-clock/reminders/remove")
    String removeRecipient(Viewer viewer, @PathVariable long id, @RequestParam String email, RedirectAttributes redirect) {
        terms.removeReminderRecipient(viewer, id, email);
        redirect.addFlashAttribute("notice", "No more reminders to " + email + ".");
        return page(id);
    }

    @PostMapping("/negotiations/{id}/legal-clock/calendar")
    String renewCalendar(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("calendarUrl", calendar.renew(viewer, id));
        return page(id) + "#calendar";
    }

    @PostMapping("/negotiations/{id}/legal-clock/calendar/revoke")
    String revokeCalendar(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        TermPermissions.requireTeam(viewer);
        calendar.revoke(viewer);
        redirect.addFlashAttribute("notice", "Your private calendar address no longer works.");
        return page(id) + "#calendar";
    }

    @GetMapping("/legal-clock/{id}.ics")
    ResponseEntity<String> ics(@PathVariable long id, @RequestParam(required = false) String token) {
        Viewer holder = calendar.viewerOf(token);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"legal-deadlines-" + id + ".ics\"")
                .body(calendar.calendar(holder, id));
    }
}
