package org.parley.term.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One jurisdiction's legal clock, read from {@code legal-clock/<CODE>.json}: its notice kinds (with
 * the letter each one's template writes) and its rules. A rule is one of a few shapes of
 * computation ({@link RuleType}); the data picks the shape, the days, the notices it counts from,
 * the conditions (health care, first contract) and the citation, so that another jurisdiction is a
 * new file and not new code.
 *
 * @param actions           the name of each side's action, e.g. LABOR → "strike", MANAGEMENT → "lockout"
 * @param notApplicable     per rule kind, why it does not apply when no rule of that kind matches
 * @param renewalStoppedBy  the notice kind that stops an automatic renewal clause
 */
record Jurisdiction(String code, String name, String counting, List<String> sources, Map<String, String> actions,
                    List<NoticeType> notices, List<Rule> rules, Map<String, String> notApplicable, String renewalStoppedBy) {

    Optional<NoticeType> notice(String kind) {
        return notices.stream().filter(n -> n.kind().equals(kind)).findFirst();
    }

    String noticeLabel(String kind) {
        return notice(kind).map(NoticeType::label).orElse(kind);
    }

    /**
     * @param perLocation true when one notice is served per institution or worksite
     * @param servedBy    the only side that serves it, or null for either
     * @param letter      the letter's body, with {servedByName}, {servedOnName}, {expiration}, {location}, {actionStartsAt}
     */
    record NoticeType(String kind, String label, String servedOn, boolean perLocation, String servedBy, String letter) {
    }

    /**
     * @param kind         the deadline's kind in the answer (several rules may share one, under different conditions)
     * @param notice       the notice kind the rule is met by
     * @param after        the notice kind a period counts from
     * @param orExpiration for a waiting period: or until the agreement expires, whichever is later
     * @param healthCare   applies only when the employer is (true) or is not (false) a health care institution; null either way
     * @param firstContract likewise for bargaining a first contract
     * @param actionBy     the side whose action it constrains (LABOR: strikes only); null for both
     */
    record Rule(String id, String kind, RuleType type, String notice, String after, int days, boolean orExpiration,
                Boolean healthCare, Boolean firstContract, boolean perLocation, String actionBy, String basis, String label) {

        boolean appliesTo(boolean healthCareInstitution, boolean first) {
            return (healthCare == null || healthCare == healthCareInstitution) && (firstContract == null || firstContract == first);
        }
    }

    enum RuleType {
        /** A notice due at least {@code days} before the last day in force. */
        SERVE_BEFORE_EXPIRATION,
        /** A notice due within {@code days} after another notice. */
        SERVE_AFTER_NOTICE,
        /** A notice due at least {@code days} before the action starts (per location when {@code perLocation}). */
        NOTICE_BEFORE_ACTION,
        /** No action for {@code days} after a notice (or until expiration, whichever is later). */
        WAIT_AFTER_NOTICE,
        /** A notice that may not be given until {@code days} after another notice. */
        NOT_SERVE_BEFORE
    }
}
