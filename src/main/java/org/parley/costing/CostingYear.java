package org.parley.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One contract year's cost.
 *
 * @param fraction   the share of a full year it covers (1 for a full year; 0.5 for a six-month partial year)
 * @param wages      everything paid in the year (wages, differentials, one-time payments)
 * @param oneTime    the one-time payments among the wages
 * @param increment  the wages over the year before (at the same length of year)
 * @param cumulative the wages over the base year (at the same length of year)
 * @param rollUp     the roll-up on the cumulative cost (one-time payments carry only the items due on them)
 * @param benefits   the employer's health premiums over the base year
 * @param total      cumulative + roll-up + benefits: what the year costs over the base year
 */
public record CostingYear(int number, LocalDate start, LocalDate end, BigDecimal fraction, BigDecimal wages,
                          BigDecimal oneTime, BigDecimal increment, BigDecimal cumulative, BigDecimal rollUp,
                          BigDecimal benefits, BigDecimal total) {
}
