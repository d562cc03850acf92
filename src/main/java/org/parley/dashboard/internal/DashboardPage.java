package org.parley.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.LegalClock;
import org.parley.negotiation.Negotiations;
import org.springframework.beans.factory.ObjectProvider;
import org.parley.proposal.StatusSheets;
import org.parley.proposal.TableTally;
import org.parley.session.BargainingSession;
import org.parley.session.SessionStatus;
import org.parley.session.SessionSummary;
import org.parley.session.Sessions;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DashboardPage {

    /**
     * One table's part of the dashboard.
     *
     * @param meetsToday  a session of this table covers today
     * @param lastMet     the last day this table held a session up to today; null if never
     */
    record TableBoard(BargainingTable table, TableFigures figures, long openAwaitingManagement, long openAwaitingLabor,
                      boolean meetsToday, LocalDate lastMet) {

        /** Today's day number at this table when it meets today (a planned session counts as the next day). */
        public int todaysDay() {
            return figures.dayAtTable() + (figures.asOf().equals(lastMet) ? 0 : 1);
        }
    }

    record NextSession(BargainingSession session, String tableName) {
    }

    private final Negotiations negotiations;
    private final Sessions sessions;
    private final StatusSheets statusSheets;
    private final org.parley.subgroup.Subgroups subgroups;
    private final Clock clock;
    private final ObjectProvider<LegalClock> legalClock;

    private final ObjectProvider<org.parley.dashboard.PackageCosts> packageCosts;

    DashboardPage(Negotiations negotiations, Sessions sessions, StatusSheets statusSheets, org.parley.subgroup.Subgroups subgroups,
            Clock clock, ObjectProvider<LegalClock> legalClock, ObjectProvider<org.parley.dashboard.PackageCosts> packageCosts) {
        this.subgroups = subgroups;
        this.legalClock = legalClock;
        this.packageCosts = packageCosts;
        this.clock = clock;
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.statusSheets = statusSheets;
    }

    @GetMapping("/")
    String home(Viewer viewer) {
        if (viewer.role() == Role.FACILITATOR) {
            return "redirect:/subgroups";
        }
        if (viewer.role() == Role.MEMBER) {
            return "redirect:/member";
        }
        if (viewer.role() == Role.ELECTION_COMMITTEE || viewer.role() == Role.OBSERVER) {
            return "redirect:/votes";
        }
        List<Negotiation> all = negotiations.list(viewer);
        return all.size() == 1 ? "redirect:/negotiations/" + all.get(0).id() : "redirect:/negotiations";
    }

    // One read-only transaction for all the page reads: each module's facade would otherwise begin and commit its
    // own, a dozen round trips to PostgreSQL per view of the dashboard.
    @GetMapping("/negotiations/{id}")
    @Transactional(readOnly = true)
    String dashboard(Viewer viewer, @PathVariable long id, Model model) {
        if (viewer.role() == Role.FACILITATOR) {
            return "redirect:/subgroups";
        }
        if (viewer.role() == Role.MEMBER) {
            return "redirect:/member";
        }
        if (viewer.role() == Role.ELECTION_COMMITTEE || viewer.role() == Role.OBSERVER) {
            return "redirect:/votes";
        }
        Negotiation negotiation = negotiations.get(viewer, id);
        List<BargainingTable> tables = negotiations.tables(viewer, id);
        LocalDate today = LocalDate.now(clock.withZone(negotiation.timeZone()));
        List<TableBoard> boards = new ArrayList<>();
        List<NextSession> planned = new ArrayList<>();
        for (BargainingTable table : tables) {
            List<SessionSummary> summaries = sessions.ofTable(viewer, table.id());
            summaries.stream().map(SessionSummary::session)
                    .filter(s -> s.status() == SessionStatus.PLANNED && !s.lastDate().isBefore(today))
                    .forEach(s -> planned.add(new NextSession(s, table.name())));
            TableTally tally = statusSheets.tally(viewer, table.id());
            TableFigures tableFigures = TableFigures.of(table.id(), summaries, tally, null, null, today,
                    subgroups.figures(viewer, table.id()));
            boolean meetsToday = summaries.stream().anyMatch(s -> s.session().status() != SessionStatus.CANCELLED && s.session().covers(today));
            LocalDate lastMet = summaries.stream().map(SessionSummary::session)
                    .filter(s -> s.status() == SessionStatus.HELD && !s.date().isAfter(today))
                    .map(s -> s.lastDate().isAfter(today) ? today : s.lastDate()).max(Comparator.naturalOrder()).orElse(null);
            boards.add(new TableBoard(table, tableFigures, tally.openAwaitingManagement(), tally.openAwaitingLabor(), meetsToday, lastMet));
        }
        // The table that meets today first, then the one that met last: what the team reads about first.
        boards.sort(Comparator.comparing((TableBoard b) -> !b.meetsToday())
                .thenComparing(TableBoard::lastMet, Comparator.nullsLast(Comparator.reverseOrder())));
        NextSession next = planned.stream()
                .min(Comparator.comparing((NextSession n) -> n.session().date())
                        .thenComparing(n -> n.session().plannedStart() == null ? java.time.LocalTime.MIN : n.session().plannedStart()))
                .orElse(null);
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("countdown", negotiations.countdown(id, clock.instant()));
        model.addAttribute("nextDeadline", legalClock.orderedStream().map(c -> c.nextDeadline(viewer, id, clock.instant()))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null));
        model.addAttribute("today", today);
        model.addAttribute("boards", boards);
        model.addAttribute("next", next);
        model.addAttribute("packageCosts", packageCosts.orderedStream().flatMap(c -> c.summary(viewer, id).stream()).toList());
        model.addAttribute("standingTotal", boards.stream().mapToLong(b -> b.figures().tentativeAgreements().standing()).sum());
        return "dashboard/negotiation";
    }

    /**
     * A table's two charts: the dashboard loads them after its first byte (htmx, {@code hx-trigger="load"}) and gets
     * the fragment; without script, the dashboard's link opens them as a page of their own.
     */
    @GetMapping("/tables/{tableId}/charts")
    @Transactional(readOnly = true)
    String charts(Viewer viewer, @PathVariable long tableId,
            @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        BargainingTable table = negotiations.table(viewer, tableId);
        LocalDate today = LocalDate.now(clock.withZone(table.timeZone()));
        model.addAttribute("table", table);
        model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
        model.addAttribute("timeChart", TimeChart.of(sessions.ofTable(viewer, tableId)));
        model.addAttribute("proposalChart", ProposalChart.of(statusSheets.tally(viewer, tableId).passed(), today));
        return htmx != null ? "dashboard/charts :: charts" : "dashboard/charts";
    }
}
