package org.parley.term.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Links;
import org.parley.platform.OutgoingMail;
import org.parley.platform.Postbox;
import org.parley.term.Deadline;
import org.parley.term.DeadlineStatus;
import org.parley.term.Deadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mails each side's reminder addresses before every deadline still to meet, so many days before
 * ({@code parley.legal-clock.reminder-days}, by default 14, 7, 1 and 0). A reminder is claimed in
 * the database before it is sent (one row per address, deadline, due day and lead; a unique key), so
 * two instances or a restart never send it twice; a temporary failure gives the claim back, to try
 * again at the next look. A reminder carries one side's deadlines only to that side's addresses.
 */
@Component
class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final TermRepository repository;
    private final TermService terms;
    private final Negotiations negotiations;
    private final Postbox postbox;
    private final Links links;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<Integer> leads;

    DeadlineReminders(TermRepository repository, TermService terms, Negotiations negotiations, Postbox postbox, Links links, JdbcClient jdbc,
            Clock clock, @Value("${parley.legal-clock.reminder-days:14,7,1,0}") String leads) {
        this.repository = repository;
        this.terms = terms;
        this.negotiations = negotiations;
        this.postbox = postbox;
        this.links = links;
        this.jdbc = jdbc;
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

    /** Sends every reminder due now; returns how many went. */
    int sendDue() {
        int sent = 0;
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
                if (!claim(row, key, d.dueBy(), left)) {
                    continue;
                }
                try {
                    postbox.send(OutgoingMail.plain(row.email(), null, subject(d, left, name), text(d, clockNow, left, row.negotiationId())));
                    sent++;
                } catch (Postbox.MailFailure e) {
                    if (e.temporary()) {
                        unclaim(row, key, d.dueBy(), left);
                    }
                    log.warn("A legal clock reminder to {} was not sent: {}", row.email(), e.getMessage());
                }
            }
        }
        return sent;
    }

    private boolean claim(TermRepository.RecipientRow row, String key, LocalDate due, int left) {
        try {
            return repository.claimReminder(row.negotiationId(), row.email(), key, due, left, clock.instant());
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private void unclaim(TermRepository.RecipientRow row, String key, LocalDate due, int left) {
        jdbc.sql("delete from term_reminder_sent where negotiation_id = :n and email = :e and deadline_key = :k and due_date = :d and days_before = :l")
                .param("n", row.negotiationId()).param("e", row.email()).param("k", key).param("d", due).param("l", left).update();
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
