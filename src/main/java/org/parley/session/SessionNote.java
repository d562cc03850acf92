package org.parley.session;

import java.time.Instant;
import org.parley.platform.Audience;

public record SessionNote(long id, long sessionId, Audience audience, String text, String authorName, Instant createdAt) {
}
