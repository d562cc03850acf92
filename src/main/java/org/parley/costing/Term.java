package org.parley.costing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One economic term, as a proposal version or a scenario states it. Which fields a type uses is said on
 * {@link TermType}; the others stay null. One-time terms give a {@code date}, the others an
 * {@code effective} date (either name is accepted for either).
 *
 * @param classifications the classifications it applies to; empty or null means everyone
 */
public record Term(TermType type, LocalDate effective, LocalDate date, BigDecimal percent, BigDecimal cents,
                   BigDecimal amount, List<String> classifications, String name, Integer years, String tier,
                   BigDecimal monthlyPremium, BigDecimal employerPercent, BigDecimal turnoverPercent) {

    public Term {
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
    }

    /** The day it takes effect (or is paid, for one-time terms). */
    public LocalDate on() {
        return effective != null ? effective : date;
    }

    public boolean appliesTo(String classification) {
        return classifications.isEmpty() || classifications.stream().anyMatch(c -> c.equalsIgnoreCase(classification));
    }

    public static Term atb(LocalDate effective, String percent) {
        return new Term(TermType.ATB_PERCENT, effective, null, new BigDecimal(percent), null, null, null, null, null, null,
                null, null, null);
    }

    public static Term of(TermType type, LocalDate on) {
        return new Term(type, on, null, null, null, null, null, null, null, null, null, null, null);
    }

    public Term withPercent(String value) {
        return new Term(type, effective, date, new BigDecimal(value), cents, amount, classifications, name, years, tier,
                monthlyPremium, employerPercent, turnoverPercent);
    }

    public Term withCents(String value) {
        return new Term(type, effective, date, percent, new BigDecimal(value), amount, classifications, name, years, tier,
                monthlyPremium, employerPercent, turnoverPercent);
    }

    public Term withAmount(String value) {
        return new Term(type, effective, date, percent, cents, new BigDecimal(value), classifications, name, years, tier,
                monthlyPremium, employerPercent, turnoverPercent);
    }

    public Term withDate(java.time.LocalDate value) {
        return new Term(type, null, value, percent, cents, amount, classifications, name, years, tier, monthlyPremium,
                employerPercent, turnoverPercent);
    }

    public Term forClassifications(String... names) {
        return new Term(type, effective, date, percent, cents, amount, List.of(names), name, years, tier, monthlyPremium,
                employerPercent, turnoverPercent);
    }

    public Term withYears(int value) {
        return new Term(type, effective, date, percent, cents, amount, classifications, name, value, tier, monthlyPremium,
                employerPercent, turnoverPercent);
    }

    public Term withTurnover(String value) {
        return new Term(type, effective, date, percent, cents, amount, classifications, name, years, tier, monthlyPremium,
                employerPercent, new BigDecimal(value));
    }

    public Term withHealth(String tierName, String premium, String employerShare) {
        return new Term(type, effective, date, percent, cents, amount, classifications, name, years, tierName,
                new BigDecimal(premium), new BigDecimal(employerShare), turnoverPercent);
    }

    /** What it says, for a person: "3% across the board from 2026-07-01". */
    public String describe() {
        String who = classifications.isEmpty() ? "" : " for " + String.join(", ", classifications);
        String amountText = percent != null ? percent.stripTrailingZeros().toPlainString() + "%"
                : cents != null ? cents.stripTrailingZeros().toPlainString() + "¢ an hour"
                : amount != null ? "$" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " each" : "";
        String extra = switch (type) {
            case TWO_TIER -> turnoverPercent == null ? "" : ", " + turnoverPercent.stripTrailingZeros().toPlainString() + "% turnover a year";
            case LONGEVITY -> years == null ? "" : " after " + years + " years of service";
            case DIFFERENTIAL -> name == null ? "" : " (" + name + ")";
            case HEALTH_PREMIUM -> " " + (tier == null ? "" : tier + ": ") + (employerPercent == null ? "" : employerPercent.stripTrailingZeros().toPlainString() + "% of ")
                    + (monthlyPremium == null ? "" : "$" + monthlyPremium.toPlainString() + " a month");
            default -> "";
        };
        return (type.label() + " " + amountText + extra + who + (on() == null ? "" : (type.oneTime() ? " paid " : " from ") + on())).replaceAll("\\s+", " ").strip();
    }
}
