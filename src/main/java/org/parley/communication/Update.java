package org.parley.communication;

import java.time.Instant;
import org.parley.platform.Audience;

/**
 * A bargaining update.
 *
 * @param audience who reads it once published: MEMBERS or PUBLIC
 */
public record Update(long id, long negotiationId, Long tableId, String title, String markdown, Audience audience,
                     UpdateStatus status, String createdBy, Instant createdAt, String publishedBy, Instant publishedAt) {

    public boolean published() {
        return status == UpdateStatus.PUBLISHED;
    }
}
