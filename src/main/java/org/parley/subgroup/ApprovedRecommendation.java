package org.parley.subgroup;

import java.time.LocalDate;

/** A recommendation approved by the full table and the TA it became (its own number, both sides' initials). */
public record ApprovedRecommendation(long recommendationId, long tentativeAgreementId, long threadId, String title,
                                     String subgroup, LocalDate signedOn, String laborInitials, String managementInitials) {
}
