/**
 * Costing: what an economic proposal costs, per contract year, under each side's own model. A side's
 * models (contract years, workforce, salary schedules, roll-up, rounding), its scenarios and the
 * costings under its models are that side's alone (LABOR or MANAGEMENT) unless it shares a costing
 * with the other side. The economic terms a passed version carries are TABLE records. Owns the tables
 * {@code costing_model}, {@code costing_roll_up}, {@code costing_health_plan},
 * {@code costing_workforce}, {@code costing_schedule}, {@code costing_scenario},
 * {@code costing_version_terms} and {@code costing_version_share}. Sits above {@code proposal}
 * (versions, threads) and {@code member} (the roster, a member's own classification).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Costing")
package org.parley.costing;
