package org.parley.dashboard.internal;

import java.time.LocalDate;
import java.util.List;
import org.parley.proposal.ExchangeFigures;
import org.parley.subgroup.SubgroupFigures;
import org.parley.proposal.TableTally;
import org.parley.session.DaysAtTable;
import org.parley.session.SessionStatus;
import org.parley.session.SessionSummary;

/**
 * The figures of one table over a date range ({@code from}/{@code to} null = unbounded), as of a day.
 *
 * @param sessionsHeld held sessions starting within the range
 * @param daysAtTable  distinct dates within the range on which the table met
 * @param dayAtTable   the table's day count through {@code asOf}: "today marks the sixth day"
 */
record TableFigures(long tableId, LocalDate from, LocalDate to, LocalDate asOf, int sessionsHeld, int daysAtTable,
                    int dayAtTable, ProposalsPassed proposalsPassed, TentativeAgreements tentativeAgreements,
                    Integer daysSinceLastTentativeAgreement, Minutes minutes, List<SubgroupCount> subgroups) {

    record ProposalsPassed(long labor, long management, Double ratio) {
    }

    /**
     * @param fromRecommendations of those signed, the subgroups' recommendations the full table approved
     * @param fromProposals       of those signed, the ones agreed on proposals passed across the table
     */
    record TentativeAgreements(long signed, long standing, long walkedBack, long fromRecommendations, long fromProposals) {
    }

    /** A subgroup of the table: its recommendations drafted (all time) and approved as TAs. */
    record SubgroupCount(String name, String status, long interests, long options, long recommendations, long reported, long approved) {
    }

    /** Ledger minutes of the held sessions in the range. */
    record Minutes(long table, long laborCaucus, long managementCaucus, long waiting,
                   @com.fasterxml.jackson.annotation.JsonProperty("break") long breaks) {
    }

    static TableFigures of(long tableId, List<SessionSummary> sessions, TableTally passed, LocalDate from,
            LocalDate to, LocalDate asOf, List<SubgroupFigures> subgroups) {
        ExchangeFigures exchanges = ExchangeFigures.of(passed, from, to, asOf);
        long fromRecommendations = passed.agreements().stream()
                .filter(ta -> (from == null || !ta.signedOn().isBefore(from)) && (to == null || !ta.signedOn().isAfter(to)))
                .mapToLong(TableTally.AgreementCount::fromRecommendations).sum();
        List<SessionSummary> held = sessions.stream()
                .filter(s -> s.session().status() == SessionStatus.HELD)
                .filter(s -> (from == null || !s.session().date().isBefore(from)) && (to == null || !s.session().date().isAfter(to)))
                .toList();
        DaysAtTable days = DaysAtTable.of(sessions.stream().map(SessionSummary::session).toList());
        int daysInRange = days.daysBetween(from == null ? LocalDate.MIN.plusDays(1) : from, to == null ? LocalDate.MAX : to);
        Minutes minutes = new Minutes(
                held.stream().mapToLong(s -> s.totals().tableMinutes()).sum(),
                held.stream().mapToLong(s -> s.totals().laborCaucusMinutes()).sum(),
                held.stream().mapToLong(s -> s.totals().managementCaucusMinutes()).sum(),
                held.stream().mapToLong(s -> s.totals().waitingMinutes()).sum(),
                held.stream().mapToLong(s -> s.totals().breakMinutes()).sum());
        return new TableFigures(tableId, from, to, asOf, held.size(), daysInRange, days.daysThrough(asOf),
                new ProposalsPassed(exchanges.laborProposals(), exchanges.managementProposals(), exchanges.ratio()),
                new TentativeAgreements(exchanges.signed(), exchanges.standing(), exchanges.walkedBack(), fromRecommendations,
                        exchanges.signed() - fromRecommendations),
                exchanges.daysSinceLastTentativeAgreement(), minutes, subgroups.stream().map(s -> new SubgroupCount(s.name(),
                        s.status().name(), s.interests(), s.options(), s.drafted(), s.reported(), s.approved())).toList());
    }
}
