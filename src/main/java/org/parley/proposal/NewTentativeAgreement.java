package org.parley.proposal;

import java.time.LocalDate;

/** @param date the day the TA was signed; defaults to today */
public record NewTentativeAgreement(Long versionId, LocalDate date, String laborInitials, String managementInitials) {
}
