package org.parley.costing;

/** The kinds of economic terms a proposal or scenario states. */
public enum TermType {
    /** Across-the-board increase: {@code percent} from {@code effective}, compounding on what came before. */
    ATB_PERCENT("Across-the-board increase", false),
    /** {@code cents} added to every hourly rate from {@code effective} (salaried: cents × annual hours). */
    CENTS_PER_HOUR("Cents per hour", false),
    /** {@code percent} (or {@code cents}) for the named {@code classifications} only, from {@code effective}. */
    MARKET_ADJUSTMENT("Market or equity adjustment", false),
    /** Each person moves one step on each step anniversary from {@code effective}; never above the top step. */
    STEP_MOVEMENT("Step movement on anniversaries", false),
    /** A new top step {@code percent} above the current top, for the named classifications (or all), from {@code effective}. */
    NEW_STEP("New top step", false),
    /**
     * New hires paid {@code percent} below the schedule from {@code effective}; {@code turnoverPercent} of
     * positions are filled by new hires at the effective date and each anniversary of it.
     */
    TWO_TIER("Lower tier for new hires", false),
    /** A one-time payment of {@code amount} per person on {@code date}: not compounded. */
    LUMP_SUM("Lump sum", true),
    /** A one-time bonus of {@code percent} of the person's annual pay on {@code date}: not compounded. */
    BONUS("Bonus", true),
    /** A differential ({@code name}: shift, weekend…) of {@code cents} or {@code percent} per differential hour. */
    DIFFERENTIAL("Differential", false),
    /** {@code percent} (or {@code cents}) for people with at least {@code years} of service, from {@code effective}. */
    LONGEVITY("Longevity", false),
    /** The employer pays {@code employerPercent} of {@code monthlyPremium} for the health {@code tier} from {@code effective}. */
    HEALTH_PREMIUM("Employer health premium share", false);

    private final String label;
    private final boolean oneTime;

    TermType(String label, boolean oneTime) {
        this.label = label;
        this.oneTime = oneTime;
    }

    public String label() {
        return label;
    }

    public boolean oneTime() {
        return oneTime;
    }
}
