package org.parley.term.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Links;
import org.parley.platform.MailQueuePolicy;
import org.parley.platform.OutgoingMail;
import org.parley.platform.Postbox;
import org.parley.platform.WorkQueue;
import org.parley.platform.WorkQueues;
import org.parley.term.Deadline;
import org.parley.term.DeadlineStatus;
import org.parley.term.Deadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mails each side's reminder addresses before every deadline still to meet, so many days before
 * ({@code parley.legal-clock.reminder-days}, by default 14, 7, 1 and 0). A reminder is queued once in
 * the database (one row per address, deadline, due day and lead; a unique key), then claimed and sent
 * like every queued e-mail ({@link WorkQueue}), so any number of instances or a restart send it once; a
 * temporary failure is tried again at a later look, as {@link MailQueuePolicy} says. A reminder carries
 * one side's deadlines only to that side's addresses.
 */
@Component
class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final TermRepository repository;
    private final TermService terms;
    private final Negotiations negotiations;
    private final Postbox postbox;
    private final Links links;
    private final ReminderQueue queue;
    private final MailQueuePolicy policy;
    private final WorkQueue work;
    private final Clock clock;
    private final List<Integer> leads;

    DeadlineReminders(TermRepository repository, ReminderQueue queue, TermService terms, Negotiations negotiations, Postbox postbox,
            Links links, Clock clock, MailQueuePolicy policy, WorkQueues queues,
            @Value("${parley.legal-clock.reminder-days:14,7,1,0}") String leads) {
        this.repository = repository;
        this.queue = queue;
        this.policy = policy;
        this.work = queues.queue("reminders", "term_reminder_sent", "negotiation_id", "email", "deadline_key", "due_date", "days_before");
        this.terms = terms;
        this.negotiations = negotiations;
        this.postbox = postbox;
        this.links = links;
        this.clock = clock;
        this.leads = Arrays.stream(leads.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    @Scheduled(fixedDelayString = "${parley.legal-clock.reminder-poll:PT15M}", initialDelayString = "${parley.legal-clock.reminder-poll:PT15M}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Legal clock reminders could not be sent this time: {}", e.getMessage());
        }
    }

    /** Queues every reminder due now and sends what is queued; returns how many went. */
    int sendDue() {
        queueDue();
        AtomicInteger sent = new AtomicInteger();
        while (work.workThrough(policy.batchSize(), queue::claimed, (token, due) -> {
            if (send(due, token)) {
                sent.incrementAndGet();
            }
        }) == policy.batchSize()) {
            // a full batch: there may be more queued right away
        }
        return sent.get();
    }

    /** Queues each reminder due now, once whatever the number of instances (the queue's unique key decides). */
    private void queueDue() {
        for (TermRepository.RecipientRow row : repository.allRecipients()) {
            Deadlines clockNow = LegalClockCalculator.compute(terms.factsForSide(row.negotiationId(), row.side(), clock.instant()));
            String name = negotiations.publicView(row.negotiationId()).name();
            for (Deadline d : clockNow.deadlines()) {
                if (d.status() != DeadlineStatus.UPCOMING || d.dueBy() == null) {
                    continue;
                }
                int left = (int) ChronoUnit.DAYS.between(clockNow.asOf(), d.dueBy());
                if (!leads.contains(left)) {
                    continue;
                }
                String key = d.kind() + ":" + (d.customId() != null ? d.customId() : d.location() != null ? d.location() : "");
                try {
                    queue.queue(row.negotiationId(), row.email(), key, d.dueBy(), left, subject(d, left, name),
                            text(d, clockNow, left, row.negotiationId()), work.now());
                } catch (DuplicateKeyException e) {
                    // another instance queued it at the same moment
                }
            }
        }
    }

    /** Sends a reminder a claim holds; false when the mail server did not take it. */
    private boolean send(ReminderQueue.Due due, String token) {
        try {
            postbox.send(OutgoingMail.plain(due.email(), null, due.subject(), due.body()));
            work.sent();
            queue.sent(due, token, clock.instant());
            return true;
        } catch (Postbox.MailFailure e) {
            work.failed();
            log.warn("A legal clock reminder to {} was not sent: {}", due.email(), e.getMessage());
            policy.retryAt(e, due.attempts() + 1, work.now()).ifPresentOrElse(
                    next -> queue.retryAt(due, token, next, e.getMessage()), () -> queue.failed(due, token, e.getMessage()));
            return false;
        }
    }

    static String subject(Deadline d, int left, String negotiation) {
        return (left == 0 ? "Today: " : "In " + LegalClockCalculator.days(left) + ": ") + d.label() + " — " + negotiation;
    }

    private String text(Deadline d, Deadlines clockNow, int left, long negotiationId) {
        return d.label() + (d.location() == null ? "" : " (" + d.location() + ")") + "\n"
                + "Last day: " + LegalClockCalculator.day(d.dueBy()) + (left == 0 ? " (today)" : " (in " + LegalClockCalculator.days(left) + ")") + "\n"
                + "Basis: " + d.basis() + "\n\n" + d.explanation() + "\n\n"
                + clockNow.disclaimer() + "\n\n" + links.absolute("/negotiations/" + negotiationId + "/legal-clock") + "\n";
    }
}
