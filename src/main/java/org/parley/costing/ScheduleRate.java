package org.parley.costing;

import java.math.BigDecimal;

/** One cell of a salary schedule: the hourly rate of a classification at a step. */
public record ScheduleRate(String classification, int step, BigDecimal hourlyRate) {
}
