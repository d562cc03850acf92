package org.parley.negotiation;

import java.time.LocalDate;

/**
 * A partial update: null fields are left as they are.
 *
 * @param expiresAt             the first moment the agreement is no longer in force, as an ISO date-time with
 *                              its zone or offset, e.g. {@code 2026-09-30T23:59-07:00[America/Los_Angeles]};
 *                              midnight ({@code 2026-10-01T00:00…}) means "at the end of 30 September"; without
 *                              a zone, the negotiation's. Sets the expiration date too.
 * @param jurisdiction          the rules of the legal clock, e.g. {@code US_NLRA}
 * @param healthCareInstitution whether the employer is a health care institution (29 U.S.C. § 152(14))
 * @param firstContract         whether this is bargaining for a first agreement after certification or recognition
 */
public record NegotiationChanges(String name, String unionName, String employerName, String baseAgreementName,
                                 Long baseAgreementId, LocalDate expirationDate, String timeZone,
                                 String expiresAt, String jurisdiction, Boolean healthCareInstitution, Boolean firstContract) {

    public NegotiationChanges(String name, String unionName, String employerName, String baseAgreementName,
            Long baseAgreementId, LocalDate expirationDate, String timeZone) {
        this(name, unionName, employerName, baseAgreementName, baseAgreementId, expirationDate, timeZone, null, null, null, null);
    }

    /** Only the legal clock's facts of the term. */
    public static NegotiationChanges term(String expiresAt, String jurisdiction, Boolean healthCareInstitution, Boolean firstContract) {
        return new NegotiationChanges(null, null, null, null, null, null, null, expiresAt, jurisdiction, healthCareInstitution, firstContract);
    }
}
