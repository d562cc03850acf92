package org.parley.proposal;

import java.time.LocalDate;

/**
 * Both teams accept a version's language, dated and initialed by both sides.
 *
 * @param walkBack null while the TA stands
 */
public record TentativeAgreement(long id, long threadId, long versionId, long tableId, LocalDate signedOn,
                                 String laborInitials, String managementInitials, String recordedBy, WalkBack walkBack) {

    public boolean standing() {
        return walkBack == null;
    }
}
