package org.parley.negotiation;

import org.parley.platform.Side;

/**
 * A person on one side's team at a table. The other side's team is often recorded without accounts.
 *
 * @param title e.g. "Chief negotiator", "Note-taker"
 */
public record TeamMember(long id, long tableId, Side side, String name, String title) {
}
