package org.parley.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One person or position of a costing model's workforce.
 *
 * @param personId          the member or position ID as in the file (a member's own view finds them by it)
 * @param step              the step on the salary schedule, or null
 * @param hourlyRate        the hourly rate, or null when the position is salaried or paid from the schedule
 * @param annualSalary      the annual salary of a salaried position, or null
 * @param annualHours       paid hours a year (2080 for full time); FTE × 2080 when the file gives FTE
 * @param stepAnniversary   the date steps move on each year, or null
 * @param hireDate          the start of service, for longevity, or null
 * @param differentialHours hours a year paid a differential (shift, weekend…)
 * @param healthTier        the health plan tier, or null when not enrolled
 */
public record Position(String personId, String classification, Integer step, BigDecimal hourlyRate,
                       BigDecimal annualSalary, BigDecimal annualHours, LocalDate stepAnniversary, LocalDate hireDate,
                       BigDecimal differentialHours, String healthTier) {

    public boolean salaried() {
        return annualSalary != null;
    }
}
