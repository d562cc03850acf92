package org.parley.term.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue of deadline reminders ({@code term_reminder_sent}): one row per address, deadline, due day
 * and lead, written once (the unique key decides, whatever the number of instances) with its message,
 * then claimed and sent as {@link org.parley.platform.WorkQueue} says.
 */
@Repository
class ReminderQueue {

    /** A reminder a claim holds. */
    record Due(long negotiationId, String email, String deadlineKey, LocalDate dueDate, int daysBefore, String subject, String body,
               int attempts) {
    }

    private final JdbcClient jdbc;

    ReminderQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a reminder unless it was queued before; true only the first time. */
    boolean queue(long negotiationId, String email, String key, LocalDate due, int daysBefore, String subject, String body, Instant now) {
        return jdbc.sql("""
                insert into term_reminder_sent (negotiation_id, email, deadline_key, due_date, days_before, status, attempts,
                                                queued_at, next_attempt_at, subject, body)
                select :negotiation, :email, :key, :due, :days, 'QUEUED', 0, :now, :now, :subject, :body where not exists (
                    select 1 from term_reminder_sent where negotiation_id = :negotiation and email = :email and deadline_key = :key
                       and due_date = :due and days_before = :days)
                """).param("negotiation", negotiationId).param("email", email).param("key", key).param("due", due)
                .param("days", daysBefore).param("now", TermRepository.utc(now)).param("subject", subject).param("body", body)
                .update() == 1;
    }

    List<Due> claimed(String token) {
        return jdbc.sql("""
                select negotiation_id, email, deadline_key, due_date, days_before, subject, body, attempts from term_reminder_sent
                where claimed_by = :token and status = 'QUEUED' order by next_attempt_at
                """)
                .param("token", token)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8)))
                .list();
    }

    void sent(Due due, String token, Instant now) {
        mark(due, token, "SENT", now, null, null);
    }

    void retryAt(Due due, String token, Instant next, String error) {
        mark(due, token, "QUEUED", null, next, error);
    }

    void failed(Due due, String token, String error) {
        mark(due, token, "FAILED", null, null, error);
    }

    private void mark(Due due, String token, String status, Instant sentAt, Instant next, String error) {
        jdbc.sql("""
                update term_reminder_sent set status = :status, attempts = attempts + 1, sent_at = :sent, last_error = :error,
                       next_attempt_at = coalesce(:next, next_attempt_at), claimed_by = null, claimed_until = null
                where negotiation_id = :negotiation and email = :email and deadline_key = :key and due_date = :due
                  and days_before = :days and claimed_by = :token
                """)
                .param("status", status).param("sent", sentAt == null ? null : TermRepository.utc(sentAt))
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .param("next", next == null ? null : TermRepository.utc(next))
                .param("negotiation", due.negotiationId()).param("email", due.email()).param("key", due.deadlineKey())
                .param("due", due.dueDate()).param("days", due.daysBefore()).param("token", token).update();
    }
}
