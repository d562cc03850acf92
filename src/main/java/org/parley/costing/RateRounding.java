package org.parley.costing;

/** How a pay rate is rounded where it is paid; compounding always carries the unrounded rate. */
public enum RateRounding {
    /** Rates are used exactly as computed. */
    NONE,
    /** Each paid rate (hourly, or annual for salaried positions) is rounded half-up to the cent. */
    CENTS_HALF_UP
}
