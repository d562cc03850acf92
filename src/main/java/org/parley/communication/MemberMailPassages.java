package org.parley.communication;

import java.util.Optional;

/**
 * A passage written into one member's own copy of an update e-mail, below the update's text: what the
 * update means for that member alone (costing writes "your rate goes from $41.20 to $44.53 by year 3" for
 * the member's own classification and step). Modules above {@code communication} implement it; the
 * e-mail is rendered once per update and only these passages, the greeting and the unsubscribe link
 * differ per member. An implementation decides its own audience rule and returns nothing when the
 * member may not read it.
 */
public interface MemberMailPassages {

    /**
     * @param update   the published update being sent
     * @param rosterId the roster entry the copy is addressed to
     */
    Optional<Passage> forMember(Update update, long rosterId);

    /** The same passage as plain text and as HTML (already escaped). */
    record Passage(String text, String html) {
    }
}
