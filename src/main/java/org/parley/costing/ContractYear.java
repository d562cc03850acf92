package org.parley.costing;

import java.time.LocalDate;

/** One contract year of a model, from its first day to its last (inclusive); the first or last may be partial. */
public record ContractYear(int number, LocalDate start, LocalDate end) {
}
