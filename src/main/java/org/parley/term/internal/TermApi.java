package org.parley.term.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.contract.ContractDocuments;
import org.parley.negotiation.ContractStatus;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Side;
import org.parley.term.CustomDeadline;
import org.parley.term.Deadline;
import org.parley.term.DeadlineStatus;
import org.parley.term.Deadlines;
import org.parley.term.Extension;
import org.parley.term.ExtensionResponse;
import org.parley.term.NewCustomDeadline;
import org.parley.term.NewExtension;
import org.parley.term.NewNotice;
import org.parley.term.Notice;
import org.parley.term.RenewalClause;
import org.parley.term.StrikePlan;
import org.parley.term.Terms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The legal clock's JSON API. Moments are ISO date-times with their offset and zone, e.g. 2026-10-01T00:00-07:00[America/Los_Angeles]. */
@RestController
@RequestMapping("/api")
@Tag(name = "Legal clock: term, notices, extensions, deadlines")
class TermApi {

    static String iso(ZonedDateTime moment) {
        return moment == null ? null : moment.format(DateTimeFormatter.ISO_ZONED_DATE_TIME);
    }

    record DeadlineResponse(String kind, String label, LocalDate dueBy, String basis, String explanation, DeadlineStatus status,
                            String location, Long customId) {
        static DeadlineResponse of(Deadline d) {
            return new DeadlineResponse(d.kind(), d.label(), d.dueBy(), d.basis(), d.explanation(), d.status(), d.location(), d.customId());
        }
    }

    record ConstraintResponse(String reason, String notBefore, String basis, boolean assumed, String location) {
    }

    record DeadlinesResponse(long negotiationId, LocalDate asOf, String jurisdiction, ContractStatus status, Long daysWithoutContract,
                             String expiresAt, String expiration, List<DeadlineResponse> deadlines, String action,
                             String earliestLawfulStrikeStart, List<ConstraintResponse> constraints, String counting,
                             List<String> sources, String disclaimer) {
        static DeadlinesResponse of(Deadlines d) {
            return new DeadlinesResponse(d.negotiationId(), d.asOf(), d.jurisdiction(), d.status(), d.daysWithoutContract(), iso(d.expiresAt()),
                    d.expiration(), d.deadlines().stream().map(DeadlineResponse::of).toList(), d.action(), iso(d.earliestLawfulStrikeStart()),
                    d.constraints().stream().map(c -> new ConstraintResponse(c.reason(), iso(c.notBefore()), c.basis(), c.assumed(), c.location())).toList(),
                    d.counting(), d.sources(), d.disclaimer());
        }
    }

    record NoticeResponse(long id, long negotiationId, String kind, String title, Side servedBy, String recipients, Instant servedAt,
                          String method, String location, String actionStartsAt, boolean planned, String audience, String recordedBy) {
        static NoticeResponse of(Notice n) {
            return new NoticeResponse(n.id(), n.negotiationId(), n.kind(), n.title(), n.servedBy(), n.recipients(), n.servedAt(), n.method(),
                    n.location(), iso(n.actionStartsAt()), n.planned(), n.audience().name(), n.recordedBy());
        }
    }

    record ServedRequest(String servedAt) {
    }

    record DoneRequest(String on) {
    }

    record RecipientRequest(String email) {
    }

    record PlanResponse(String target, List<String> locations, String action, boolean lawful, List<StrikePlan.Step> steps,
                        List<String> blockers, String disclaimer) {
    }

    private final Terms terms;
    private final Negotiations negotiations;

    TermApi(Terms terms, Negotiations negotiations) {
        this.terms = terms;
        this.negotiations = negotiations;
    }

    @GetMapping("/negotiations/{id}/deadlines")
    @Operation(summary = "The legal clock: status, every deadline with its basis and explanation, the earliest lawful strike "
            + "(or, for management, lockout) start and its constraints. asOf: a date (its start) or a date-time; default now. "
            + "A calculation to confirm with counsel.")
    DeadlinesResponse deadlines(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String asOf,
            @RequestParam(name = "for", required = false) String forSide) {
        Instant at = Moments.instant(asOf, negotiations.term(id).zone(), "asOf", "asOf");
        return DeadlinesResponse.of(terms.deadlines(viewer, id, at, forSide == null || forSide.isBlank() ? null : TermService.side(forSide, "for", "The side (for)")));
    }

    @GetMapping("/negotiations/{id}/strike-plan")
    @Operation(summary = "What must still be done for a strike (lockout) starting at target, at these locations (repeat locations=)")
    PlanResponse plan(Viewer viewer, @PathVariable long id, @RequestParam String target,
            @RequestParam(required = false) List<String> locations) {
        StrikePlan plan = terms.plan(viewer, id, target, locations);
        return new PlanResponse(iso(plan.target()), plan.locations(), plan.action(), plan.lawful(), plan.steps(), plan.blockers(), plan.disclaimer());
    }

    @PostMapping("/negotiations/{id}/notices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a notice served, or plan one (planned: true; that side's alone until served)")
    NoticeResponse recordNotice(Viewer viewer, @PathVariable long id, @RequestBody NewNotice notice) {
        return NoticeResponse.of(terms.recordNotice(viewer, id, notice));
    }

    @GetMapping("/negotiations/{id}/notices")
    List<NoticeResponse> notices(Viewer viewer, @PathVariable long id) {
        return terms.notices(viewer, id).stream().map(NoticeResponse::of).toList();
    }

    @GetMapping("/notices/{id}")
    NoticeResponse notice(Viewer viewer, @PathVariable long id) {
        return NoticeResponse.of(terms.notice(viewer, id));
    }

    @PostMapping("/notices/{id}/served")
    @Operation(summary = "A planned notice is served (servedAt: default now); it becomes the table's record")
    NoticeResponse served(Viewer viewer, @PathVariable long id, @RequestBody(required = false) ServedRequest request) {
        return NoticeResponse.of(terms.markServed(viewer, id, request == null ? null : request.servedAt()));
    }

    @DeleteMapping("/notices/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Drop a planned notice; a served one stays on the record")
    void drop(Viewer viewer, @PathVariable long id) {
        terms.dropPlanned(viewer, id);
    }

    @GetMapping({"/notices/{id}/letter.pdf", "/notices/{id}/letter.docx"})
    @Operation(summary = "The notice as a letter (PDF or DOCX), its dates filled in from the record")
    ResponseEntity<byte[]> letter(Viewer viewer, @PathVariable long id, jakarta.servlet.http.HttpServletRequest request) {
        return letterFile(terms, viewer, id, request.getRequestURI().endsWith(".docx"));
    }

    static ResponseEntity<byte[]> letterFile(Terms terms, Viewer viewer, long id, boolean docx) {
        var document = terms.letter(viewer, id);
        byte[] content = docx ? ContractDocuments.docx(document) : ContractDocuments.pdf(document);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(docx ? ContractDocuments.DOCX : MediaType.APPLICATION_PDF_VALUE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("notice-" + id + (docx ? ".docx" : ".pdf")).build().toString())
                .body(content);
    }

    @PostMapping("/negotiations/{id}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an offer to extend the agreement: offeredBy, days or until, conditions")
    Extension offer(Viewer viewer, @PathVariable long id, @RequestBody NewExtension offer) {
        return terms.offerExtension(viewer, id, offer);
    }

    @GetMapping("/negotiations/{id}/extensions")
    @Operation(summary = "Every offer of extension, with its answer")
    List<Extension> extensions(Viewer viewer, @PathVariable long id) {
        return terms.extensions(viewer, id);
    }

    @PostMapping("/extensions/{id}/response")
    @Operation(summary = "Answer an offer: ACCEPTED, REFUSED, COUNTERED (with days or until) or WITHDRAWN, at (default now)")
    Extension respond(Viewer viewer, @PathVariable long id, @RequestBody ExtensionResponse response) {
        return terms.respond(viewer, id, response);
    }

    @PutMapping("/negotiations/{id}/renewal")
    @Operation(summary = "Set the automatic renewal clause: months, noticeDays, clause")
    RenewalClause setRenewal(Viewer viewer, @PathVariable long id, @RequestBody RenewalClause clause) {
        terms.setRenewal(viewer, id, clause);
        return clause;
    }

    @DeleteMapping("/negotiations/{id}/renewal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeRenewal(Viewer viewer, @PathVariable long id) {
        terms.setRenewal(viewer, id, null);
    }

    @PostMapping("/negotiations/{id}/custom-deadlines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a team deadline (CUSTOM or REOPENER): a date, or days before expiration; audience TABLE or the team's side")
    CustomDeadline addDeadline(Viewer viewer, @PathVariable long id, @RequestBody NewCustomDeadline deadline) {
        return terms.addDeadline(viewer, id, deadline);
    }

    @PostMapping("/custom-deadlines/{id}/done")
    CustomDeadline done(Viewer viewer, @PathVariable long id, @RequestBody(required = false) DoneRequest request) {
        return terms.markDone(viewer, id, request == null ? null : request.on());
    }

    @DeleteMapping("/custom-deadlines/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeDeadline(Viewer viewer, @PathVariable long id) {
        terms.removeDeadline(viewer, id);
    }

    @GetMapping("/negotiations/{id}/reminder-recipients")
    @Operation(summary = "Who the team's e-mail reminders before each deadline go to (the viewer's side)")
    List<String> recipients(Viewer viewer, @PathVariable long id) {
        return terms.reminderRecipients(viewer, id);
    }

    @PostMapping("/negotiations/{id}/reminder-recipients")
    @ResponseStatus(HttpStatus.CREATED)
    List<String> addRecipient(Viewer viewer, @PathVariable long id, @RequestBody RecipientRequest request) {
        terms.addReminderRecipient(viewer, id, request.email());
        return terms.reminderRecipients(viewer, id);
    }
}
