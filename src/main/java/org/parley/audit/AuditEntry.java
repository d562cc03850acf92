package org.parley.audit;

import java.time.Instant;
import org.parley.platform.Audience;

public record AuditEntry(long id, Instant at, String actorName, String actorUsername, Long negotiationId,
                         Long tableId, Audience audience, String subjectType, long subjectId, String action,
                         String details) {
}
