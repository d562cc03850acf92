package org.parley.proposal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.parley.platform.Side;

/**
 * Per table and date range: proposals passed per side and their ratio ("labor passed four times
 * as many proposals as management"), and the TA tally.
 *
 * @param signed     TAs signed in the range, standing or later walked back
 * @param standing   of those, the ones not walked back (as of today's record)
 * @param walkedBack of those, the ones walked back
 * @param daysSinceLastTentativeAgreement days from the last TA signed on or before {@code asOf}
 *                   to {@code asOf}; null if there was none
 */
public record ExchangeFigures(long laborProposals, long managementProposals, long signed, long standing,
                              long walkedBack, Integer daysSinceLastTentativeAgreement) {

    public static ExchangeFigures of(Collection<ProposalVersion> versions, Collection<TentativeAgreement> agreements,
            LocalDate from, LocalDate to, LocalDate asOf) {
        long labor = versions.stream().filter(v -> v.side() == Side.LABOR && within(v.passedOn(), from, to)).count();
        long management = versions.stream().filter(v -> v.side() == Side.MANAGEMENT && within(v.passedOn(), from, to)).count();
        long signed = agreements.stream().filter(ta -> within(ta.signedOn(), from, to)).count();
        long walkedBack = agreements.stream().filter(ta -> within(ta.signedOn(), from, to) && !ta.standing()).count();
        Integer since = agreements.stream().map(TentativeAgreement::signedOn).filter(d -> !d.isAfter(asOf))
                .max(LocalDate::compareTo).map(last -> (int) ChronoUnit.DAYS.between(last, asOf)).orElse(null);
        return new ExchangeFigures(labor, management, signed, signed - walkedBack, walkedBack, since);
    }

    /** The same figures from the database's per-day counts of a table ({@link TableTally}). */
    public static ExchangeFigures of(TableTally tally, LocalDate from, LocalDate to, LocalDate asOf) {
        long labor = tally.passed().stream().filter(d -> within(d.date(), from, to)).mapToLong(TableTally.DayCount::labor).sum();
        long management = tally.passed().stream().filter(d -> within(d.date(), from, to)).mapToLong(TableTally.DayCount::management).sum();
        long signed = tally.agreements().stream().filter(a -> within(a.signedOn(), from, to)).mapToLong(TableTally.AgreementCount::signed).sum();
        long walkedBack = tally.agreements().stream().filter(a -> within(a.signedOn(), from, to))
                .mapToLong(TableTally.AgreementCount::walkedBack).sum();
        Integer since = tally.agreements().stream().map(TableTally.AgreementCount::signedOn).filter(d -> !d.isAfter(asOf))
                .max(LocalDate::compareTo).map(last -> (int) ChronoUnit.DAYS.between(last, asOf)).orElse(null);
        return new ExchangeFigures(labor, management, signed, signed - walkedBack, walkedBack, since);
    }

    /** Labor's proposals per management proposal; null when management passed none. */
    public Double ratio() {
        return managementProposals == 0 ? null : (double) laborProposals / managementProposals;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
