package org.parley.costing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.costing.CostingModel;
import org.parley.costing.Costing;
import org.parley.costing.CostingYear;
import org.parley.costing.HealthPlan;
import org.parley.costing.Position;
import org.parley.costing.RateRounding;
import org.parley.costing.RollUpItem;
import org.parley.costing.ScheduleRate;
import org.parley.costing.Term;
import org.parley.costing.TermType;
import org.parley.platform.ParleyException;

/** The arithmetic, pinned to the public worked example and to every kind of term at its edges. */
class CostingCalculatorTest {

    static final LocalDate START = LocalDate.of(2026, 7, 1);

    static final List<RollUpItem> ROLL_UP = List.of(
            new RollUpItem("Social Security", new BigDecimal("6.20"), true),
            new RollUpItem("Medicare", new BigDecimal("1.45"), true),
            new RollUpItem("Pension", new BigDecimal("6.00"), false),
            new RollUpItem("Workers' compensation", new BigDecimal("1.50"), false),
            new RollUpItem("Unemployment insurance", new BigDecimal("1.50"), false),
            new RollUpItem("Other", new BigDecimal("0.50"), false));

    static CostingCalculator.Setup setup(List<Position> workforce, List<ScheduleRate> schedule, RateRounding rounding,
                                         List<RollUpItem> rollUp, List<HealthPlan> health) {
        return new CostingCalculator.Setup("Test model", CostingModel.contractYears(START, 3, null, null), rounding, rollUp,
                health, workforce, schedule, List.of("Headcount stays as it is."));
    }

    static Position salaried(String id, String amount) {
        return new Position(id, "All", null, null, new BigDecimal(amount), null, null, null, null, null);
    }

    static Position hourly(String id, String classification, Integer step, String rate, LocalDate anniversary) {
        return new Position(id, classification, step, rate == null ? null : new BigDecimal(rate), null, null, anniversary, null, null, null);
    }

    static BigDecimal m(String value) {
        return new BigDecimal(value);
    }

    static List<Term> threePercentThreeYears() {
        return List.of(Term.atb(START, "3"), Term.atb(START.plusYears(1), "3"), Term.atb(START.plusYears(2), "3"));
    }

    @Test
    void thePublicWorkedExample() {
        Costing costing = CostingCalculator.cost(setup(List.of(salaried("payroll", "1000000")), List.of(), RateRounding.NONE,
                ROLL_UP, List.of()), threePercentThreeYears());
        List<CostingYear> years = costing.years();
        assertThat(years).extracting(CostingYear::increment).containsExactly(m("30000.00"), m("30900.00"), m("31827.00"));
        assertThat(years).extracting(CostingYear::cumulative).containsExactly(m("30000.00"), m("60900.00"), m("92727.00"));
        assertThat(years).extracting(CostingYear::rollUp).containsExactly(m("5145.00"), m("10444.35"), m("15902.68"));
        assertThat(years).extracting(CostingYear::total).containsExactly(m("35145.00"), m("71344.35"), m("108629.68"));
        assertThat(years).extracting(CostingYear::wages).containsExactly(m("1030000.00"), m("1060900.00"), m("1092727.00"));
        assertThat(costing.wholeContract().increment()).isEqualByComparingTo("183627.00");
        assertThat(costing.wholeContract().rollUp()).isEqualByComparingTo("31492.03");
        assertThat(costing.wholeContract().total()).isEqualByComparingTo("215119.03");
        assertThat(costing.costOfOnePercent()).isEqualByComparingTo("11715.00");
        assertThat(costing.endRateLiftPercent()).isEqualByComparingTo("9.27");
        assertThat(costing.costPerMember()).isEqualByComparingTo("215119.03");
        assertThat(costing.assumptions()).anySatisfy(a -> assertThat(a).contains("17.15%"))
                .anySatisfy(a -> assertThat(a).contains("Headcount stays as it is."));
    }

    @Test
    void theSameExampleSpreadOverPeopleCostsTheSame() {
        List<Position> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(salaried("p" + i, "25000"));
        }
        Costing costing = CostingCalculator.cost(setup(people, List.of(), RateRounding.NONE, ROLL_UP, List.of()), threePercentThreeYears());
        assertThat(costing.years()).extracting(CostingYear::rollUp).containsExactly(m("5145.00"), m("10444.35"), m("15902.68"));
        assertThat(costing.headcount()).isEqualTo(40);
        assertThat(costing.costPerMember()).isEqualByComparingTo("5377.98");
    }

    @Test
    void noTermsCostNothing() {
        Costing costing = CostingCalculator.cost(setup(List.of(salaried("a", "50000")), List.of(), RateRounding.NONE, ROLL_UP, List.of()), List.of());
        assertThat(costing.years()).allSatisfy(y -> assertThat(y.total()).isEqualByComparingTo("0"));
        assertThat(costing.endRateLiftPercent()).isEqualByComparingTo("0");
    }

    @Test
    void aRaiseOnTheFirstDayOfAYearCountsTheWholeYearAndOnTheLastDayOneDayOfItsMonth() {
        var s = setup(List.of(salaried("a", "120000")), List.of(), RateRounding.NONE, List.of(), List.of());
        Costing first = CostingCalculator.cost(s, List.of(Term.atb(START.plusYears(1), "10")));
        assertThat(first.years().get(0).cumulative()).isEqualByComparingTo("0");
        assertThat(first.years().get(1).cumulative()).isEqualByComparingTo("12000.00");
        // effective on the last day of year 1 (30 June 2027): one day of June's 30, in a twelfth of a year
        Costing last = CostingCalculator.cost(s, List.of(Term.atb(START.plusYears(1).minusDays(1), "10")));
        assertThat(last.years().get(0).cumulative()).isEqualByComparingTo("33.33"); // 12000 × (1/30)/12
        assertThat(last.years().get(1).cumulative()).isEqualByComparingTo("12000.00");
        assertThat(last.years().get(1).increment()).isEqualByComparingTo("11966.67");
    }

    @Test
    void aRaiseEffectiveHalfWayThroughAYearCostsHalfThatYear() {
        var s = setup(List.of(salaried("a", "100000")), List.of(), RateRounding.NONE, List.of(), List.of());
        Costing costing = CostingCalculator.cost(s, List.of(Term.atb(LocalDate.of(2027, 1, 1), "4")));
        assertThat(costing.years().get(0).cumulative()).isEqualByComparingTo("2000.00");
        assertThat(costing.years().get(1).increment()).isEqualByComparingTo("2000.00");
        assertThat(costing.years().get(1).cumulative()).isEqualByComparingTo("4000.00");
    }

    @Test
    void partialFirstAndLastYearsCompareWithTheBaseForTheSameMonths() {
        var s = new CostingCalculator.Setup("Partial", CostingModel.contractYears(LocalDate.of(2026, 10, 1), 3,
                LocalDate.of(2027, 6, 30), LocalDate.of(2028, 12, 31)), RateRounding.NONE, List.of(), List.of(),
                List.of(salaried("a", "120000")), List.of(), List.of());
        Costing costing = CostingCalculator.cost(s, List.of(Term.atb(LocalDate.of(2026, 10, 1), "5")));
        assertThat(costing.years()).extracting(CostingYear::fraction).extracting(BigDecimal::stripTrailingZeros)
                .containsExactly(m("0.75"), m("1"), m("0.5"));
        assertThat(costing.years()).extracting(CostingYear::wages).containsExactly(m("94500.00"), m("126000.00"), m("63000.00"));
        assertThat(costing.years()).extracting(CostingYear::cumulative).containsExactly(m("4500.00"), m("6000.00"), m("3000.00"));
        assertThat(costing.years()).extracting(CostingYear::increment).containsExactly(m("4500.00"), m("0.00"), m("0.00"));
    }

    @Test
    void centsPerHourAndRoundingToTheCentWhileCompoundingTheUnroundedRate() {
        List<Position> one = List.of(new Position("a", "RN", null, m("41.20"), null, m("2080"), null, null, null, null));
        List<Term> terms = List.of(Term.atb(START, "2.5"), Term.atb(START.plusYears(1), "2.5"));
        // 41.20 × 1.025 = 42.23 exactly; × 1.025 again = 43.28575 → 43.29 paid, the next year builds on 43.28575
        Costing rounded = CostingCalculator.cost(setup(one, List.of(), RateRounding.CENTS_HALF_UP, List.of(), List.of()), terms);
        assertThat(rounded.years().get(1).wages()).isEqualByComparingTo("90043.20"); // 43.29 × 2080
        Costing exact = CostingCalculator.cost(setup(one, List.of(), RateRounding.NONE, List.of(), List.of()), terms);
        assertThat(exact.years().get(1).wages()).isEqualByComparingTo("90034.36"); // 43.28575 × 2080
        Costing cents = CostingCalculator.cost(setup(one, List.of(), RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.CENTS_PER_HOUR, START).withCents("50"), Term.atb(START.plusYears(1), "10")));
        assertThat(cents.years().get(0).cumulative()).isEqualByComparingTo("1040.00"); // 0.50 × 2080
        assertThat(cents.years().get(1).wages()).isEqualByComparingTo("95409.60"); // (41.20 + 0.50) × 1.1 × 2080: the % compounds on the cents
    }

    static final List<ScheduleRate> SCHEDULE = List.of(new ScheduleRate("RN", 1, m("40.00")), new ScheduleRate("RN", 2, m("42.00")),
            new ScheduleRate("RN", 3, m("44.00")));

    @Test
    void stepsMoveOnEachAnniversaryInsideAPartialYearAndNeverAboveTheTop() {
        // anniversary 1 October: step 1 → 2 on 1 Oct 2026 (9 of 12 months of year 1 at step 2), → 3 on 1 Oct 2027, then top
        Position nurse = hourly("a", "RN", 1, null, LocalDate.of(2019, 10, 1));
        Costing costing = CostingCalculator.cost(setup(List.of(nurse), SCHEDULE, RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.STEP_MOVEMENT, START)));
        assertThat(costing.baseWages()).isEqualByComparingTo("83200.00");
        assertThat(costing.years().get(0).wages()).isEqualByComparingTo("86320.00"); // 3 months at 40, 9 at 42
        assertThat(costing.years().get(1).wages()).isEqualByComparingTo("90480.00"); // 3 at 42, 9 at 44
        assertThat(costing.years().get(2).wages()).isEqualByComparingTo("91520.00"); // top step all year
        Position atTop = hourly("b", "RN", 3, null, LocalDate.of(2019, 10, 1));
        Costing top = CostingCalculator.cost(setup(List.of(atTop), SCHEDULE, RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.STEP_MOVEMENT, START)));
        assertThat(top.years()).allSatisfy(y -> assertThat(y.total()).isEqualByComparingTo("0"));
        // a partial first year ending in December still moves the step on 1 October
        var partial = new CostingCalculator.Setup("Partial", CostingModel.contractYears(START, 2, LocalDate.of(2026, 12, 31), null),
                RateRounding.NONE, List.of(), List.of(), List.of(nurse), SCHEDULE, List.of());
        Costing inPartial = CostingCalculator.cost(partial, List.of(Term.of(TermType.STEP_MOVEMENT, START)));
        assertThat(inPartial.years().get(0).wages()).isEqualByComparingTo("42640.00"); // 3 months at 40, 3 at 42
    }

    @Test
    void anAnniversaryCostsTheSameWhateverYearItStartedAndTwentyNinthFebruaryIsKept() {
        List<Term> steps = List.of(Term.of(TermType.STEP_MOVEMENT, START));
        Costing old = CostingCalculator.cost(setup(List.of(hourly("a", "RN", 1, null, LocalDate.of(1999, 10, 1)),
                hourly("b", "RN", 1, null, LocalDate.of(2026, 10, 1))), SCHEDULE, RateRounding.NONE, List.of(), List.of()), steps);
        Costing recent = CostingCalculator.cost(setup(List.of(hourly("a", "RN", 1, null, LocalDate.of(2025, 10, 1)),
                hourly("b", "RN", 1, null, LocalDate.of(2026, 10, 1))), SCHEDULE, RateRounding.NONE, List.of(), List.of()), steps);
        assertThat(old.years()).isEqualTo(recent.years());
        assertThat(CostingCalculator.anniversaryBefore(LocalDate.of(1999, 10, 1), START)).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(CostingCalculator.anniversaryBefore(LocalDate.of(1999, 6, 30), START)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(CostingCalculator.anniversaryBefore(LocalDate.of(1999, 7, 1), START)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(CostingCalculator.anniversaryBefore(LocalDate.of(2004, 2, 29), START)).isEqualTo(LocalDate.of(2004, 2, 29));
        assertThat(CostingCalculator.anniversaryBefore(LocalDate.of(2027, 3, 1), START)).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aNewTopStepIsReachedOnTheNextAnniversary() {
        Position atTop = hourly("b", "RN", 3, null, LocalDate.of(2019, 10, 1));
        Costing costing = CostingCalculator.cost(setup(List.of(atTop), SCHEDULE, RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.STEP_MOVEMENT, START), Term.of(TermType.NEW_STEP, START).withPercent("5").forClassifications("RN")));
        // step 4 = 44 × 1.05 = 46.20 from 1 Oct 2026
        assertThat(costing.years().get(0).wages()).isEqualByComparingTo("94952.00"); // 3 × 44 + 9 × 46.20 months, × 2080 / 12
        assertThat(costing.endRateLiftPercent()).isEqualByComparingTo("5.00");
    }

    @Test
    void marketAdjustmentsReachOnlyTheNamedClassifications() {
        List<Position> two = List.of(new Position("a", "RN", null, m("40"), null, null, null, null, null, null),
                new Position("b", "Tech", null, m("30"), null, null, null, null, null, null));
        Costing costing = CostingCalculator.cost(setup(two, List.of(), RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.MARKET_ADJUSTMENT, START).withPercent("10").forClassifications("tech")));
        assertThat(costing.years().get(0).cumulative()).isEqualByComparingTo("6240.00"); // 3 × 2080, the RN unchanged
        assertThatThrownBy(() -> CostingCalculator.cost(setup(two, List.of(), RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.MARKET_ADJUSTMENT, START).withPercent("10"))))
                .isInstanceOf(ParleyException.class).hasMessageContaining("classifications");
    }

    @Test
    void oneTimePaymentsAreNotCompoundedAndCarryOnlyTheirPartOfTheRollUp() {
        List<Position> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(salaried("p" + i, "50000"));
        }
        Costing costing = CostingCalculator.cost(setup(ten, List.of(), RateRounding.NONE, ROLL_UP, List.of()),
                List.of(Term.of(TermType.LUMP_SUM, null).withAmount("1000").withDate(LocalDate.of(2027, 6, 30)),
                        Term.of(TermType.BONUS, null).withPercent("2").withDate(START.plusYears(2))));
        CostingYear first = costing.years().get(0);
        assertThat(first.oneTime()).isEqualByComparingTo("10000.00");
        assertThat(first.cumulative()).isEqualByComparingTo("10000.00");
        assertThat(first.rollUp()).isEqualByComparingTo("765.00"); // only 6.20 + 1.45
        CostingYear second = costing.years().get(1);
        assertThat(second.cumulative()).isEqualByComparingTo("0");
        assertThat(second.increment()).isEqualByComparingTo("-10000.00");
        assertThat(costing.years().get(2).oneTime()).isEqualByComparingTo("10000.00"); // 2% of 500,000 on its first day
        assertThat(costing.endRateLiftPercent()).isEqualByComparingTo("0");
    }

    @Test
    void twoTierSavesAsTurnoverBringsNewHiresOnTheLowerTier() {
        Costing costing = CostingCalculator.cost(setup(List.of(salaried("a", "1000000")), List.of(), RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.TWO_TIER, START).withPercent("10").withTurnover("10")));
        // 10% on the lower tier in year 1, 19% in year 2, 27.1% in year 3; each 10% lower
        assertThat(costing.years()).extracting(CostingYear::cumulative).containsExactly(m("-10000.00"), m("-19000.00"), m("-27100.00"));
        Costing none = CostingCalculator.cost(setup(List.of(salaried("a", "1000000")), List.of(), RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.TWO_TIER, START).withPercent("10").withTurnover("0")));
        assertThat(none.wholeContract().total()).isEqualByComparingTo("0");
    }

    @Test
    void differentialsAreOnDifferentialHoursAndPercentDifferentialsGrowWithTheRate() {
        Position night = new Position("a", "RN", null, m("40"), null, null, null, null, m("1000"), null);
        Costing cents = CostingCalculator.cost(setup(List.of(night), List.of(), RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.DIFFERENTIAL, START).withCents("150")));
        assertThat(cents.years()).allSatisfy(y -> assertThat(y.cumulative()).isEqualByComparingTo("1500.00"));
        Costing percent = CostingCalculator.cost(setup(List.of(night), List.of(), RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.DIFFERENTIAL, START).withPercent("10"), Term.atb(START.plusYears(1), "10")));
        assertThat(percent.years().get(0).cumulative()).isEqualByComparingTo("4000.00");
        assertThat(percent.years().get(1).cumulative()).isEqualByComparingTo("12720.00"); // 8,320 raise + 4,400 differential
    }

    @Test
    void longevityStartsOnTheDayThePersonReachesTheYears() {
        Position veteran = new Position("a", "RN", null, m("40"), null, null, null, LocalDate.of(2007, 1, 1), null, null);
        Costing costing = CostingCalculator.cost(setup(List.of(veteran), List.of(), RateRounding.NONE, List.of(), List.of()),
                List.of(Term.of(TermType.LONGEVITY, START).withPercent("5").withYears(20)));
        assertThat(costing.years().get(0).cumulative()).isEqualByComparingTo("2080.00"); // from 1 Jan 2027: half a year of 4,160
        assertThat(costing.years().get(1).cumulative()).isEqualByComparingTo("4160.00");
    }

    @Test
    void theEmployersHealthShareIsABenefitOutsideTheRollUp() {
        List<HealthPlan> plans = List.of(new HealthPlan("FAMILY", m("2000"), m("80")));
        Position family = new Position("a", "RN", null, m("40"), null, null, null, null, null, "family");
        Costing costing = CostingCalculator.cost(setup(List.of(family), List.of(), RateRounding.NONE, ROLL_UP, plans),
                List.of(Term.of(TermType.HEALTH_PREMIUM, START.plusYears(1)).withHealth("FAMILY", "2100", "85")));
        assertThat(costing.years().get(0).benefits()).isEqualByComparingTo("0");
        assertThat(costing.years().get(1).benefits()).isEqualByComparingTo("2220.00"); // (1785 − 1600) × 12
        assertThat(costing.years().get(1).rollUp()).isEqualByComparingTo("0");
        assertThat(costing.years().get(1).total()).isEqualByComparingTo("2220.00");
    }

    @Test
    void termsAreCheckedWithMessagesThatNameThem() {
        var s = setup(List.of(salaried("a", "1")), List.of(), RateRounding.NONE, List.of(), List.of());
        assertThatThrownBy(() -> CostingCalculator.cost(s, List.of(Term.of(TermType.ATB_PERCENT, null).withPercent("3"))))
                .hasMessageContaining("Term 1").hasMessageContaining("effective date");
        assertThatThrownBy(() -> CostingCalculator.cost(s, List.of(Term.atb(START, "300"))))
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> CostingCalculator.cost(s, List.of(Term.of(TermType.TWO_TIER, START).withPercent("10"))))
                .hasMessageContaining("turnover");
    }

    @Test
    void shareOfAYearCountsMonthsThenDays() {
        assertThat(YearFraction.of(START, START, LocalDate.of(2027, 1, 1))).isEqualByComparingTo("0.5");
        assertThat(YearFraction.of(START, LocalDate.of(2026, 7, 16), LocalDate.of(2026, 8, 1))).isEqualByComparingTo(
                new BigDecimal("16").divide(new BigDecimal("372"), 10, java.math.RoundingMode.HALF_EVEN));
    }
}
