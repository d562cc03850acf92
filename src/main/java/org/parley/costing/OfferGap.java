package org.parley.costing;

import java.math.BigDecimal;
import java.util.List;

/**
 * Both sides' latest economic offers costed under one model, and the gap between them year by year.
 *
 * @param laborLabel       what labor's offer is, e.g. "L-4" or "4 threads"; null when labor has none with terms
 * @param labor            labor's offer costed, or null
 * @param management       management's offer costed, or null
 * @param gap              labor's total minus management's, per contract year; empty unless both exist
 * @param gapWholeContract the gap over the whole contract, or null
 */
public record OfferGap(CostingModel model, String laborLabel, Costing labor, String managementLabel, Costing management,
                       List<BigDecimal> gap, BigDecimal gapWholeContract) {
}
