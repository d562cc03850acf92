package org.parley.proposal;

import java.time.Instant;
import java.util.List;
import org.parley.contract.SectionChange;
import org.parley.platform.Side;

/**
 * A side's proposal before it is passed: seen by that side's team only. A draft on a new subject
 * has no thread yet (its title would tell the other side what is coming).
 *
 * @param threadId null for a draft on a new subject
 */
public record Draft(long id, long tableId, Long threadId, Side side, String title, String article, boolean economic,
                    String language, String summary, List<SectionChange> changes, String updatedBy, Instant updatedAt) {
}
