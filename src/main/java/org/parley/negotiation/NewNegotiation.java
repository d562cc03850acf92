package org.parley.negotiation;

import java.time.LocalDate;
import java.util.List;

/**
 * @param units    bargaining units covered; may be empty
 * @param timeZone an IANA zone such as "America/Los_Angeles"; blank means the server's zone
 */
public record NewNegotiation(String name, String unionName, String employerName, String baseAgreementName,
                             Long baseAgreementId, LocalDate expirationDate, String timeZone, List<NewUnit> units) {

    public record NewUnit(String name, Integer memberCount) {
    }
}
