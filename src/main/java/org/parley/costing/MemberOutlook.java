package org.parley.costing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the latest offers mean for one member: their own hourly rate (or salary) today and at the end of
 * each contract year, for their own classification and step only.
 */
public record MemberOutlook(long negotiationId, String classification, Integer step, boolean salaried, BigDecimal today,
                            List<Path> offers) {

    /** @param side "The union's proposal" or "The employer's offer"; rates at the end of each contract year */
    public record Path(String side, String label, List<BigDecimal> rates) {
    }
}
