package org.parley.negotiation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One bargaining cycle between a union and an employer over a base agreement.
 *
 * @param baseAgreementId the imported agreement proposals change and TAs apply to; null until one is chosen
 * @param timeZone the zone of the bargaining table's wall clock: session times and the console use it
 */
public record Negotiation(long id, String name, String unionName, String employerName, String baseAgreementName,
                          Long baseAgreementId, LocalDate expirationDate, ZoneId timeZone, List<BargainingUnit> units) {

    public Countdown countdown(LocalDate asOf) {
        return Countdown.of(expirationDate, asOf);
    }

    public Integer memberCount() {
        return units.stream().map(BargainingUnit::memberCount).filter(java.util.Objects::nonNull)
                .reduce(Integer::sum).orElse(null);
    }
}
