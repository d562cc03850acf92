package org.parley.communication;

import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;

/**
 * Bargaining updates. The labor team drafts, edits and publishes them; members read MEMBERS and
 * PUBLIC ones, everyone else PUBLIC ones. Publishing is idempotent: a second publish changes
 * nothing and sends nothing.
 */
public interface Updates {

    /** A first draft in Markdown built from the record of a table over [from, to]. */
    String draft(Viewer by, long tableId, LocalDate from, LocalDate to);

    Update create(Viewer by, NewUpdate update);

    Update edit(Viewer by, long updateId, String title, String markdown, org.parley.platform.Audience audience);

    /** Publishes a draft and queues one e-mail per active member; on a published update, does nothing. */
    Update publish(Viewer by, long updateId);

    Update get(Viewer viewer, long updateId);

    /** A published PUBLIC update for anyone; "not found" for any other. */
    Update getPublic(long updateId);

    List<Update> ofNegotiation(Viewer viewer, long negotiationId);

    /** Published PUBLIC updates, newest first; of one negotiation, or of all when null. */
    List<Update> publicUpdates(Long negotiationId, int limit);

    DeliveryReport delivery(Viewer viewer, long updateId);

    /** Records a signed-in reader's answer: one per account (so one per member); answering again replaces it. */
    Feedback answer(Viewer viewer, long updateId, boolean helpful);

    /**
     * Records an answer on a public page from someone not signed in, keyed by their browser session;
     * refused (too many attempts) once {@code address} has given its share of anonymous answers to
     * this update in the last hour, so that fresh sessions cannot inflate the count.
     */
    Feedback answerAnonymously(long updateId, String browserKey, String address, boolean helpful);

    Feedback feedback(Viewer viewer, long updateId);

    /** The Markdown rendered as safe HTML (raw HTML in it is escaped). */
    String html(String markdown);
}
