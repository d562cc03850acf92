package org.parley.communication.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.communication.DeliveryReport;
import org.parley.member.Recipient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The durable e-mail queue: one row per update and member. */
@Repository
class DeliveryRepository {

    /** Rows per multi-row insert: 8 parameters a row stays well under PostgreSQL's 32,767. */
    static final int INSERT_CHUNK = 1000;

    /** A queued message due now. */
    record Due(long id, long updateId, long negotiationId, long rosterId, String email, String name, int attempts,
               boolean unsubscribed) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DeliveryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Set<Long> unsubscribed(long negotiationId) {
        return new HashSet<>(jdbc.sql("select roster_id from communication_unsubscribe where negotiation_id = :negotiation")
                .param("negotiation", negotiationId).query(Long.class).list());
    }

    /** Queues one row per recipient with multi-row inserts; unsubscribed members get a row that is never sent. */
    void queue(long updateId, long negotiationId, List<Recipient> recipients, Set<Long> unsubscribed, Instant now) {
        Timestamp at = Timestamp.from(now);
        for (int from = 0; from < recipients.size(); from += INSERT_CHUNK) {
            List<Recipient> chunk = recipients.subList(from, Math.min(recipients.size(), from + INSERT_CHUNK));
            StringBuilder sql = new StringBuilder("""
                    insert into communication_delivery (update_id, negotiation_id, roster_id, email, name, status, attempts,
                                                        next_attempt_at, queued_at) values
                    """);
            List<Object> args = new ArrayList<>(chunk.size() * 7);
            for (int i = 0; i < chunk.size(); i++) {
                Recipient r = chunk.get(i);
                sql.append(i == 0 ? "(?,?,?,?,?,?,0,?,?)" : ",(?,?,?,?,?,?,0,?,?)");
                args.add(updateId);
                args.add(negotiationId);
                args.add(r.rosterId());
                args.add(r.email());
                args.add(r.name());
                args.add(unsubscribed.contains(r.rosterId()) ? "UNSUBSCRIBED" : "QUEUED");
                args.add(at);
                args.add(at);
            }
            template.update(sql.toString(), args.toArray());
        }
    }

    /** The messages a claim holds (see {@link org.parley.platform.WorkQueue}), oldest first. */
    List<Due> claimed(String token) {
        return jdbc.sql("""
                select d.id, d.update_id, d.negotiation_id, d.roster_id, d.email, d.name, d.attempts,
                       case when u.roster_id is null then false else true end as unsubscribed
                from communication_delivery d
                left join communication_unsubscribe u on u.negotiation_id = d.negotiation_id and u.roster_id = d.roster_id
                where d.claimed_by = :token and d.status = 'QUEUED'
                order by d.next_attempt_at, d.id
                """)
                .param("token", token)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("update_id"), rs.getLong("negotiation_id"),
                        rs.getLong("roster_id"), rs.getString("email"), rs.getString("name"), rs.getInt("attempts"),
                        rs.getBoolean("unsubscribed")))
                .list();
    }

    void sent(long id, String token, Instant now) {
        jdbc.sql("""
                update communication_delivery set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null,
                       claimed_by = null, claimed_until = null
                where id = :id and status = 'QUEUED' and claimed_by = :token
                """)
                .param("now", UpdateRepository.utc(now)).param("id", id).param("token", token).update();
    }

    void skipped(long id, String token) {
        jdbc.sql("""
                update communication_delivery set status = 'UNSUBSCRIBED', claimed_by = null, claimed_until = null
                where id = :id and status = 'QUEUED' and claimed_by = :token
                """)
                .param("id", id).param("token", token).update();
    }

    void retryAt(long id, String token, Instant next, String error) {
        jdbc.sql("""
                update communication_delivery set attempts = attempts + 1, next_attempt_at = :next, last_error = :error,
                       claimed_by = null, claimed_until = null
                where id = :id and status = 'QUEUED' and claimed_by = :token
                """)
                .param("next", UpdateRepository.utc(next)).param("error", cut(error)).param("id", id).param("token", token).update();
    }

    void failed(long id, String token, String error) {
        jdbc.sql("""
                update communication_delivery set status = 'FAILED', attempts = attempts + 1, last_error = :error,
                       claimed_by = null, claimed_until = null
                where id = :id and status = 'QUEUED' and claimed_by = :token
                """)
                .param("error", cut(error)).param("id", id).param("token", token).update();
    }

    DeliveryReport report(long updateId) {
        return jdbc.sql("""
                select coalesce(sum(case when status = 'QUEUED' then 1 else 0 end), 0) as queued,
                       coalesce(sum(case when status = 'SENT' then 1 else 0 end), 0) as sent,
                       coalesce(sum(case when status = 'FAILED' then 1 else 0 end), 0) as failed,
                       coalesce(sum(case when status = 'UNSUBSCRIBED' then 1 else 0 end), 0) as unsubscribed
                from communication_delivery where update_id = :id
                """)
                .param("id", updateId)
                .query((rs, n) -> new DeliveryReport(rs.getLong("queued"), rs.getLong("sent"), rs.getLong("failed"),
                        rs.getLong("unsubscribed")))
                .single();
    }

    /** The last errors of an update's messages, for the team. */
    List<String> lastErrors(long updateId, int limit) {
        return jdbc.sql("""
                select email, status, attempts, last_error from communication_delivery
                where update_id = :id and last_error is not null order by id limit :limit
                """)
                .param("id", updateId).param("limit", limit)
                .query((rs, n) -> rs.getString("email") + " (" + rs.getString("status").toLowerCase() + ", "
                        + rs.getInt("attempts") + " attempts): " + rs.getString("last_error"))
                .list();
    }

    boolean unsubscribe(long negotiationId, long rosterId, Instant now) {
        if (!jdbc.sql("select roster_id from communication_unsubscribe where negotiation_id = :n and roster_id = :r")
                .param("n", negotiationId).param("r", rosterId).query(Long.class).list().isEmpty()) {
            return false;
        }
        jdbc.sql("insert into communication_unsubscribe (negotiation_id, roster_id, unsubscribed_at) values (:n, :r, :now)")
                .param("n", negotiationId).param("r", rosterId).param("now", UpdateRepository.utc(now)).update();
        return true;
    }

    private static String cut(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 999) + "…";
    }
}
