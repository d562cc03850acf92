package org.parley.subgroup;

import java.time.LocalDate;
import java.util.List;
import org.parley.contract.SectionChange;

/**
 * A subgroup's recommendation to the full table: contract language (section changes, redlined against
 * the base agreement, like a proposal's) or a commitment without contract language.
 *
 * @param optionId             the option that reached consensus, when it was drafted from one
 * @param checkInSessionId     the session of the full table at which it was reported
 * @param tentativeAgreementId the TA it became once approved
 */
public record Recommendation(long id, long subgroupId, String subgroupName, long tableId, Long optionId, String title, String text,
                             List<SectionChange> changes, boolean economic, RecommendationStatus status, Long checkInSessionId,
                             LocalDate reportedOn, String sentBackReason, Long tentativeAgreementId, String draftedBy) {

    /** True when it changes the contract's language; false for a commitment. */
    public boolean contractLanguage() {
        return !changes.isEmpty();
    }
}
