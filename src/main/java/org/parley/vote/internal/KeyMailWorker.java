package org.parley.vote.internal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.platform.Links;
import org.parley.platform.MailQueuePolicy;
import org.parley.platform.OutgoingMail;
import org.parley.platform.Postbox;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends voting keys by e-mail from the durable queue, in the background. Each message gets a key
 * made just before it goes; only its hash is written, in its own transaction, before the message is
 * handed to the mail server. A send that fails (or a crash in between) leaves a key nobody holds,
 * and the next attempt replaces it. Failures are retried or given up as {@link MailQueuePolicy}
 * says, as for bargaining updates; a key for a vote that closed is not sent.
 */
@Component
class KeyMailWorker {

    private final KeyMailRepository queue;
    private final Postbox postbox;
    private final Links links;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final MailQueuePolicy policy;
    private final AtomicBoolean running = new AtomicBoolean();

    KeyMailWorker(KeyMailRepository queue, Postbox postbox, Links links, Clock clock, PlatformTransactionManager transactionManager,
            MailQueuePolicy policy) {
        this.queue = queue;
        this.postbox = postbox;
        this.links = links;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.policy = policy;
    }

    @Scheduled(fixedDelayString = "${parley.delivery.poll:PT2S}", initialDelayString = "${parley.delivery.poll:PT2S}")
    void sendDue() {
        policy.drain(running, this::sendBatch, "voting-key e-mails");
    }

    /** Sends one batch of due keys; returns how many it took from the queue. */
    int sendBatch() {
        List<KeyMailRepository.Due> due = queue.due(clock.instant(), policy.batchSize());
        for (KeyMailRepository.Due d : due) {
            if (d.status().over() || !clock.instant().isBefore(d.closesAt())) {
                if (queue.claim(d)) {
                    queue.failed(d, "The vote closed before the key was sent.");
                }
                continue;
            }
            String key = Codes.votingKey();
            Boolean claimed = transactions.execute(status -> {
                if (!queue.claim(d)) {
                    return false;
                }
                queue.setKey(d, Codes.keyHash(d.voteId(), key));
                return true;
            });
            if (!Boolean.TRUE.equals(claimed)) {
                continue; // a new round of keys replaced this one meanwhile
            }
            try {
                postbox.send(message(d, key));
                queue.sent(d);
            } catch (Postbox.MailFailure e) {
                policy.retryAt(e, d.attempts() + 1, clock.instant()).ifPresentOrElse(
                        next -> queue.retryAt(d, next, e.getMessage()), () -> queue.failed(d, e.getMessage()));
            }
        }
        return due.size();
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
                + "Do not pass this key on: whoever holds it can cast your ballot. Any key sent to you earlier for this vote"
                + " no longer works.\n\n-- The election committee\n";
        String html = "<p>Hello " + escape(d.name()) + ",</p>\n<p>" + escape(d.title()) + ": you can vote from "
                + escape(VoteService.when(d.opensAt(), d.timeZone())) + " until " + escape(VoteService.when(d.closesAt(), d.timeZone()))
                + ".</p>\n<p>Your one-time voting key:</p>\n<p style=\"font-size:1.4em;font-family:monospace\"><strong>" + key
                + "</strong></p>\n<p><a href=\"" + page + "\">Vote here</a> and enter the key. It lets you cast one ballot; your"
                + " ballot is secret, and the key does not show how you voted. If you sign in to the members' area you can vote"
                + " there instead; either way, one ballot counts.</p>\n<p>Do not pass this key on: whoever holds it can cast your"
                + " ballot. Any key sent to you earlier for this vote no longer works.</p>\n<p>— The election committee</p>";
        return new OutgoingMail(d.email(), d.name(), "Your voting key: " + d.title(), text, html, java.util.Map.of());
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }
}
