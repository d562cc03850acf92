package org.parley.communication.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.communication.Update;
import org.parley.platform.Audience;
import org.parley.platform.Links;
import org.parley.platform.MailQueuePolicy;
import org.parley.platform.OutgoingMail;
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
    private final UpdateRepository updates;
    private final UpdateService service;
    private final UnsubscribeLinks unsubscribe;
    private final Postbox postbox;
    private final Links links;
    private final Clock clock;
    private final MailQueuePolicy policy;
    private final AtomicBoolean running = new AtomicBoolean();

    DeliveryWorker(DeliveryRepository queue, UpdateRepository updates, UpdateService service, UnsubscribeLinks unsubscribe,
            Postbox postbox, Links links, Clock clock, MailQueuePolicy policy, WorkQueues queues) {
        this.queue = queue;
        this.work = queues.queue("updates", "communication_delivery", "id");
        this.updates = updates;
        this.service = service;
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
        Map<Long, Message> messages = new HashMap<>();
        return work.workThrough(limit, queue::claimed, (token, d) -> {
            if (d.unsubscribed()) {
                queue.skipped(d.id(), token);
                return;
            }
            Message message = messages.computeIfAbsent(d.updateId(), this::message);
            try {
                postbox.send(message.to(d, links.absolute("/unsubscribe/" + unsubscribe.token(d.negotiationId(), d.rosterId()))));
                work.sent();
                queue.sent(d.id(), token, clock.instant());
            } catch (Postbox.MailFailure e) {
                work.failed();
                policy.retryAt(e, d.attempts() + 1, clock.instant()).ifPresentOrElse(
                        next -> queue.retryAt(d.id(), token, next, e.getMessage()), () -> queue.failed(d.id(), token, e.getMessage()));
            }
        });
    }

    private Message message(long updateId) {
        Update update = updates.find(updateId).orElseThrow();
        String online = links.absolute(update.audience() == Audience.PUBLIC ? "/public/updates/" + update.id() : "/updates/" + update.id());
        return new Message(update.title(), service.plainText(update.markdown()), service.html(update.markdown()), online);
    }

    /** An update rendered once per batch; only the greeting and the unsubscribe link differ per member. */
    record Message(String subject, String text, String html, String online) {

        OutgoingMail to(DeliveryRepository.Due d, String unsubscribe) {
            String plain = "Hello " + d.name() + ",\n\n" + text + "\n\n--\nRead it online: " + online
                    + "\nStop these e-mails: " + unsubscribe + "\n";
            String body = "<p>Hello " + org.springframework.web.util.HtmlUtils.htmlEscape(d.name()) + ",</p>\n" + html
                    + "<hr><p><a href=\"" + online + "\">Read it online</a> · <a href=\"" + unsubscribe
                    + "\">Stop these e-mails</a></p>";
            return new OutgoingMail(d.email(), d.name(), subject, plain, body, Map.of("List-Unsubscribe", "<" + unsubscribe + ">"));
        }
    }
}
