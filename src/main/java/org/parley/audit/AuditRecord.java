package org.parley.audit;

import org.parley.account.Viewer;
import org.parley.platform.Audience;

/**
 * What a module tells the trail about a change.
 *
 * @param negotiationId null for records that belong to no negotiation, such as an imported agreement
 * @param audience    who may read the entry: the audience of the record it is about
 * @param subjectType the kind of record, e.g. "session", "thread", "tentative-agreement"
 * @param action      what happened, in a few words, e.g. "passed a counter"
 * @param details     the values that changed, as a person would read them
 */
public record AuditRecord(Viewer actor, Long negotiationId, Long tableId, Audience audience,
                          String subjectType, long subjectId, String action, String details) {
}
