package org.parley.costing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.costing.ContractYear;
import org.parley.costing.Costing;
import org.parley.costing.CostingYear;
import org.parley.costing.HealthPlan;
import org.parley.costing.Position;
import org.parley.costing.RateRounding;
import org.parley.costing.RollUpItem;
import org.parley.costing.ScheduleRate;
import org.parley.costing.Term;
import org.parley.costing.TermType;

/**
 * The arithmetic of a costing, as costing guides teach it. Everything is exact decimals: a share of a
 * year that is not a whole number of twelfths keeps {@link YearFraction#SCALE} places; figures are
 * rounded half-up to the cent once, where they are reported, and the reported figures add up.
 *
 * <p>People with the same classification, step, rate, hours, dates and tier cost the same, so they are
 * costed once as a group and multiplied by their number. Each group's contract is cut into stretches at
 * every date something changes for it (a term, a step anniversary, a longevity date, a new-hire date, a
 * year's start); in each stretch the rate is the schedule's (or the person's own) rate with every rate
 * term in effect applied in date order, so increases compound. Each stretch becomes a {@link Line}; the
 * spreadsheet export writes the same lines with the same formulas, so it recalculates to the same cent.
 */
final class CostingCalculator {

    static final BigDecimal DEFAULT_HOURS = BigDecimal.valueOf(2080);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** Everything a costing reads from a model. */
    record Setup(String modelName, List<ContractYear> years, RateRounding rounding, List<RollUpItem> rollUp,
                 List<HealthPlan> healthPlans, List<Position> workforce, List<ScheduleRate> schedule, List<String> notes) {
    }

    enum Kind {
        /** Base-year (year 0) or contract-year wages at the rate in effect. */
        WAGES,
        DIFFERENTIAL,
        ONE_TIME,
        HEALTH,
        /** The annual payroll at the rates of the contract's last day, for the end-rate lift. */
        END_RATE
    }

    /**
     * One stretch of one group's pay: amount = paid rate × quantity × fraction × count × factor, where the
     * paid rate is the rate rounded as the model says. The formulas name cells of the export's sheets.
     */
    record Line(int year, String who, int count, Kind kind, LocalDate from, LocalDate to, BigDecimal fraction,
                BigDecimal quantity, BigDecimal rate, String rateFormula, boolean roundRate, BigDecimal factor,
                String factorFormula, BigDecimal amount) {
    }

    /** Receives the lines when an export needs them; costing alone passes none. */
    interface Lines {
        void add(Line line);
    }

    /** Cell names of the export, so that the formulas and the sheets agree. */
    static String termCell(String column, int termIndex) {
        return "Terms!$" + column + "$" + (termIndex + 2);
    }

    static String scheduleCell(int scheduleIndex) {
        return "Schedule!$C$" + (scheduleIndex + 2);
    }

    private final Setup setup;
    private final List<Term> terms;
    private final Lines lines;
    private final boolean round;
    private final Map<String, TreeMap<Integer, Integer>> schedule = new HashMap<>();
    private final Map<String, Integer> topSteps = new HashMap<>();
    /** Rate terms (percent and cents) in date order, with their index in the term list. */
    private final List<Integer> rateTerms = new ArrayList<>();
    private final List<Integer> newSteps = new ArrayList<>();
    private final List<Integer> differentials = new ArrayList<>();
    private final List<Integer> longevity = new ArrayList<>();
    private final List<Integer> health = new ArrayList<>();
    private final List<Integer> oneTime = new ArrayList<>();
    private final Integer stepMovement;
    private final Integer twoTier;
    private final LocalDate contractStart;
    private final LocalDate contractEnd;
    private final Map<RateKey, Rate> rates = new HashMap<>();
    private int withoutSchedule;
    /** People with a step the schedule does not have and no rate of their own: left out, and said so. */
    private int unpriced;

    /**
     * A rate and its formula. Rates are made once per classification, step and terms in effect and kept, so
     * equality is identity: the wage sums below are keyed by the very rate object.
     */
    private static final class Rate {
        private final BigDecimal value;
        private final String formula;

        Rate(BigDecimal value, String formula) {
            this.value = value;
            this.formula = formula;
        }

        BigDecimal value() {
            return value;
        }

        String formula() {
            return formula;
        }
    }

    /**
     * Per year (0 is the base year), per rate: the sum of quantity × share of a year × count × factor of every
     * stretch paid at that rate. Multiplying each sum by its paid rate once gives exactly the sum of the
     * stretches' wages, with one multiplication per rate instead of one per person and stretch.
     */
    private final List<Map<Rate, BigDecimal>> wageShares = new ArrayList<>();
    private final Map<Rate, BigDecimal> endShares = new HashMap<>();
    private final Map<BigDecimal, java.util.IdentityHashMap<BigDecimal, BigDecimal>> quantityTimesFraction = new HashMap<>();

    private BigDecimal quantityTimesFraction(BigDecimal quantity, BigDecimal fraction) {
        return quantityTimesFraction.computeIfAbsent(quantity, q -> new java.util.IdentityHashMap<>())
                .computeIfAbsent(fraction, quantity::multiply);
    }

    private BigDecimal paidSum(Map<Rate, BigDecimal> shares) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Rate, BigDecimal> e : shares.entrySet()) {
            sum = sum.add(paid(e.getKey().value()).multiply(e.getValue()));
        }
        return sum;
    }

    private CostingCalculator(Setup setup, List<Term> terms, Lines lines) {
        this.setup = setup;
        this.terms = terms;
        this.lines = lines;
        this.round = setup.rounding() == RateRounding.CENTS_HALF_UP;
        for (int i = 0; i < setup.schedule().size(); i++) {
            ScheduleRate rate = setup.schedule().get(i);
            schedule.computeIfAbsent(key(rate.classification()), k -> new TreeMap<>()).put(rate.step(), i);
        }
        schedule.forEach((k, steps) -> topSteps.put(k, steps.lastKey()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> terms.get(i).on()).thenComparing(i -> i));
        Integer steps = null;
        Integer tier = null;
        for (int i : order) {
            switch (terms.get(i).type()) {
                case ATB_PERCENT, CENTS_PER_HOUR, MARKET_ADJUSTMENT -> rateTerms.add(i);
                case NEW_STEP -> newSteps.add(i);
                case DIFFERENTIAL -> differentials.add(i);
                case LONGEVITY -> longevity.add(i);
                case HEALTH_PREMIUM -> health.add(i);
                case LUMP_SUM, BONUS -> oneTime.add(i);
                case STEP_MOVEMENT -> steps = steps == null ? i : steps;
                case TWO_TIER -> tier = tier == null ? i : tier;
            }
        }
        this.stepMovement = steps;
        this.twoTier = tier;
        this.contractStart = setup.years().get(0).start();
        this.contractEnd = setup.years().get(setup.years().size() - 1).end();
    }

    static Costing cost(Setup setup, List<Term> terms) {
        return cost(setup, terms, null);
    }

    static Costing cost(Setup setup, List<Term> terms, Lines lines) {
        TermRules.check(terms);
        return new CostingCalculator(setup, terms, lines).run();
    }

    /**
     * One person's paid rate today (before any term) and on each of the given days under the terms: what a
     * member's own view shows. Null when the schedule has no rate for them.
     */
    static List<BigDecimal> ratesOf(Setup setup, List<Term> terms, Position person, List<LocalDate> days) {
        TermRules.check(terms);
        CostingCalculator calculator = new CostingCalculator(setup, terms, null);
        Rate base = calculator.baseRate(person, person.step());
        if (base.value() == null) {
            return null;
        }
        List<BigDecimal> rates = new ArrayList<>();
        rates.add(cents(calculator.paid(base.value())));
        for (LocalDate day : days) {
            rates.add(cents(calculator.paid(calculator.rateAt(person, day).value())));
        }
        return rates;
    }

    // ---- sums per year, exact until reported ----

    private static final class Year {
        BigDecimal wages = BigDecimal.ZERO;
        BigDecimal oneTime = BigDecimal.ZERO;
        BigDecimal health = BigDecimal.ZERO;
    }

    private Costing run() {
        List<ContractYear> years = setup.years();
        Year[] sums = new Year[years.size() + 1];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = new Year();
        }
        for (int i = 0; i < sums.length; i++) {
            wageShares.add(new HashMap<>());
        }
        int headcount = 0;
        for (Map.Entry<Position, Integer> group : groups(setup.workforce()).entrySet()) {
            if (baseRate(group.getKey(), group.getKey().step()).value() == null) {
                unpriced += group.getValue();
                continue;
            }
            headcount += group.getValue();
            costGroup(group.getKey(), group.getValue(), sums);
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i].wages = sums[i].wages.add(paidSum(wageShares.get(i)));
        }
        BigDecimal endPayroll = paidSum(endShares);
        return report(years, sums, endPayroll, headcount);
    }

    /**
     * People who cost the same under these terms: everything but their ID is equal, once what the terms cannot
     * see is set aside (a hire date without a longevity term, differential hours without a differential, a
     * health tier without a plan or term) and a step anniversary is moved to its last occurrence before step
     * movement starts (the anniversaries that count stay the same, so the figures do too).
     */
    private Map<Position, Integer> groups(List<Position> workforce) {
        boolean hireDates = !longevity.isEmpty();
        boolean differentialHours = !differentials.isEmpty();
        boolean tiers = !health.isEmpty() || !setup.healthPlans().isEmpty();
        LocalDate movement = stepMovement == null ? null : terms.get(stepMovement).on();
        Map<Position, Integer> groups = new LinkedHashMap<>();
        for (Position p : workforce) {
            Position key = new Position("", p.classification(), p.step(), p.hourlyRate(), p.annualSalary(), p.annualHours(),
                    anniversaryBefore(p.stepAnniversary(), movement), hireDates ? p.hireDate() : null,
                    differentialHours ? p.differentialHours() : null, tiers ? p.healthTier() : null);
            groups.merge(key, 1, Integer::sum);
        }
        return groups;
    }

    /** The last anniversary before step movement starts (none without step movement); 29 February is kept as it is. */
    static LocalDate anniversaryBefore(LocalDate anniversary, LocalDate movement) {
        if (anniversary == null || movement == null) {
            return null;
        }
        if (!anniversary.isBefore(movement) || (anniversary.getMonthValue() == 2 && anniversary.getDayOfMonth() == 29)) {
            return anniversary;
        }
        int years = movement.getYear() - anniversary.getYear();
        while (!anniversary.plusYears(years).isBefore(movement)) {
            years--;
        }
        return anniversary.plusYears(years);
    }

    /** Costs one group into the year sums and the rates of the last day. */
    private void costGroup(Position p, int count, Year[] sums) {
        String who = lines == null ? "" : p.classification() + (p.step() == null ? "" : " step " + p.step());
        BigDecimal quantity = p.salaried() ? BigDecimal.ONE : hours(p);
        BigDecimal countValue = BigDecimal.valueOf(count);
        boolean scheduled = p.step() != null && scheduleIndex(p.classification(), p.step()) != null;
        if (!scheduled) {
            withoutSchedule += count;
        }
        // the base year: today's rate, no term (kept like every other rate, so equal rates share one sum)
        boolean onSchedule = p.step() != null && schedule.containsKey(key(p.classification()));
        Rate base = rates.computeIfAbsent(new RateKey(key(p.classification()), onSchedule ? p.step() : null,
                onSchedule ? null : p.salaried() ? p.annualSalary() : p.hourlyRate(), p.salaried(), hours(p), -1, 0), k -> baseRate(p, p.step()));
        BigDecimal baseShare = times(quantity, countValue);
        wageShares.get(0).merge(base, baseShare, BigDecimal::add);
        BigDecimal baseWages = lines == null ? null : paid(base.value()).multiply(baseShare);
        line(0, who, count, Kind.WAGES, contractStart, contractStart.plusYears(1), BigDecimal.ONE, quantity, base, BigDecimal.ONE, null, baseWages);
        HealthPlan baseline = baseline(p.healthTier());
        if (baseline != null) {
            BigDecimal amount = monthlyShare(baseline.monthlyPremium(), baseline.employerPercent()).multiply(TWELVE).multiply(countValue);
            sums[0].health = sums[0].health.add(amount);
            line(0, who, count, Kind.HEALTH, contractStart, contractStart.plusYears(1), BigDecimal.ONE, TWELVE,
                    new Rate(monthlyShare(baseline.monthlyPremium(), baseline.employerPercent()), baselineFormula(p.healthTier())),
                    BigDecimal.ONE, null, amount, false);
        }
        TreeSet<LocalDate> changes = changeDates(p);
        for (ContractYear year : setup.years()) {
            Year sum = sums[year.number()];
            LocalDate yearEnd = year.end().plusDays(1);
            List<LocalDate> cuts = new ArrayList<>();
            cuts.add(year.start());
            cuts.addAll(changes.subSet(year.start(), false, yearEnd, false));
            cuts.add(yearEnd);
            for (int c = 0; c + 1 < cuts.size(); c++) {
                LocalDate from = cuts.get(c);
                LocalDate to = cuts.get(c + 1);
                BigDecimal fraction = fraction(year.start(), from, to);
                Rate rate = rateAt(p, from);
                BigDecimal[] factor = tierFactor(from);
                BigDecimal share = times(times(quantityTimesFraction(quantity, fraction), countValue), factor[0]);
                wageShares.get(year.number()).merge(rate, share, BigDecimal::add);
                BigDecimal wages = lines == null ? null : paid(rate.value()).multiply(share);
                line(year.number(), who, count, Kind.WAGES, from, to, fraction, quantity, rate, factor[0], factor[1] == null ? null : tierFormula(from), wages);
                costDifferentials(p, who, count, year, from, to, fraction, rate, sum);
                costHealth(p, who, count, year, from, to, fraction, sum);
            }
            costOneTime(p, who, count, quantity, year, sum);
        }
        Rate end = rateAt(p, contractEnd);
        endShares.merge(end, baseShare, BigDecimal::add);
        line(setup.years().size(), who, count, Kind.END_RATE, contractEnd, contractEnd.plusDays(1), BigDecimal.ONE, quantity, end,
                BigDecimal.ONE, null, lines == null ? null : paid(end.value()).multiply(baseShare));
    }

    private void costDifferentials(Position p, String who, int count, ContractYear year, LocalDate from, LocalDate to,
                                   BigDecimal fraction, Rate rate, Year sum) {
        BigDecimal hours = p.differentialHours();
        if (hours == null || hours.signum() == 0) {
            return;
        }
        for (int i : differentials) {
            Term term = terms.get(i);
            if (term.on().isAfter(from) || !term.appliesTo(p.classification())) {
                continue;
            }
            Rate perHour = term.cents() != null
                    ? new Rate(term.cents().divide(HUNDRED), termCell("D", i) + "/100")
                    : new Rate(paid(rate.value()).multiply(term.percent()).divide(HUNDRED),
                    rounded(rate.formula()) + "*" + termCell("C", i) + "/100");
            BigDecimal amount = perHour.value().multiply(hours).multiply(fraction).multiply(BigDecimal.valueOf(count));
            sum.wages = sum.wages.add(amount);
            line(year.number(), who + " (" + Objects.requireNonNullElse(term.name(), "differential") + ")", count, Kind.DIFFERENTIAL,
                    from, to, fraction, hours, new Rate(perHour.value(), perHour.formula()), BigDecimal.ONE, null, amount, false);
        }
    }

    private void costHealth(Position p, String who, int count, ContractYear year, LocalDate from, LocalDate to,
                            BigDecimal fraction, Year sum) {
        if (p.healthTier() == null) {
            return;
        }
        Integer latest = null;
        for (int i : health) {
            Term term = terms.get(i);
            if (!term.on().isAfter(from) && term.tier().equalsIgnoreCase(p.healthTier())) {
                latest = i;
            }
        }
        Rate monthly;
        if (latest != null) {
            Term term = terms.get(latest);
            monthly = new Rate(monthlyShare(term.monthlyPremium(), term.employerPercent()),
                    termCell("H", latest) + "*" + termCell("I", latest) + "/100");
        } else {
            HealthPlan plan = baseline(p.healthTier());
            if (plan == null) {
                return;
            }
            monthly = new Rate(monthlyShare(plan.monthlyPremium(), plan.employerPercent()), baselineFormula(p.healthTier()));
        }
        BigDecimal amount = monthly.value().multiply(TWELVE).multiply(fraction).multiply(BigDecimal.valueOf(count));
        sum.health = sum.health.add(amount);
        line(year.number(), who + " (health " + p.healthTier() + ")", count, Kind.HEALTH, from, to, fraction, TWELVE, monthly,
                BigDecimal.ONE, null, amount, false);
    }

    private void costOneTime(Position p, String who, int count, BigDecimal quantity, ContractYear year, Year sum) {
        for (int i : oneTime) {
            Term term = terms.get(i);
            if (term.on().isBefore(year.start()) || term.on().isAfter(year.end()) || !term.appliesTo(p.classification())) {
                continue;
            }
            Rate each;
            BigDecimal perQuantity;
            if (term.type() == TermType.LUMP_SUM) {
                each = new Rate(term.amount(), termCell("E", i));
                perQuantity = BigDecimal.ONE;
            } else {
                Rate rate = rateAt(p, term.on());
                each = new Rate(paid(rate.value()).multiply(term.percent()).divide(HUNDRED), rounded(rate.formula()) + "*" + termCell("C", i) + "/100");
                perQuantity = quantity;
            }
            BigDecimal amount = each.value().multiply(perQuantity).multiply(BigDecimal.valueOf(count));
            sum.wages = sum.wages.add(amount);
            sum.oneTime = sum.oneTime.add(amount);
            line(year.number(), who + " (" + term.type().label().toLowerCase(Locale.ROOT) + ")", count, Kind.ONE_TIME, term.on(),
                    term.on().plusDays(1), BigDecimal.ONE, perQuantity, each, BigDecimal.ONE, null, amount, false);
        }
    }

    private record FractionKey(LocalDate yearStart, LocalDate from, LocalDate to) {
    }

    /** Shares of a year repeat across people (the same term dates, anniversaries on the same days): computed once each. */
    private final Map<FractionKey, BigDecimal> fractions = new HashMap<>();

    private BigDecimal fraction(LocalDate yearStart, LocalDate from, LocalDate to) {
        return fractions.computeIfAbsent(new FractionKey(yearStart, from, to), k -> YearFraction.of(k.yearStart(), k.from(), k.to()));
    }

    // ---- rates ----

    private BigDecimal hours(Position p) {
        return p.annualHours() == null ? DEFAULT_HOURS : p.annualHours();
    }

    private BigDecimal paid(BigDecimal rate) {
        return round ? rate.setScale(2, RoundingMode.HALF_UP) : rate;
    }

    private String rounded(String formula) {
        return round ? "ROUND(" + formula + ",2)" : "(" + formula + ")";
    }

    private static String key(String classification) {
        return classification == null ? "" : classification.strip().toLowerCase(Locale.ROOT);
    }

    private Integer scheduleIndex(String classification, int step) {
        TreeMap<Integer, Integer> steps = schedule.get(key(classification));
        return steps == null ? null : steps.get(step);
    }

    /** The highest step of a classification's schedule on a day, counting new top steps in effect. */
    private int topStep(String classification, LocalDate day) {
        TreeMap<Integer, Integer> steps = schedule.get(key(classification));
        if (steps == null) {
            return Integer.MAX_VALUE;
        }
        int top = steps.lastKey();
        for (int i : newSteps) {
            if (!terms.get(i).on().isAfter(day) && terms.get(i).appliesTo(classification)) {
                top++;
            }
        }
        return top;
    }

    /** The rate before any term: the schedule's at the step (new top steps built on the one below), or the person's own. */
    private Rate baseRate(Position p, Integer step) {
        if (step != null && schedule.containsKey(key(p.classification()))) {
            TreeMap<Integer, Integer> steps = schedule.get(key(p.classification()));
            Integer index = steps.get(step);
            if (index != null) {
                return new Rate(setup.schedule().get(index).hourlyRate(), scheduleCell(index));
            }
            if (step > steps.lastKey()) {
                // a new top step: the one below it raised by its term's percent
                int k = step - steps.lastKey();
                int seen = 0;
                for (int i : newSteps) {
                    if (terms.get(i).appliesTo(p.classification()) && ++seen == k) {
                        Rate below = baseRate(p, step - 1);
                        return new Rate(below.value().multiply(BigDecimal.ONE.add(terms.get(i).percent().divide(HUNDRED))),
                                "(" + below.formula() + ")*(1+" + termCell("C", i) + "/100)");
                    }
                }
            }
        }
        BigDecimal own = p.salaried() ? p.annualSalary() : p.hourlyRate();
        return new Rate(own, own == null ? null : own.toPlainString());
    }

    /** The step on a day: one more on each anniversary from the step-movement term, never above the top step. */
    private Integer stepAt(Position p, LocalDate day) {
        Integer step = p.step();
        if (step == null || stepMovement == null || p.stepAnniversary() == null || !schedule.containsKey(key(p.classification()))) {
            return step;
        }
        LocalDate from = terms.get(stepMovement).on();
        LocalDate anniversary = p.stepAnniversary();
        int years = Math.max(0, from.getYear() - anniversary.getYear() - 1);
        int result = step;
        for (LocalDate a = anniversary.plusYears(years); !a.isAfter(day); a = anniversary.plusYears(++years)) {
            if (!a.isBefore(from)) {
                result = Math.min(result + 1, Math.max(result, newSteps.isEmpty() ? topSteps.get(key(p.classification())) : topStep(p.classification(), a)));
            }
        }
        return result;
    }

    /** Anniversaries of {@code date} from {@code from} to {@code to}, both inclusive. */
    private static List<LocalDate> anniversaries(LocalDate date, LocalDate from, LocalDate to) {
        List<LocalDate> list = new ArrayList<>();
        int years = Math.max(0, from.getYear() - date.getYear() - 1);
        for (LocalDate a = date.plusYears(years); !a.isAfter(to); a = date.plusYears(++years)) {
            if (!a.isBefore(from)) {
                list.add(a);
            }
        }
        return list;
    }

    private record RateKey(String classification, Integer step, BigDecimal own, boolean salaried, BigDecimal hours, int applied,
                           long longevity) {
    }

    /** The rate on a day: the base rate at the day's step with every rate term in effect applied in date order, then longevity. */
    private Rate rateAt(Position p, LocalDate day) {
        Integer step = stepAt(p, day);
        int applied = 0;
        while (applied < rateTerms.size() && !terms.get(rateTerms.get(applied)).on().isAfter(day)) {
            applied++;
        }
        long longevityMask = 0;
        for (int n = 0; n < longevity.size() && n < 63; n++) {
            if (qualifiesForLongevity(p, terms.get(longevity.get(n)), day)) {
                longevityMask |= 1L << n;
            }
        }
        boolean scheduled = step != null && schedule.containsKey(key(p.classification()));
        RateKey cacheKey = new RateKey(key(p.classification()), scheduled ? step : null,
                scheduled ? null : p.salaried() ? p.annualSalary() : p.hourlyRate(), p.salaried(), hours(p), applied, longevityMask);
        Rate cached = rates.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        Rate base = baseRate(p, step);
        BigDecimal value = base.value();
        String formula = base.formula();
        for (int n = 0; n < applied; n++) {
            int i = rateTerms.get(n);
            Term term = terms.get(i);
            if (term.appliesTo(p.classification())) {
                Rate next = apply(p, term, i, value, formula);
                value = next.value();
                formula = next.formula();
            }
        }
        for (int n = 0; n < longevity.size(); n++) {
            if ((longevityMask & (1L << n)) != 0) {
                Rate next = apply(p, terms.get(longevity.get(n)), longevity.get(n), value, formula);
                value = next.value();
                formula = next.formula();
            }
        }
        Rate rate = new Rate(value, lines == null ? null : formula);
        rates.put(cacheKey, rate);
        return rate;
    }

    private Rate apply(Position p, Term term, int i, BigDecimal value, String formula) {
        if (term.percent() != null) {
            return new Rate(value.multiply(BigDecimal.ONE.add(term.percent().divide(HUNDRED))),
                    lines == null ? null : "(" + formula + ")*(1+" + termCell("C", i) + "/100)");
        }
        BigDecimal perHour = term.cents().divide(HUNDRED);
        BigDecimal add = p.salaried() ? perHour.multiply(hours(p)) : perHour;
        return new Rate(value.add(add), lines == null ? null
                : "(" + formula + ")+" + termCell("D", i) + "/100" + (p.salaried() ? "*" + hours(p).toPlainString() : ""));
    }

    private static boolean qualifiesForLongevity(Position p, Term term, LocalDate day) {
        return p.hireDate() != null && term.appliesTo(p.classification()) && !term.on().isAfter(day)
                && !p.hireDate().plusYears(term.years()).isAfter(day);
    }

    // ---- two-tier, health ----

    /** The new hires' share on a day: 1 − (1 − turnover)^n after n hiring dates (the effective date and its anniversaries). */
    private int hirings(LocalDate day) {
        if (twoTier == null) {
            return 0;
        }
        return anniversaries(terms.get(twoTier).on(), terms.get(twoTier).on(), day).size();
    }

    /** The factor on wages from the lower tier: 1 − share × cut; [factor, marker] with a null marker when it is 1. */
    private BigDecimal[] tierFactor(LocalDate day) {
        int n = hirings(day);
        if (n == 0) {
            return new BigDecimal[] {BigDecimal.ONE, null};
        }
        Term term = terms.get(twoTier);
        BigDecimal stay = BigDecimal.ONE.subtract(term.turnoverPercent().divide(HUNDRED)).pow(n);
        BigDecimal share = BigDecimal.ONE.subtract(stay);
        return new BigDecimal[] {BigDecimal.ONE.subtract(share.multiply(term.percent()).divide(HUNDRED)), BigDecimal.ONE};
    }

    private String tierFormula(LocalDate day) {
        return "1-(1-(1-" + termCell("J", twoTier) + "/100)^" + hirings(day) + ")*" + termCell("C", twoTier) + "/100";
    }

    private HealthPlan baseline(String tier) {
        if (tier == null) {
            return null;
        }
        return setup.healthPlans().stream().filter(h -> h.tier().equalsIgnoreCase(tier)).findFirst().orElse(null);
    }

    private String baselineFormula(String tier) {
        for (int i = 0; i < setup.healthPlans().size(); i++) {
            if (setup.healthPlans().get(i).tier().equalsIgnoreCase(tier)) {
                return "Model!$B$" + (HEALTH_ROW + i) + "*Model!$C$" + (HEALTH_ROW + i) + "/100";
            }
        }
        return "0";
    }

    /** The first row of the health plans on the export's Model sheet. */
    static final int HEALTH_ROW = 20;

    private static BigDecimal monthlyShare(BigDecimal premium, BigDecimal employerPercent) {
        return premium.multiply(employerPercent).divide(HUNDRED);
    }

    private TreeSet<LocalDate> termDates;

    /** The dates something changes for everyone (terms, new-hire dates), then this person's own (anniversaries, longevity). */
    private TreeSet<LocalDate> changeDates(Position p) {
        if (termDates == null) {
            termDates = new TreeSet<>();
            for (int i : rateTerms) {
                termDates.add(terms.get(i).on());
            }
            for (List<Integer> list : List.of(newSteps, differentials, health, longevity)) {
                list.forEach(i -> termDates.add(terms.get(i).on()));
            }
            if (twoTier != null) {
                termDates.addAll(anniversaries(terms.get(twoTier).on(), terms.get(twoTier).on(), contractEnd));
            }
        }
        TreeSet<LocalDate> dates = new TreeSet<>(termDates);
        for (int i : longevity) {
            if (p.hireDate() != null) {
                dates.add(p.hireDate().plusYears(terms.get(i).years()));
            }
        }
        if (stepMovement != null && p.stepAnniversary() != null && p.step() != null) {
            dates.addAll(anniversaries(p.stepAnniversary(), terms.get(stepMovement).on(), contractEnd));
        }
        return dates;
    }

    private void line(int year, String who, int count, Kind kind, LocalDate from, LocalDate to, BigDecimal fraction,
                      BigDecimal quantity, Rate rate, BigDecimal factor, String factorFormula, BigDecimal amount) {
        line(year, who, count, kind, from, to, fraction, quantity, rate, factor, factorFormula, amount, true);
    }

    private void line(int year, String who, int count, Kind kind, LocalDate from, LocalDate to, BigDecimal fraction,
                      BigDecimal quantity, Rate rate, BigDecimal factor, String factorFormula, BigDecimal amount, boolean roundRate) {
        if (lines != null) {
            lines.add(new Line(year, who, count, kind, from, to, fraction, quantity, rate.value(), rate.formula(),
                    roundRate && round, factor, factorFormula, amount));
        }
    }

    // ---- the report ----

    /** Multiplies, skipping the common factor 1 (one person, no lower tier): most of the work of a large workforce. */
    private static BigDecimal times(BigDecimal value, BigDecimal factor) {
        return factor.compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(factor);
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private Costing report(List<ContractYear> years, Year[] sums, BigDecimal endPayroll, int headcount) {
        BigDecimal allRates = BigDecimal.ZERO;
        BigDecimal oneTimeRates = BigDecimal.ZERO;
        for (RollUpItem item : setup.rollUp()) {
            allRates = allRates.add(item.percent());
            if (item.onOneTimePayments()) {
                oneTimeRates = oneTimeRates.add(item.percent());
            }
        }
        BigDecimal baseExact = sums[0].wages;
        BigDecimal previousWages = null;
        BigDecimal previousFraction = BigDecimal.ONE;
        List<CostingYear> list = new ArrayList<>();
        BigDecimal[] whole = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (ContractYear year : years) {
            Year sum = sums[year.number()];
            BigDecimal fraction = YearFraction.of(year.start(), year.start(), year.end().plusDays(1));
            BigDecimal wages = cents(sum.wages);
            BigDecimal oneTimePaid = cents(sum.oneTime);
            BigDecimal base = cents(baseExact.multiply(fraction));
            BigDecimal cumulative = wages.subtract(base);
            BigDecimal before = previousWages == null ? base
                    : cents(previousWages.multiply(fraction).divide(previousFraction, YearFraction.SCALE, RoundingMode.HALF_EVEN));
            BigDecimal increment = wages.subtract(before);
            BigDecimal rollUp = cents(cumulative.subtract(oneTimePaid).multiply(allRates).add(oneTimePaid.multiply(oneTimeRates)).divide(HUNDRED));
            BigDecimal benefits = cents(sum.health).subtract(cents(sums[0].health.multiply(fraction)));
            BigDecimal total = cumulative.add(rollUp).add(benefits);
            list.add(new CostingYear(year.number(), year.start(), year.end(), fraction, wages, oneTimePaid, increment, cumulative,
                    rollUp, benefits, total));
            whole[0] = whole[0].add(wages);
            whole[1] = whole[1].add(cumulative);
            whole[2] = whole[2].add(rollUp);
            whole[3] = whole[3].add(benefits);
            whole[4] = whole[4].add(total);
            previousWages = wages;
            previousFraction = fraction;
        }
        BigDecimal costOfOnePercent = cents(baseExact.multiply(HUNDRED.add(allRates)).divide(BigDecimal.valueOf(10000)));
        BigDecimal lift = baseExact.signum() == 0 ? BigDecimal.ZERO
                : endPayroll.divide(baseExact, 12, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        BigDecimal perMember = headcount == 0 ? BigDecimal.ZERO.setScale(2) : whole[4].divide(BigDecimal.valueOf(headcount), 2, RoundingMode.HALF_UP);
        return new Costing(setup.modelName(), List.copyOf(list), new Costing.Totals(whole[0], whole[1], whole[2], whole[3], whole[4]),
                cents(baseExact), costOfOnePercent, lift, perMember, headcount,
                Assumptions.of(setup, terms, allRates, oneTimeRates, cents(baseExact), headcount, withoutSchedule, unpriced));
    }
}
