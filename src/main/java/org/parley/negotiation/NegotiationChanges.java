package org.parley.negotiation;

import java.time.LocalDate;

/** A partial update: null fields are left as they are. */
public record NegotiationChanges(String name, String unionName, String employerName, String baseAgreementName,
                                 Long baseAgreementId, LocalDate expirationDate, String timeZone) {
}
