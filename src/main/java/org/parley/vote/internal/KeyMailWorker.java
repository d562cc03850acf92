package org.parley.vote.internal;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.platform.Links;
import org.parley.platform.MailQueuePolicy;
import org.parley.platform.OutgoingMail;
import org.parley.platform.Postbox;
import org.parley.platform.WorkQueue;
import org.parley.platform.WorkQueues;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends voting keys by e-mail from the durable queue, in the background. Each batch is claimed in the
 * database ({@link WorkQueue}), so that any number of instances send each elector's key once. Each
 * message gets a key made just before it goes; only its hash is written, before the message is handed to
 * the mail server, and it is added beside any key the elector holds: a key that was mailed is never taken
 * away by a later send, only by a new round of keys. A send that fails leaves a key nobody holds; a crash
 * between sending and marking the row sent mails a second key when the claim's lease runs out, and both
 * work (one ballot either way). Failures are retried or given up as {@link MailQueuePolicy} says, as for
 * bargaining updates; a key for a vote that closed is not sent.
 */
@Component
class KeyMailWorker {

    private final KeyMailRepository queue;
    private final WorkQueue work;
    private final Postbox postbox;
    private final Links links;
    private final Clock clock;
    private final MailQueuePolicy policy;
    private final AtomicBoolean running = new AtomicBoolean();

    KeyMailWorker(KeyMailRepository queue, Postbox postbox, Links links, Clock clock, MailQueuePolicy policy, WorkQueues queues) {
        this.queue = queue;
        this.work = queues.queue("voting-keys", "vote_key_mail", "vote_id", "roster_id");
        this.postbox = postbox;
        this.links = links;
        this.clock = clock;
        this.policy = policy;
    }

    @Scheduled(fixedDelayString = "${parley.delivery.poll:PT2S}", initialDelayString = "${parley.delivery.poll:PT2S}")
    void sendDue() {
        policy.drain(running, this::sendBatch, "voting-key e-mails");
    }

    /** Sends one batch of due keys; returns how many it took from the queue. */
    int sendBatch() {
        return sendBatch(policy.batchSize());
    }

    /**
     * Claims up to {@code limit} due keys in the database (no other instance or thread can take them) and
     * sends them; returns how many it claimed.
     */
    int sendBatch(int limit) {
        return work.workThrough(limit, queue::claimed, (token, d) -> {
            if (d.status().over() || !clock.instant().isBefore(d.closesAt())) {
                queue.failed(d, token, "The vote closed before the key was sent.");
                return;
            }
            String key = Codes.votingKey();
            if (!queue.addKey(d, token, Codes.keyHash(d.voteId(), key))) {
                return; // a new round of keys replaced this one meanwhile
            }
            try {
                postbox.send(message(d, key));
                work.sent();
                queue.sent(d, token);
            } catch (Postbox.MailFailure e) {
                work.failed();
                policy.retryAt(e, d.attempts() + 1, work.now()).ifPresentOrElse(
                        next -> queue.retryAt(d, token, next, e.getMessage()), () -> queue.failed(d, token, e.getMessage()));
            }
        });
    }

    private OutgoingMail message(KeyMailRepository.Due d, String key) {
        String page = links.absolute("/votes/" + d.voteId() + "/key");
        String text = "Hello " + d.name() + ",\n\n"
                + d.title() + ": you can vote from " + VoteService.when(d.opensAt(), d.timeZone()) + " until "
                + VoteService.when(d.closesAt(), d.timeZone()) + ".\n\n"
                + "Your one-time voting key: " + key + "\n\n"
                + "Vote at " + page + " and enter the key there. It lets you cast one ballot; your ballot is secret, and"
                + " the key does not show how you voted. If you sign in to the members' area you can vote there instead;"
                + " either way, one ballot counts.\n\n"
                + "Do not pass this key on: whoever holds it can cast your ballot. Keys from an earlier round of keys for this"
                + " vote no longer work.\n\n-- The election committee\n";
        String html = "<p>Hello " + escape(d.name()) + ",</p>\n<p>" + escape(d.title()) + ": you can vote from "
                + escape(VoteService.when(d.opensAt(), d.timeZone())) + " until " + escape(VoteService.when(d.closesAt(), d.timeZone()))
                + ".</p>\n<p>Your one-time voting key:</p>\n<p style=\"font-size:1.4em;font-family:monospace\"><strong>" + key
                + "</strong></p>\n<p><a href=\"" + page + "\">Vote here</a> and enter the key. It lets you cast one ballot; your"
                + " ballot is secret, and the key does not show how you voted. If you sign in to the members' area you can vote"
                + " there instead; either way, one ballot counts.</p>\n<p>Do not pass this key on: whoever holds it can cast your"
                + " ballot. Keys from an earlier round of keys for this vote no longer work.</p>\n<p>— The election committee</p>";
        return new OutgoingMail(d.email(), d.name(), "Your voting key: " + d.title(), text, html, java.util.Map.of());
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }
}
