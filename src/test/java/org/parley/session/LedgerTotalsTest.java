package org.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTotalsTest {

    static LedgerInterval interval(IntervalKind kind, String start, String end) {
        return new LedgerInterval(0, 1, kind, Instant.parse(start), end == null ? null : Instant.parse(end), false);
    }

    @Test
    void sumsMinutesPerKindAndWaitingForEitherSide() {
        LedgerTotals totals = LedgerTotals.of(List.of(
                interval(IntervalKind.TABLE, "2026-03-03T09:00:00Z", "2026-03-03T10:00:00Z"),
                interval(IntervalKind.MANAGEMENT_CAUCUS, "2026-03-03T10:00:00Z", "2026-03-03T12:30:00Z"),
                interval(IntervalKind.WAITING_FOR_MANAGEMENT, "2026-03-03T12:30:00Z", "2026-03-03T12:50:00Z"),
                interval(IntervalKind.WAITING_FOR_LABOR, "2026-03-03T12:50:00Z", "2026-03-03T13:00:00Z"),
                interval(IntervalKind.BREAK, "2026-03-03T13:00:00Z", "2026-03-03T13:30:00Z"),
                interval(IntervalKind.LABOR_CAUCUS, "2026-03-03T13:30:00Z", "2026-03-03T14:15:00Z"),
                interval(IntervalKind.TABLE, "2026-03-03T14:15:00Z", "2026-03-03T15:00:00Z")),
                Instant.parse("2026-03-03T20:00:00Z"), 480);
        assertThat(totals.tableMinutes()).isEqualTo(105);
        assertThat(totals.managementCaucusMinutes()).isEqualTo(150);
        assertThat(totals.laborCaucusMinutes()).isEqualTo(45);
        assertThat(totals.waitingMinutes()).isEqualTo(30);
        assertThat(totals.waitingForManagementMinutes()).isEqualTo(20);
        assertThat(totals.breakMinutes()).isEqualTo(30);
        assertThat(totals.recordedMinutes()).isEqualTo(360);
        assertThat(totals.share(totals.managementCaucusMinutes())).isEqualTo(150.0 / 480);
    }

    @Test
    void aRunningIntervalCountsUpToNow() {
        LedgerTotals totals = LedgerTotals.of(List.of(interval(IntervalKind.TABLE, "2026-03-03T09:00:00Z", null)),
                Instant.parse("2026-03-03T09:42:00Z"), null);
        assertThat(totals.tableMinutes()).isEqualTo(42);
    }

    @Test
    void anIntervalAcrossMidnightCountsWhole() {
        LedgerTotals totals = LedgerTotals.of(List.of(interval(IntervalKind.TABLE, "2026-03-03T23:30:00Z", "2026-03-04T01:00:00Z")),
                Instant.parse("2026-03-05T00:00:00Z"), null);
        assertThat(totals.tableMinutes()).isEqualTo(90);
    }

    @Test
    void withoutAScheduleSharesAreOfTheRecordedTime() {
        LedgerTotals totals = LedgerTotals.of(List.of(
                interval(IntervalKind.TABLE, "2026-03-03T09:00:00Z", "2026-03-03T09:30:00Z"),
                interval(IntervalKind.LABOR_CAUCUS, "2026-03-03T09:30:00Z", "2026-03-03T11:00:00Z")),
                Instant.parse("2026-03-04T00:00:00Z"), null);
        assertThat(totals.baseMinutes()).isEqualTo(120);
        assertThat(totals.share(totals.tableMinutes())).isEqualTo(0.25);
    }

    @Test
    void anEmptyLedgerHasNoShares() {
        LedgerTotals totals = LedgerTotals.of(List.of(), Instant.parse("2026-03-04T00:00:00Z"), null);
        assertThat(totals.recordedMinutes()).isZero();
        assertThat(totals.share(0)).isZero();
    }

    @Test
    void roundsEachKindToTheNearestMinute() {
        LedgerTotals totals = LedgerTotals.of(List.of(
                interval(IntervalKind.TABLE, "2026-03-03T09:00:00Z", "2026-03-03T09:10:29Z"),
                interval(IntervalKind.BREAK, "2026-03-03T09:10:29Z", "2026-03-03T09:20:59Z")),
                Instant.parse("2026-03-04T00:00:00Z"), null);
        assertThat(totals.tableMinutes()).isEqualTo(10);
        assertThat(totals.breakMinutes()).isEqualTo(11);
    }

    @Test
    void aMultiDaySessionIsScheduledForEachOfItsDays() {
        BargainingSession threeDays = new BargainingSession(0, 1, 1, java.time.LocalDate.parse("2024-10-21"),
                java.time.LocalDate.parse("2024-10-23"), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0),
                null, null, SessionStatus.HELD, 0, List.of());
        assertThat(threeDays.scheduledMinutes()).isEqualTo(3 * 480);
        BargainingSession night = new BargainingSession(0, 1, 1, java.time.LocalDate.parse("2024-10-21"), null,
                java.time.LocalTime.of(20, 0), java.time.LocalTime.of(2, 0), null, null, SessionStatus.HELD, 0, List.of());
        assertThat(night.scheduledMinutes()).isEqualTo(360);
    }
}
