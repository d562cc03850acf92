package org.parley.proposal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.audit.AuditTrail;
import org.parley.contract.Contracts;
import org.parley.contract.SectionChange;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.platform.TypedInput;
import org.parley.proposal.Draft;
import org.parley.proposal.NewDraft;
import org.parley.proposal.NewPackage;
import org.parley.proposal.NewTentativeAgreement;
import org.parley.proposal.ProposalPackage;
import org.parley.proposal.NewThread;
import org.parley.proposal.NewVersion;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.Proposals;
import org.parley.proposal.StatusSheet;
import org.parley.proposal.StatusSheetFilter;
import org.parley.proposal.StatusSheetPage;
import org.parley.proposal.StatusSheets;
import org.parley.proposal.TableExchanges;
import org.parley.proposal.TentativeContract;
import org.parley.proposal.ThreadDetail;
import org.parley.proposal.ThreadStatus;
import org.parley.proposal.VersionRedline;
import org.parley.session.SessionStatus;
import org.parley.session.SessionSummary;
import org.parley.session.Sessions;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The status sheet and the thread page. */
@Controller
class ProposalPages {

    /** A proposal form as typed: a new thread's opening proposal, or a counter, with its section changes. */
    record ProposalForm(String title, String article, Boolean economic, Side side, Long sessionId, String language,
                        String summary, List<ChangeRow> changes) {

        ProposalForm(String title, String article, Boolean economic, Side side, Long sessionId, String language, String summary) {
            this(title, article, economic, side, sessionId, language, summary, List.of(ChangeRow.EMPTY));
        }
    }

    /** One row of the section-change fields; rows without a section number are not changes. */
    record ChangeRow(SectionChange.Op op, String section, String newNumber, String title, String text) {
        static final ChangeRow EMPTY = new ChangeRow(SectionChange.Op.REPLACE, "", "", "", "");

        static ChangeRow of(SectionChange change) {
            return new ChangeRow(change.op(), change.section(), change.newNumber(), change.title(), change.text());
        }
    }

    /** Reads the repeated change fields of a form, in order, keeping what was typed. */
    static List<ChangeRow> changeRows(org.springframework.util.MultiValueMap<String, String> form) {
        List<String> sections = form.getOrDefault("changeSection", List.of());
        List<ChangeRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            String op = value(form, "changeOp", i);
            SectionChange.Op parsed;
            try {
                parsed = op == null || op.isBlank() ? SectionChange.Op.REPLACE : SectionChange.Op.valueOf(op);
            } catch (IllegalArgumentException e) {
                throw ParleyException.invalid("'" + op + "' is not a kind of change; choose REPLACE, ADD, DELETE or RENUMBER.");
            }
            rows.add(new ChangeRow(parsed, sections.get(i), value(form, "changeNewNumber", i), value(form, "changeTitle", i),
                    value(form, "changeText", i)));
        }
        return rows;
    }

    private static String value(org.springframework.util.MultiValueMap<String, String> form, String name, int index) {
        List<String> values = form.getOrDefault(name, List.of());
        return index < values.size() ? values.get(index) : null;
    }

    static List<SectionChange> changes(List<ChangeRow> rows) {
        return rows.stream().filter(r -> r.section() != null && !r.section().isBlank())
                .map(r -> new SectionChange(r.op(), r.section(), r.newNumber() == null || r.newNumber().isBlank() ? null : r.newNumber(),
                        r.title() == null || r.title().isBlank() ? null : r.title(), r.text())).toList();
    }

    record AgreementForm(Long versionId, String date, String laborInitials, String managementInitials) {
    }

    private final Proposals proposals;
    private final Negotiations negotiations;
    private final Contracts contracts;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    private final org.parley.proposal.Referrals referrals;
    private final StatusSheets statusSheets;

    ProposalPages(Proposals proposals, StatusSheets statusSheets, Negotiations negotiations, Contracts contracts, Sessions sessions, AuditTrail audit,
            Clock clock, org.parley.proposal.Referrals referrals,
            org.springframework.beans.factory.ObjectProvider<org.parley.proposal.ThreadCosts> costs) {
        this.referrals = referrals;
        this.statusSheets = statusSheets;
        this.costs = costs;
        this.proposals = proposals;
        this.negotiations = negotiations;
        this.contracts = contracts;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    private final org.springframework.beans.factory.ObjectProvider<org.parley.proposal.ThreadCosts> costs;

    /**
     * The status sheet, 50 rows at a time, filtered by the database. htmx's "Show 50 more" asks for the next page
     * with {@code HX-Request} and gets its rows alone, appended in place; without script the same link opens
     * that page of the sheet.
     */
    @GetMapping("/tables/{tableId}/status-sheet")
    @Transactional(readOnly = true) // all its reads in one transaction, not one per facade call (round trips on PostgreSQL)
    String statusSheet(Viewer viewer, @PathVariable long tableId, @RequestParam(required = false) ThreadStatus status,
            @RequestParam(required = false) Side lastSide, @RequestParam(required = false) Boolean economic,
            @RequestParam(required = false) String q, @RequestParam(required = false) String article,
            @RequestParam(required = false) String subgroup, @RequestParam(defaultValue = "1") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        StatusSheetFilter filter = new StatusSheetFilter(status, lastSide, economic, q, article, subgroup);
        StatusSheetPage sheet = statusSheets.page(viewer, tableId, filter, page);
        model.addAttribute("sheet", sheet);
        List<StatusSheetLine> lines = StatusSheetLine.of(sheet.rows());
        model.addAttribute("lines", lines);
        model.addAttribute("pageHref", pageHref(tableId, filter));
        if (htmx != null && page > 1) {
            return "proposal/status-sheet :: more-rows";
        }
        BargainingTable table = negotiations.table(viewer, tableId);
        model.addAttribute("table", table);
        model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ThreadStatus.values());
        model.addAttribute("sides", Side.values());
        List<SessionSummary> recordable = recordableSessions(viewer, tableId);
        model.addAttribute("sessions", SessionChoice.of(recordable));
        model.addAttribute("canRecord", viewer.onTeam());
        model.addAttribute("drafts", proposals.drafts(viewer, tableId).stream().filter(d -> d.threadId() == null).toList());
        model.addAttribute("packages", proposals.packages(viewer, tableId));
        model.addAttribute("referredAway", referrals.referredAway(viewer, tableId));
        // the package form offers the open threads among the rows shown: filter the sheet to find the others
        model.addAttribute("openThreads", lines.stream().filter(StatusSheetLine::open).toList());
        model.addAttribute("baseSections", baseSections(viewer, table.negotiationId()));
        model.addAttribute("ops", SectionChange.Op.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ProposalForm("", "", false, viewer.side() == null ? Side.LABOR : viewer.side(),
                    defaultSession(recordable, table), "", ""));
        }
        return "proposal/status-sheet";
    }

    /** The sheet's address with the filter as typed, ending in {@code page=} for the page number. */
    private static String pageHref(long tableId, StatusSheetFilter filter) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/tables/{id}/status-sheet");
        if (filter.status() != null) {
            uri.queryParam("status", filter.status().name());
        }
        if (filter.lastSide() != null) {
            uri.queryParam("lastSide", filter.lastSide().name());
        }
        if (filter.economic() != null) {
            uri.queryParam("economic", filter.economic());
        }
        for (String[] text : new String[][] {{"q", filter.text()}, {"article", filter.article()}, {"subgroup", filter.subgroup()}}) {
            if (text[1] != null) {
                uri.queryParam(text[0], text[1]);
            }
        }
        return uri.queryParam("page", "").encode().buildAndExpand(tableId).toUriString();
    }

    @GetMapping("/tables/{tableId}/status-sheet.csv")
    void statusSheetCsv(Viewer viewer, @PathVariable long tableId, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        StatusSheetCsv.write(statusSheets, viewer, tableId, response);
    }

    @PostMapping("/tables/{tableId}/threads")
    String open(Viewer viewer, @PathVariable long tableId, ProposalForm typed,
            @RequestParam org.springframework.util.MultiValueMap<String, String> fields, Model model, RedirectAttributes redirect) {
        ProposalForm form = typed;
        try {
            form = withRows(typed, changeRows(fields));
            ProposalVersion opening = proposals.openThreadWithProposal(viewer, tableId,
                    new NewThread(form.title(), form.article(), form.economic()),
                    new NewVersion(form.side(), form.sessionId(), form.language(), form.summary(), null, changes(form.changes())));
            redirect.addFlashAttribute("notice", "Proposal " + opening.label() + " recorded.");
            return "redirect:/threads/" + opening.threadId();
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("form", form);
            return statusSheet(viewer, tableId, null, null, null, null, null, null, 1, null, model);
        }
    }

    private static ProposalForm withRows(ProposalForm form, List<ChangeRow> rows) {
        return new ProposalForm(form.title(), form.article(), form.economic(), form.side(), form.sessionId(), form.language(),
                form.summary(), rows.isEmpty() ? List.of(ChangeRow.EMPTY) : rows);
    }

    @GetMapping("/threads/{id}")
    String thread(Viewer viewer, @PathVariable long id, Model model) {
        ThreadDetail detail = proposals.thread(viewer, id);
        BargainingTable table = negotiations.table(viewer, detail.thread().tableId());
        model.addAttribute("detail", detail);
        model.addAttribute("thread", detail.thread());
        // The same status words as the status sheet ("Countered by management"), not the bare "On the table"
        model.addAttribute("sheetRow", StatusSheet.of(new TableExchanges(table.id(), List.of(detail.thread()), detail.versions(),
                detail.tentativeAgreements()), StatusSheetFilter.ALL).stream().findFirst().orElse(null));
        model.addAttribute("table", table);
        model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
        model.addAttribute("sessions", SessionChoice.of(recordableSessions(viewer, table.id())));
        model.addAttribute("sessionDates", sessions.ofTable(viewer, table.id()).stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.session().id(), s -> s.session().date())));
        model.addAttribute("sides", Side.values());
        model.addAttribute("history", audit.ofSubject(viewer, "thread", id));
        model.addAttribute("zone", table.timeZone());
        model.addAttribute("canRecord", viewer.onTeam());
        model.addAttribute("standing", detail.standingAgreement());
        ProposalVersion latest = detail.latest();
        if (!model.containsAttribute("counter")) {
            Side next = latest == null || latest.joint() ? (viewer.side() == null ? Side.LABOR : viewer.side()) : latest.side().other();
            List<ChangeRow> rows = new java.util.ArrayList<>(latest == null ? List.of() : latest.changes().stream().map(ChangeRow::of).toList());
            rows.add(ChangeRow.EMPTY);
            model.addAttribute("counter", new ProposalForm(null, null, null, next, defaultSession(viewer, table.id()),
                    latest == null || !latest.changes().isEmpty() ? "" : latest.language(), "", rows));
        }
        java.util.Map<Long, VersionRedline> againstAgreement = new java.util.HashMap<>();
        java.util.Map<Long, VersionRedline> moved = new java.util.HashMap<>();
        for (ProposalVersion v : detail.versions()) {
            if (!v.changes().isEmpty()) {
                againstAgreement.put(v.id(), proposals.redline(viewer, v.id(), VersionRedline.Against.AGREEMENT));
            }
            if (v.number() > 1) {
                moved.put(v.id(), proposals.redline(viewer, v.id(), VersionRedline.Against.PREVIOUS));
            }
        }
        model.addAttribute("againstAgreement", againstAgreement);
        model.addAttribute("drafts", proposals.drafts(viewer, table.id()).stream()
                .filter(d -> d.threadId() != null && d.threadId() == id).toList());
        model.addAttribute("packagesOfThread", proposals.packages(viewer, table.id()).stream()
                .filter(p -> p.items().stream().anyMatch(i -> i.threadId() == id)).toList());
        model.addAttribute("moved", moved);
        model.addAttribute("referrals", referrals.ofThread(viewer, id));
        model.addAttribute("otherTables", negotiations.tables(viewer, table.negotiationId()).stream().filter(t -> t.id() != table.id()).toList());
        model.addAttribute("costPanels", costs.orderedStream().flatMap(c -> c.panel(viewer, detail).stream()).toList());
        model.addAttribute("baseSections", baseSections(viewer, table.negotiationId()));
        model.addAttribute("ops", SectionChange.Op.values());
        if (!model.containsAttribute("agreement")) {
            model.addAttribute("agreement", new AgreementForm(latest == null ? null : latest.id(),
                    LocalDate.now(clock.withZone(table.timeZone())).toString(), "", ""));
        }
        return "proposal/thread";
    }

    @PostMapping("/threads/{id}/versions")
    String pass(Viewer viewer, @PathVariable long id, ProposalForm typed,
            @RequestParam org.springframework.util.MultiValueMap<String, String> fields, Model model, RedirectAttributes redirect) {
        ProposalForm form = typed;
        try {
            form = withRows(typed, changeRows(fields));
            ProposalVersion passed = proposals.passVersion(viewer, id, new NewVersion(form.side(), form.sessionId(), form.language(),
                    form.summary(), null, changes(form.changes())));
            redirect.addFlashAttribute("notice", (passed.number() == 1 ? "Proposal " : "Counter ") + passed.label() + " recorded.");
            return "redirect:/threads/" + id + "#versions";
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("counter", form);
            return thread(viewer, id, model);
        }
    }

    @PostMapping("/threads/{id}/withdrawal")
    String withdraw(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Side side, RedirectAttributes redirect) {
        try {
            proposals.withdraw(viewer, id, side, null);
            redirect.addFlashAttribute("notice", "Withdrawal recorded.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/threads/" + id;
    }

    @PostMapping("/threads/{id}/tentative-agreement")
    String sign(Viewer viewer, @PathVariable long id, AgreementForm form, Model model, RedirectAttributes redirect) {
        try {
            proposals.signTentativeAgreement(viewer, id, new NewTentativeAgreement(form.versionId(), TypedInput.date(form.date(), "date", "date signed"),
                    form.laborInitials(), form.managementInitials()));
            redirect.addFlashAttribute("notice", "TA signed.");
            return "redirect:/threads/" + id + "#agreements";
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("agreement", form);
            return thread(viewer, id, model);
        }
    }

    @PostMapping("/tentative-agreements/{id}/walk-back")
    String walkBack(Viewer viewer, @PathVariable long id, @RequestParam long threadId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Side side, RedirectAttributes redirect) {
        try {
            proposals.walkBack(viewer, id, side, reason, null);
            redirect.addFlashAttribute("notice", "The walk-back is recorded; the TA is kept in the history.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("walkBackReason", reason);
        }
        return "redirect:/threads/" + threadId + "#agreements";
    }

    /** Saves the new-proposal form as a draft of the viewer's side instead of passing it. */
    @PostMapping("/tables/{tableId}/drafts")
    String draftNew(Viewer viewer, @PathVariable long tableId, ProposalForm typed,
            @RequestParam org.springframework.util.MultiValueMap<String, String> fields, Model model) {
        ProposalForm form = typed;
        try {
            form = withRows(typed, changeRows(fields));
            Draft draft = proposals.saveDraft(viewer, tableId, new NewDraft(null, form.title(), form.article(), form.economic(),
                    form.language(), form.summary(), changes(form.changes())));
            return "redirect:/drafts/" + draft.id();
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("form", form);
            return statusSheet(viewer, tableId, null, null, null, null, null, null, 1, null, model);
        }
    }

    /** Saves the counter form as a draft of the viewer's side instead of passing it. */
    @PostMapping("/threads/{id}/drafts")
    String draftCounter(Viewer viewer, @PathVariable long id, ProposalForm typed,
            @RequestParam org.springframework.util.MultiValueMap<String, String> fields, Model model) {
        ProposalForm form = typed;
        try {
            form = withRows(typed, changeRows(fields));
            ThreadDetail detail = proposals.thread(viewer, id);
            Draft draft = proposals.saveDraft(viewer, detail.thread().tableId(), new NewDraft(id, null, null, null,
                    form.language(), form.summary(), changes(form.changes())));
            return "redirect:/drafts/" + draft.id();
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("counter", form);
            return thread(viewer, id, model);
        }
    }

    @GetMapping("/drafts/{id}")
    String draft(Viewer viewer, @PathVariable long id, Model model) {
        Draft draft = proposals.draft(viewer, id);
        BargainingTable table = negotiations.table(viewer, draft.tableId());
        model.addAttribute("draft", draft);
        model.addAttribute("table", table);
        model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
        model.addAttribute("thread", draft.threadId() == null ? null : proposals.thread(viewer, draft.threadId()).thread());
        model.addAttribute("redline", proposals.draftRedline(viewer, id));
        model.addAttribute("sessions", SessionChoice.of(recordableSessions(viewer, table.id())));
        model.addAttribute("defaultSession", defaultSession(viewer, table.id()));
        model.addAttribute("sides", Side.values());
        model.addAttribute("ops", SectionChange.Op.values());
        model.addAttribute("baseSections", baseSections(viewer, table.negotiationId()));
        if (!model.containsAttribute("form")) {
            List<ChangeRow> rows = new java.util.ArrayList<>(draft.changes().stream().map(ChangeRow::of).toList());
            rows.add(ChangeRow.EMPTY);
            model.addAttribute("form", new ProposalForm(draft.title(), draft.article(), draft.economic(), draft.side(), null,
                    draft.language(), draft.summary(), rows));
        }
        return "proposal/draft";
    }

    @PostMapping("/drafts/{id}")
    String saveDraft(Viewer viewer, @PathVariable long id, ProposalForm typed,
            @RequestParam org.springframework.util.MultiValueMap<String, String> fields, Model model, RedirectAttributes redirect) {
        ProposalForm form = typed;
        try {
            form = withRows(typed, changeRows(fields));
            proposals.updateDraft(viewer, id, new NewDraft(null, form.title(), form.article(), form.economic(), form.language(),
                    form.summary(), changes(form.changes())));
            redirect.addFlashAttribute("notice", "Draft saved; only your team can see it.");
            return "redirect:/drafts/" + id;
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("form", form);
            return draft(viewer, id, model);
        }
    }

    @PostMapping("/drafts/{id}/pass")
    String passDraft(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Long sessionId,
            RedirectAttributes redirect) {
        try {
            ProposalVersion version = proposals.passDraft(viewer, id, ParleyException.require(sessionId, "The session"), null);
            redirect.addFlashAttribute("notice", (version.number() == 1 ? "Proposal " : "Counter ") + version.label() + " passed across the table.");
            return "redirect:/threads/" + version.threadId() + "#version-" + version.id();
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            return "redirect:/drafts/" + id;
        }
    }

    @PostMapping("/drafts/{id}/discard")
    String discardDraft(Viewer viewer, @PathVariable long id) {
        Draft draft = proposals.draft(viewer, id);
        proposals.discardDraft(viewer, id);
        return "redirect:/tables/" + draft.tableId() + "/status-sheet";
    }

    /** Bundles open threads whose latest proposal is by one side into a package passed at a session. */
    @PostMapping("/tables/{tableId}/packages")
    String bundle(Viewer viewer, @PathVariable long tableId, @RequestParam(required = false) String title,
            @RequestParam(required = false) Side side, @RequestParam(required = false) Long sessionId,
            @RequestParam(name = "threadId", required = false) List<Long> threadIds, RedirectAttributes redirect) {
        try {
            ProposalPackage offer = proposals.passPackage(viewer, tableId, new NewPackage(side, sessionId, title, null,
                    (threadIds == null ? List.<Long>of() : threadIds).stream().map(t -> new NewPackage.Item(t, null, null, null)).toList()));
            return "redirect:/packages/" + offer.id();
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            return "redirect:/tables/" + tableId + "/status-sheet#packages";
        }
    }

    @GetMapping("/packages/{id}")
    String proposalPackage(Viewer viewer, @PathVariable long id, Model model) {
        ProposalPackage offer = proposals.proposalPackage(viewer, id);
        BargainingTable table = negotiations.table(viewer, offer.tableId());
        model.addAttribute("offer", offer);
        model.addAttribute("table", table);
        model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
        model.addAttribute("canRecord", viewer.onTeam());
        model.addAttribute("today", LocalDate.now(clock.withZone(table.timeZone())).toString());
        return "proposal/package";
    }

    @PostMapping("/packages/{id}/acceptance")
    String accept(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String laborInitials, @RequestParam(required = false) String managementInitials,
            RedirectAttributes redirect) {
        try {
            proposals.acceptPackage(viewer, id, TypedInput.date(date, "date"), laborInitials, managementInitials);
            redirect.addFlashAttribute("notice", "Package accepted: a TA is signed on each of its threads.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/packages/" + id;
    }

    @PostMapping("/packages/{id}/rejection")
    String reject(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        try {
            proposals.rejectPackage(viewer, id, null);
            redirect.addFlashAttribute("notice", "Package rejected; its threads stay on the table.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/packages/" + id;
    }

    /** The tentative contract: every standing TA applied to the base agreement, clean or redlined. */
    @GetMapping("/negotiations/{negotiationId}/tentative-contract")
    String tentativeContract(Viewer viewer, @PathVariable long negotiationId,
            @RequestParam(defaultValue = "redline") String view, Model model) {
        model.addAttribute("negotiation", negotiations.get(viewer, negotiationId));
        if (negotiations.get(viewer, negotiationId).baseAgreementId() == null) {
            model.addAttribute("contract", null);
            return "proposal/tentative-contract";
        }
        TentativeContract contract = proposals.tentativeContract(viewer, negotiationId);
        boolean redlined = !"clean".equals(view);
        model.addAttribute("contract", contract);
        model.addAttribute("redlined", redlined);
        model.addAttribute("view", redlined ? "redline" : "clean");
        model.addAttribute("rows", contract.result().sections().stream()
                .filter(s -> redlined || s.status() != org.parley.contract.AppliedChanges.SectionStatus.DELETED)
                .map(s -> new ContractRow(s, ProposalDocuments.change(s),
                        redlined ? org.parley.contract.Redline.between(s.baseText(), s.text())
                                : List.of(new org.parley.contract.Redline.Run(org.parley.contract.Redline.RunType.EQUAL, s.text()))))
                .toList());
        return "proposal/tentative-contract";
    }

    /** A section of the tentative contract as the page shows it. */
    record ContractRow(org.parley.contract.AppliedChanges.ResultSection section, String change,
                       List<org.parley.contract.Redline.Run> runs) {
    }

    /** The base agreement's sections, offered when stating section changes; empty without a base agreement. */
    private List<org.parley.contract.Section> baseSections(Viewer viewer, long negotiationId) {
        Long baseId = negotiations.get(viewer, negotiationId).baseAgreementId();
        return baseId == null ? List.of() : contracts.get(viewer, baseId).sections().toList();
    }

    /** The current text of a section of the base agreement, to start a change from (htmx fills the row's text). */
    @GetMapping("/negotiations/{negotiationId}/section-text")
    String sectionText(Viewer viewer, @PathVariable long negotiationId, @RequestParam("changeSection") String section, @RequestParam int row,
            Model model) {
        Long baseId = negotiations.get(viewer, negotiationId).baseAgreementId();
        String text = baseId == null ? "" : contracts.get(viewer, baseId).section(section.strip()).map(org.parley.contract.Section::text)
                .orElse("");
        model.addAttribute("row", row);
        model.addAttribute("text", text);
        return "proposal/version-fields :: changeText";
    }

    /** Sessions a proposal can be recorded at: not cancelled, newest first. */
    private List<SessionSummary> recordableSessions(Viewer viewer, long tableId) {
        return sessions.ofTable(viewer, tableId).stream()
                .filter(s -> s.session().status() != SessionStatus.CANCELLED)
                .sorted(java.util.Comparator.comparing((SessionSummary s) -> s.session().date()).reversed())
                .toList();
    }

    /** Today's session if there is one, else the latest held one. */
    private Long defaultSession(Viewer viewer, long tableId) {
        return defaultSession(recordableSessions(viewer, tableId), negotiations.table(viewer, tableId));
    }

    private Long defaultSession(List<SessionSummary> candidates, BargainingTable table) {
        LocalDate today = LocalDate.now(clock.withZone(table.timeZone()));
        return candidates.stream().filter(s -> s.session().covers(today)).map(s -> s.session().id()).findFirst()
                .orElse(candidates.stream().filter(s -> !s.session().date().isAfter(today)).map(s -> s.session().id())
                        .findFirst().orElse(null));
    }
}
