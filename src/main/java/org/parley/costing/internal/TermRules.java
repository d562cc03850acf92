package org.parley.costing.internal;

import java.math.BigDecimal;
import java.util.List;
import org.parley.costing.Term;
import org.parley.platform.ParleyException;

/** What each kind of term needs, checked before anything is saved or costed; messages name the term. */
final class TermRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TermRules() {
    }

    static void check(List<Term> terms) {
        if (terms == null) {
            throw ParleyException.invalid("The terms are required (an empty list states none).");
        }
        if (terms.size() > 200) {
            throw ParleyException.invalid("At most 200 terms; " + terms.size() + " were given.");
        }
        for (int i = 0; i < terms.size(); i++) {
            check(terms.get(i), "Term " + (i + 1));
        }
    }

    private static void check(Term term, String name) {
        if (term == null || term.type() == null) {
            throw ParleyException.invalid(name + " needs a type (ATB_PERCENT, CENTS_PER_HOUR, MARKET_ADJUSTMENT, STEP_MOVEMENT, "
                    + "NEW_STEP, TWO_TIER, LUMP_SUM, BONUS, DIFFERENTIAL, LONGEVITY or HEALTH_PREMIUM).");
        }
        String what = name + " (" + term.type().label().toLowerCase() + ")";
        if (term.on() == null) {
            throw ParleyException.invalid(what + " needs " + (term.type().oneTime() ? "the date it is paid" : "an effective date") + ".");
        }
        switch (term.type()) {
            case ATB_PERCENT, NEW_STEP -> percent(term.percent(), what, false);
            case CENTS_PER_HOUR -> cents(term.cents(), what);
            case MARKET_ADJUSTMENT -> {
                if (term.classifications().isEmpty()) {
                    throw ParleyException.invalid(what + " names the classifications it applies to.");
                }
                percentOrCents(term, what);
            }
            case DIFFERENTIAL, LONGEVITY -> {
                percentOrCents(term, what);
                if (term.type() == org.parley.costing.TermType.LONGEVITY && (term.years() == null || term.years() < 1 || term.years() > 60)) {
                    throw ParleyException.invalid(what + " needs the years of service it starts at (1 to 60).");
                }
            }
            case TWO_TIER -> {
                percent(term.percent(), what, true);
                if (term.turnoverPercent() == null || term.turnoverPercent().signum() < 0 || term.turnoverPercent().compareTo(HUNDRED) > 0) {
                    throw ParleyException.invalid(what + " needs a turnover assumption between 0 and 100 percent a year.");
                }
            }
            case LUMP_SUM -> {
                if (term.amount() == null || term.amount().signum() < 0 || term.amount().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                    throw ParleyException.invalid(what + " needs an amount per person between 0 and 1,000,000.");
                }
            }
            case BONUS -> percent(term.percent(), what, true);
            case HEALTH_PREMIUM -> {
                if (term.tier() == null || term.tier().isBlank()) {
                    throw ParleyException.invalid(what + " names the health plan tier.");
                }
                if (term.monthlyPremium() == null || term.monthlyPremium().signum() < 0) {
                    throw ParleyException.invalid(what + " needs the monthly premium (0 or more).");
                }
                percent(term.employerPercent(), what + "'s employer share", true);
            }
            case STEP_MOVEMENT -> {
            }
        }
    }

    private static void percentOrCents(Term term, String what) {
        if ((term.percent() == null) == (term.cents() == null)) {
            throw ParleyException.invalid(what + " gives either a percent or cents per hour, not both or neither.");
        }
        if (term.percent() != null) {
            percent(term.percent(), what, false);
        } else {
            cents(term.cents(), what);
        }
    }

    private static void percent(BigDecimal percent, String what, boolean share) {
        if (percent == null) {
            throw ParleyException.invalid(what + " needs a percent.");
        }
        BigDecimal low = share ? BigDecimal.ZERO : BigDecimal.valueOf(-50);
        if (percent.compareTo(low) < 0 || percent.compareTo(HUNDRED) > 0) {
            throw ParleyException.invalid(what + ": " + percent.toPlainString() + "% is outside " + low + " to 100.");
        }
    }

    private static void cents(BigDecimal cents, String what) {
        if (cents == null) {
            throw ParleyException.invalid(what + " needs cents per hour.");
        }
        if (cents.abs().compareTo(BigDecimal.valueOf(10_000)) > 0) {
            throw ParleyException.invalid(what + ": " + cents.toPlainString() + " cents an hour is beyond $100 an hour.");
        }
    }
}
