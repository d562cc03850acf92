package org.parley.costing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a set of terms costs under one model, computed from the model as it is now.
 *
 * @param baseWages          the base year's annual payroll
 * @param wholeContract      the years added up ({@code increment} is the sum of the cumulative costs)
 * @param costOfOnePercent   1% of the base payroll for a year, with the whole roll-up
 * @param endRateLiftPercent how much higher the payroll's rates are on the last day than on the first, in percent
 * @param costPerMember      the whole contract's total per person in the workforce
 * @param assumptions        everything the figures rest on, written on every output
 */
public record Costing(String modelName, List<CostingYear> years, Totals wholeContract, BigDecimal baseWages,
                      BigDecimal costOfOnePercent, BigDecimal endRateLiftPercent, BigDecimal costPerMember, int headcount,
                      List<String> assumptions) {

    public record Totals(BigDecimal wages, BigDecimal increment, BigDecimal rollUp, BigDecimal benefits, BigDecimal total) {
    }
}
