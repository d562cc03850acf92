package org.parley.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.platform.Side;

class ExchangeFiguresTest {

    static ProposalVersion version(Side side, String date) {
        return new ProposalVersion(0, 1, 1, side, 1, 1, LocalDate.parse(date), "text", null, "x", Instant.EPOCH, List.of());
    }

    static TentativeAgreement ta(String date, boolean walkedBack) {
        return new TentativeAgreement(0, 1, 1, 1, LocalDate.parse(date), "A", "B", "x",
                walkedBack ? new WalkBack(Side.MANAGEMENT, LocalDate.parse(date).plusDays(7), "why", "x", Instant.EPOCH) : null);
    }

    @Test
    void countsProposalsPerSideWithinTheRangeInclusive() {
        ExchangeFigures figures = ExchangeFigures.of(List.of(
                version(Side.LABOR, "2026-01-01"), version(Side.LABOR, "2026-01-31"), version(Side.LABOR, "2026-02-01"),
                version(Side.MANAGEMENT, "2026-01-15"), version(Side.LABOR, "2025-12-31")), List.of(),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-15"));
        assertThat(figures.laborProposals()).isEqualTo(2);
        assertThat(figures.managementProposals()).isEqualTo(1);
        assertThat(figures.ratio()).isEqualTo(2.0);
    }

    @Test
    void theRatioIsUnknownWhenManagementPassedNothing() {
        ExchangeFigures figures = ExchangeFigures.of(List.of(version(Side.LABOR, "2026-01-01")), List.of(), null, null,
                LocalDate.parse("2026-02-15"));
        assertThat(figures.ratio()).isNull();
    }

    @Test
    void talliesSignedStandingAndWalkedBack() {
        ExchangeFigures figures = ExchangeFigures.of(List.of(), List.of(ta("2026-01-10", false), ta("2026-01-20", true),
                ta("2026-03-01", false)), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-01"));
        assertThat(figures.signed()).isEqualTo(2);
        assertThat(figures.standing()).isEqualTo(1);
        assertThat(figures.walkedBack()).isEqualTo(1);
    }

    @Test
    void daysSinceTheLastTaCountFromTheLastOneSignedByThatDay() {
        ExchangeFigures figures = ExchangeFigures.of(List.of(), List.of(ta("2025-11-04", false), ta("2026-03-10", false)),
                null, null, LocalDate.parse("2026-03-01"));
        assertThat(figures.daysSinceLastTentativeAgreement()).isEqualTo(117);
        assertThat(ExchangeFigures.of(List.of(), List.of(), null, null, LocalDate.parse("2026-03-01"))
                .daysSinceLastTentativeAgreement()).isNull();
    }
}
