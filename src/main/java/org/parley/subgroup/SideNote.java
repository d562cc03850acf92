package org.parley.subgroup;

import java.time.Instant;
import org.parley.platform.Side;

/**
 * A side's own note on an item of a subgroup's workspace: that side's record only (its audience is the
 * side), never shown to the other side, facilitators or administrators.
 *
 * @param itemType "subgroup", "issue", "interest", "option" or "recommendation"
 */
public record SideNote(long id, long subgroupId, String itemType, long itemId, Side side, String text, String writtenBy,
                       Instant writtenAt) {
}
