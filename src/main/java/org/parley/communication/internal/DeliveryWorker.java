package org.parley.communication.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.platform.Links;
import org.parley.platform.MailQueuePolicy;
import org.parley.platform.Postbox;
import org.parley.platform.WorkQueue;
import org.parley.platform.WorkQueues;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends queued update e-mails in the background, in batches, from the durable queue: a restart
 * picks up where it stopped, and each batch is claimed in the database ({@link WorkQueue}), so that
 * any number of instances send each message once. Failures are retried or given up as
 * {@link MailQueuePolicy} says. A member who unsubscribed after the update was queued is skipped.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeliveryWorker {

    private final DeliveryRepository queue;
    private final WorkQueue work;
    private final UpdateMail mail;
    private final UnsubscribeLinks unsubscribe;
    private final Postbox postbox;
    private final Links links;
    private final Clock clock;
    private final MailQueuePolicy policy;
    private final AtomicBoolean running = new AtomicBoolean();

    DeliveryWorker(DeliveryRepository queue, UpdateMail mail, UnsubscribeLinks unsubscribe,
            Postbox postbox, Links links, Clock clock, MailQueuePolicy policy, WorkQueues queues) {
        this.queue = queue;
        this.work = queues.queue("updates", "communication_delivery", "id");
        this.mail = mail;
        this.unsubscribe = unsubscribe;
        this.postbox = postbox;
        this.links = links;
        this.clock = clock;
        this.policy = policy;
    }

    @Scheduled(fixedDelayString = "${parley.delivery.poll:PT2S}", initialDelayString = "${parley.delivery.poll:PT2S}")
    void sendDue() {
        policy.drain(running, this::sendBatch, "e-mail queue");
    }

    /** Sends one batch of due messages; returns how many it took from the queue. */
    int sendBatch() {
        return sendBatch(policy.batchSize());
    }

    /**
     * Claims up to {@code limit} due messages in the database (no other instance or thread can take them)
     * and sends them; returns how many it claimed.
     */
    int sendBatch(int limit) {
        Map<Long, UpdateMail.Message> messages = new HashMap<>();
        return work.workThrough(limit, queue::claimed, (token, d) -> {
            if (d.unsubscribed()) {
                queue.skipped(d.id(), token);
                return;
            }
            UpdateMail.Message message = messages.computeIfAbsent(d.updateId(), mail::message);
            try {
                postbox.send(mail.copyFor(message, d, links.absolute("/unsubscribe/" + unsubscribe.token(d.negotiationId(), d.rosterId()))));
                work.sent();
                queue.sent(d.id(), token, clock.instant());
            } catch (Postbox.MailFailure e) {
                work.failed();
                policy.retryAt(e, d.attempts() + 1, work.now()).ifPresentOrElse(
                        next -> queue.retryAt(d.id(), token, next, e.getMessage()), () -> queue.failed(d.id(), token, e.getMessage()));
            }
        });
    }
}
