package org.parley.session.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.platform.ParleyException;
import org.parley.session.IntervalKind;
import org.parley.session.LedgerInterval;

class LedgerRulesTest {

    static final LedgerInterval MORNING = new LedgerInterval(1, 1, IntervalKind.TABLE,
            Instant.parse("2026-03-03T09:00:00Z"), Instant.parse("2026-03-03T10:00:00Z"), false);
    static final LedgerInterval CAUCUS = new LedgerInterval(2, 1, IntervalKind.LABOR_CAUCUS,
            Instant.parse("2026-03-03T10:00:00Z"), null, false);

    @Test
    void theNextIntervalMustStartAfterTheRunningOne() {
        LedgerRules rules = new LedgerRules(List.of(MORNING, CAUCUS));
        assertThatThrownBy(() -> rules.checkStart(IntervalKind.TABLE, Instant.parse("2026-03-03T09:59:00Z")))
                .isInstanceOf(ParleyException.class);
        assertThatThrownBy(() -> rules.checkStart(IntervalKind.TABLE, Instant.parse("2026-03-03T10:00:00Z")))
                .isInstanceOf(ParleyException.class);
        assertThatCode(() -> rules.checkStart(IntervalKind.TABLE, Instant.parse("2026-03-03T10:01:00Z"))).doesNotThrowAnyException();
    }

    @Test
    void afterTheEndOfDayANewIntervalCannotReachBack() {
        LedgerRules rules = new LedgerRules(List.of(MORNING));
        assertThatThrownBy(() -> rules.checkStart(IntervalKind.TABLE, Instant.parse("2026-03-03T09:30:00Z")))
                .hasMessageContaining("overlap");
        assertThatCode(() -> rules.checkStart(IntervalKind.TABLE, Instant.parse("2026-03-04T09:00:00Z"))).doesNotThrowAnyException();
    }

    @Test
    void endingNeedsARunningInterval() {
        assertThatThrownBy(() -> new LedgerRules(List.of(MORNING)).checkStart(IntervalKind.END, Instant.parse("2026-03-03T11:00:00Z")))
                .isInstanceOf(ParleyException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ParleyException) e).kind()).isEqualTo(ParleyException.Kind.CONFLICT));
    }

    @Test
    void aCorrectionMayNotOverlapItsNeighbours() {
        LedgerRules rules = new LedgerRules(List.of(MORNING, CAUCUS));
        assertThatThrownBy(() -> rules.checkCorrection(1, IntervalKind.TABLE, Instant.parse("2026-03-03T09:00:00Z"),
                Instant.parse("2026-03-03T10:30:00Z"))).hasMessageContaining("overlap");
        assertThatCode(() -> rules.checkCorrection(1, IntervalKind.TABLE, Instant.parse("2026-03-03T09:15:00Z"),
                Instant.parse("2026-03-03T10:00:00Z"))).doesNotThrowAnyException();
    }

    @Test
    void aCorrectionMayNotRunBackwards() {
        LedgerRules rules = new LedgerRules(List.of(MORNING, CAUCUS));
        assertThatThrownBy(() -> rules.checkCorrection(1, IntervalKind.TABLE, Instant.parse("2026-03-03T09:30:00Z"),
                Instant.parse("2026-03-03T09:00:00Z"))).hasMessageContaining("end after it starts");
    }

    @Test
    void onlyTheLastIntervalMayBeLeftRunning() {
        LedgerRules rules = new LedgerRules(List.of(MORNING, CAUCUS));
        assertThatThrownBy(() -> rules.checkCorrection(1, IntervalKind.TABLE, Instant.parse("2026-03-03T09:00:00Z"), null))
                .isInstanceOf(ParleyException.class);
    }
}
