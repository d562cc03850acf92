package org.parley.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-17T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anAccountIsHeldBackAfterFiveFailuresForTheRestOfTheWindow() {
        MovableClock clock = new MovableClock();
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("dana", "10.0.0." + i);
        }
        assertThat(throttle.waitBeforeTrying("dana", "10.0.0.9")).isZero();
        throttle.failed("Dana", "10.0.0.5");
        assertThat(throttle.waitBeforeTrying("dana", "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.waitBeforeTrying("dana", "10.0.0.9")).isZero();
    }

    @Test
    void anAddressIsHeldBackAfterTwentyFailuresWhateverTheUsernames() {
        SignInThrottle throttle = new SignInThrottle(new MovableClock());
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.waitBeforeTrying("someone-else", "192.0.2.7")).isPositive();
        assertThat(throttle.waitBeforeTrying("someone-else", "192.0.2.8")).isZero();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        SignInThrottle throttle = new SignInThrottle(new MovableClock());
        for (int i = 0; i < 4; i++) {
            throttle.failed("dana", "10.0.0.1");
        }
        throttle.succeeded("dana");
        throttle.failed("dana", "10.0.0.1");
        assertThat(throttle.waitBeforeTrying("dana", "10.0.0.1")).isZero();
    }
}
