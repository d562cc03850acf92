package org.parley.costing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;

/**
 * A side's costing model for a negotiation: a LABOR or MANAGEMENT record, that side's alone.
 *
 * @param years         the number of contract years
 * @param firstYearEnd  the last day of a partial first year, or null when the first year is a full year
 * @param contractEnd   the last day of the contract when the last year is partial, or null
 * @param notes         the model's own assumptions (turnover, new hires, headcount…), one per line, written on every output
 */
public record CostingModel(long id, long negotiationId, Side side, String name, LocalDate contractStart, int years,
                           LocalDate firstYearEnd, LocalDate contractEnd, RateRounding rateRounding,
                           List<RollUpItem> rollUp, List<HealthPlan> healthPlans, List<String> notes, int workforceSize,
                           int scheduleSize) {

    /** The contract years: full years from the start, a partial first year up to {@code firstYearEnd}, a last year cut at {@code contractEnd}. */
    public List<ContractYear> contractYears() {
        return contractYears(contractStart, years, firstYearEnd, contractEnd);
    }

    public static List<ContractYear> contractYears(LocalDate start, int years, LocalDate firstYearEnd, LocalDate contractEnd) {
        ParleyException.require(start, "contractStart", "The contract start");
        if (years < 1 || years > 10) {
            throw ParleyException.invalidField("years", "A contract runs 1 to 10 years; " + years + " was given.");
        }
        if (firstYearEnd != null && (!firstYearEnd.isAfter(start) || !firstYearEnd.isBefore(start.plusYears(1)))) {
            throw ParleyException.invalidField("firstYearEnd", "A partial first year ends after the contract start and before a full year has passed ("
                    + start + " to " + start.plusYears(1).minusDays(1) + ").");
        }
        List<ContractYear> list = new ArrayList<>();
        LocalDate yearStart = start;
        for (int n = 1; n <= years; n++) {
            LocalDate end = n == 1 && firstYearEnd != null ? firstYearEnd : yearStart.plusYears(1).minusDays(1);
            list.add(new ContractYear(n, yearStart, end));
            yearStart = end.plusDays(1);
        }
        if (contractEnd != null) {
            ContractYear last = list.get(list.size() - 1);
            if (contractEnd.isBefore(last.start()) || contractEnd.isAfter(last.end())) {
                throw ParleyException.invalidField("contractEnd", "The contract end must fall in the last contract year (" + last.start() + " to "
                        + last.end() + "); " + contractEnd + " does not.");
            }
            list.set(list.size() - 1, new ContractYear(last.number(), last.start(), contractEnd));
        }
        return List.copyOf(list);
    }

    public LocalDate end() {
        List<ContractYear> all = contractYears();
        return all.get(all.size() - 1).end();
    }
}
