package org.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaysAtTableTest {

    static BargainingSession session(String date, String endDate, SessionStatus status) {
        return new BargainingSession(0, 1, 1, LocalDate.parse(date), endDate == null ? null : LocalDate.parse(endDate),
                null, null, null, null, status, 0, List.of());
    }

    @Test
    void numbersHeldDatesInOrder() {
        DaysAtTable days = DaysAtTable.of(List.of(
                session("2026-01-20", null, SessionStatus.HELD),
                session("2026-01-05", null, SessionStatus.HELD),
                session("2026-01-12", null, SessionStatus.HELD)));
        assertThat(days.dayNumber(LocalDate.parse("2026-01-05"))).isEqualTo(1);
        assertThat(days.dayNumber(LocalDate.parse("2026-01-12"))).isEqualTo(2);
        assertThat(days.dayNumber(LocalDate.parse("2026-01-20"))).isEqualTo(3);
    }

    @Test
    void aCancelledDayDoesNotCount() {
        DaysAtTable days = DaysAtTable.of(List.of(
                session("2026-01-05", null, SessionStatus.HELD),
                session("2026-01-07", null, SessionStatus.CANCELLED),
                session("2026-01-09", null, SessionStatus.HELD)));
        assertThat(days.dayNumber(LocalDate.parse("2026-01-07"))).isNull();
        assertThat(days.dayNumber(LocalDate.parse("2026-01-09"))).isEqualTo(2);
        assertThat(days.daysThrough(LocalDate.parse("2026-01-08"))).isEqualTo(1);
    }

    @Test
    void aPlannedDayDoesNotCountYet() {
        DaysAtTable days = DaysAtTable.of(List.of(
                session("2026-01-05", null, SessionStatus.HELD),
                session("2026-02-05", null, SessionStatus.PLANNED)));
        assertThat(days.daysThrough(LocalDate.parse("2026-03-01"))).isEqualTo(1);
    }

    @Test
    void eachDateOfAMultiDaySessionCounts() {
        DaysAtTable days = DaysAtTable.of(List.of(
                session("2024-10-21", "2024-10-24", SessionStatus.HELD),
                session("2024-11-12", "2024-11-14", SessionStatus.HELD)));
        assertThat(days.dayNumber(LocalDate.parse("2024-10-24"))).isEqualTo(4);
        assertThat(days.dayNumber(LocalDate.parse("2024-11-12"))).isEqualTo(5);
        assertThat(days.daysThrough(LocalDate.parse("2024-11-13"))).isEqualTo(6);
    }

    @Test
    void twoSessionsOnOneDateCountOnce() {
        DaysAtTable days = DaysAtTable.of(List.of(
                session("2026-01-05", null, SessionStatus.HELD),
                session("2026-01-05", null, SessionStatus.HELD),
                session("2026-01-06", null, SessionStatus.HELD)));
        assertThat(days.dayNumber(LocalDate.parse("2026-01-06"))).isEqualTo(2);
    }

    @Test
    void countsDaysWithinARange() {
        DaysAtTable days = DaysAtTable.of(List.of(
                session("2026-01-05", "2026-01-06", SessionStatus.HELD),
                session("2026-02-02", null, SessionStatus.HELD)));
        assertThat(days.daysBetween(LocalDate.parse("2026-01-06"), LocalDate.parse("2026-02-02"))).isEqualTo(2);
        assertThat(days.daysBetween(LocalDate.parse("2026-01-07"), LocalDate.parse("2026-02-01"))).isZero();
    }
}
