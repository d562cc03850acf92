package org.parley.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CountdownTest {

    static final LocalDate EXPIRATION = LocalDate.of(2026, 4, 30);

    @Test
    void countsCalendarDaysLeftBeforeExpiration() {
        Countdown countdown = Countdown.of(EXPIRATION, LocalDate.of(2026, 4, 26));
        assertThat(countdown.daysUntilExpiration()).isEqualTo(4);
        assertThat(countdown.daysWithoutContract()).isZero();
        assertThat(countdown.expired()).isFalse();
        assertThat(countdown.phrase()).isEqualTo("4 days left before the contract expires");
    }

    @Test
    void onTheExpirationDateTheContractIsStillInForce() {
        Countdown countdown = Countdown.of(EXPIRATION, EXPIRATION);
        assertThat(countdown.daysUntilExpiration()).isZero();
        assertThat(countdown.daysWithoutContract()).isZero();
        assertThat(countdown.expired()).isFalse();
        assertThat(countdown.phrase()).contains("expires today");
    }

    @Test
    void theDayAfterExpirationIsTheFirstDayWithoutAContract() {
        Countdown countdown = Countdown.of(EXPIRATION, EXPIRATION.plusDays(1));
        assertThat(countdown.daysUntilExpiration()).isZero();
        assertThat(countdown.daysWithoutContract()).isEqualTo(1);
        assertThat(countdown.expired()).isTrue();
        assertThat(countdown.phrase()).isEqualTo("First day without a contract");
    }

    @Test
    void countsDaysWithoutAContractAcrossMonthsAndLeapYears() {
        LocalDate expiration = LocalDate.of(2028, 2, 27);
        assertThat(Countdown.of(expiration, LocalDate.of(2028, 3, 1)).daysWithoutContract()).isEqualTo(3);
        assertThat(Countdown.of(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 3, 1)).daysWithoutContract()).isEqualTo(2);
    }

    @Test
    void oneDayLeftIsSingular() {
        assertThat(Countdown.of(EXPIRATION, EXPIRATION.minusDays(1)).phrase()).isEqualTo("1 day left before the contract expires");
    }

    @Test
    void atAMomentTheHourAndTheExtensionCount() {
        java.time.ZoneId pacific = java.time.ZoneId.of("America/Los_Angeles");
        var end = java.time.LocalDateTime.of(2026, 4, 30, 23, 59).atZone(pacific);
        var inForce = Countdown.at(new LegalClock.State(ContractStatus.IN_FORCE, end, null), end.minusHours(2).toInstant());
        assertThat(inForce.phrase()).isEqualTo("The contract expires today at 11:59 p.m.");
        assertThat(inForce.statusLabel()).isEqualTo("In force");
        var expired = Countdown.at(new LegalClock.State(ContractStatus.IN_FORCE, end, null), end.plusDays(2).toInstant());
        assertThat(expired.status()).isEqualTo(ContractStatus.EXPIRED);
        assertThat(expired.daysWithoutContract()).isEqualTo(2);
        assertThat(expired.statusLabel()).isEqualTo("Expired — day 2 without a contract");
        var extended = Countdown.at(new LegalClock.State(ContractStatus.EXTENDED, end.plusDays(30), "accepted"), end.plusDays(1).toInstant());
        assertThat(extended.phrase()).isEqualTo("Extended until 30 May: 29 days left before the contract expires");
    }
}
