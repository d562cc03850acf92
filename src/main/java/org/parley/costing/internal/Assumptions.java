package org.parley.costing.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.costing.ContractYear;
import org.parley.costing.RateRounding;
import org.parley.costing.RollUpItem;
import org.parley.costing.Term;
import org.parley.costing.TermType;

/** What a costing rests on, in words, for every output: page, API, spreadsheet and PDF. */
final class Assumptions {

    private Assumptions() {
    }

    static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return (amount.signum() < 0 ? "−$" : "$") + format.format(amount.abs());
    }

    static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    static List<String> of(CostingCalculator.Setup setup, List<Term> terms, BigDecimal allRates, BigDecimal oneTimeRates,
                           BigDecimal baseWages, int headcount, int withoutSchedule, int unpriced) {
        List<String> list = new ArrayList<>();
        list.add("Model: " + setup.modelName() + ".");
        list.add("Contract years: " + setup.years().stream().map(Assumptions::year).collect(Collectors.joining("; ")) + ".");
        list.add("Workforce: " + headcount + " people; base annual payroll " + money(baseWages)
                + " (hourly positions at their annual hours, 2,080 where none is given; salaried positions at their salary).");
        if (unpriced > 0) {
            list.add(unpriced + " people have a step the salary schedule does not hold and no rate of their own: they are left out.");
        }
        list.add(setup.rounding() == RateRounding.CENTS_HALF_UP
                ? "Rates are rounded half-up to the cent where they are paid; compounding carries the unrounded rate."
                : "Rates are used exactly as computed, without rounding; figures are rounded half-up to the cent where reported.");
        list.add("Increases compound: each applies to the rate in effect, earlier increases included.");
        list.add("A term effective part-way through a year counts for the months it is in effect (whole months, and days as a share of their month).");
        list.add("Increment: a year's wages over the year before (at the same length of year); cumulative: over the base year; "
                + "the whole contract adds up the cumulative costs.");
        list.add("Roll-up: " + percent(allRates) + " on recurring wages ("
                + setup.rollUp().stream().map(r -> r.name() + " " + percent(r.percent()) + (r.onOneTimePayments() ? "*" : ""))
                .collect(Collectors.joining(", ")) + "); one-time payments carry only the items marked * (" + percent(oneTimeRates) + ").");
        list.add("Cost of 1%: 1% of the base payroll for a year, plus the whole roll-up.");
        if (!setup.healthPlans().isEmpty()) {
            list.add("Health premiums today (employer share): " + setup.healthPlans().stream()
                    .map(h -> h.tier() + " " + money(h.monthlyPremium()) + " a month, " + percent(h.employerPercent()))
                    .collect(Collectors.joining("; ")) + "; not subject to the roll-up.");
        }
        if (terms.isEmpty()) {
            list.add("Terms: none (the base year carried forward).");
        }
        for (Term term : terms) {
            list.add("Term: " + term.describe() + ".");
            if (term.type() == TermType.STEP_MOVEMENT) {
                list.add("Steps: each person moves one step on each step anniversary from " + term.on()
                        + ", never above the top step of the classification's schedule"
                        + (withoutSchedule > 0 ? "; " + withoutSchedule + " people without a schedule rate keep their own rate and do not move" : "") + ".");
            }
            if (term.type() == TermType.TWO_TIER) {
                list.add("Two-tier: " + percent(term.turnoverPercent()) + " of positions a year are filled by new hires on the lower tier, "
                        + "on " + term.on() + " and each anniversary of it; after n such dates 1 − (1 − turnover)^n of the workforce is on it.");
            }
        }
        for (String note : setup.notes()) {
            list.add("Model assumption: " + note);
        }
        return List.copyOf(list);
    }

    private static String year(ContractYear y) {
        return "year " + y.number() + " " + y.start() + " to " + y.end()
                + (y.end().plusDays(1).equals(y.start().plusYears(1)) ? "" : " (partial)");
    }
}
