package org.parley.costing;

import java.math.BigDecimal;

/** Today's health premium of one tier (e.g. "EMPLOYEE", "FAMILY") and the employer's share of it. */
public record HealthPlan(String tier, BigDecimal monthlyPremium, BigDecimal employerPercent) {
}
