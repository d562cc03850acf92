package org.parley.vote.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.parley.vote.KeyDelivery;
import org.parley.vote.VoteStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queue of voting keys going out by e-mail ({@code vote_key_mail}), and the key each send sets. */
@Repository
class KeyMailRepository {

    /** An elector whose key is due to go out, with what the message needs of the vote. */
    record Due(long voteId, long rosterId, String email, String name, int attempts, String title, Instant opensAt,
               Instant closesAt, ZoneId timeZone, VoteStatus status) {
    }

    record Recipient(long rosterId, String email, String name) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    KeyMailRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A new round of key e-mails for a vote: whatever an earlier round still had queued is replaced. */
    void replace(long voteId, List<Recipient> recipients, Instant now) {
        jdbc.sql("delete from vote_key_mail where vote_id = :vote").param("vote", voteId).update();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        template.batchUpdate("insert into vote_key_mail (vote_id, roster_id, email, name, status, next_attempt_at) values (?,?,?,?,'QUEUED',?)",
                recipients, 500, (ps, r) -> {
                    ps.setLong(1, voteId);
                    ps.setLong(2, r.rosterId());
                    ps.setString(3, r.email());
                    ps.setString(4, r.name());
                    ps.setObject(5, at);
                });
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.sql("""
                select m.vote_id, m.roster_id, m.email, m.name, m.attempts, v.title, v.opens_at, v.closes_at, v.time_zone, v.status
                from vote_key_mail m join vote_vote v on v.id = m.vote_id
                where m.status = 'QUEUED' and m.next_attempt_at <= :now
                order by m.next_attempt_at, m.vote_id, m.roster_id
                fetch first :limit rows only
                """)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                        rs.getObject(8, OffsetDateTime.class).toInstant(), ZoneId.of(rs.getString(9)),
                        VoteStatus.valueOf(rs.getString(10))))
                .list();
    }

    /**
     * Takes a due row for one attempt, if it is still queued as {@code due} saw it (a new round of keys
     * may have replaced it, or another sender taken it); false when it is not.
     */
    boolean claim(Due due) {
        return jdbc.sql("""
                update vote_key_mail set attempts = attempts + 1
                where vote_id = :vote and roster_id = :roster and status = 'QUEUED' and attempts = :attempts
                """)
                .param("vote", due.voteId()).param("roster", due.rosterId()).param("attempts", due.attempts()).update() == 1;
    }

    /** The elector's key is now the one about to be sent; any earlier one stops working. */
    void setKey(Due due, String keyHash) {
        jdbc.sql("delete from vote_key where vote_id = :vote and roster_id = :roster")
                .param("vote", due.voteId()).param("roster", due.rosterId()).update();
        jdbc.sql("insert into vote_key (vote_id, roster_id, key_hash) values (:vote, :roster, :hash)")
                .param("vote", due.voteId()).param("roster", due.rosterId()).param("hash", keyHash).update();
    }

    void sent(Due due) {
        mark(due, "SENT", null, null);
    }

    void retryAt(Due due, Instant next, String error) {
        mark(due, "QUEUED", next, error);
    }

    void failed(Due due, String error) {
        mark(due, "FAILED", null, error);
    }

    private void mark(Due due, String status, Instant next, String error) {
        jdbc.sql("""
                update vote_key_mail set status = :status, last_error = :error,
                       next_attempt_at = coalesce(:next, next_attempt_at)
                where vote_id = :vote and roster_id = :roster and attempts = :attempts
                """)
                .param("status", status).param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .param("next", next == null ? null : next.atOffset(ZoneOffset.UTC))
                .param("vote", due.voteId()).param("roster", due.rosterId()).param("attempts", due.attempts() + 1).update();
    }

    KeyDelivery progress(long voteId) {
        return jdbc.sql("""
                select coalesce(sum(case when status = 'QUEUED' then 1 else 0 end), 0),
                       coalesce(sum(case when status = 'SENT' then 1 else 0 end), 0),
                       coalesce(sum(case when status = 'FAILED' then 1 else 0 end), 0)
                from vote_key_mail where vote_id = :vote
                """)
                .param("vote", voteId)
                .query((rs, n) -> new KeyDelivery(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    /** "Name <address>: reason" for each key that could not be sent. */
    List<String> failures(long voteId) {
        return jdbc.sql("select name, email, last_error from vote_key_mail where vote_id = :vote and status = 'FAILED' order by name")
                .param("vote", voteId)
                .query((rs, n) -> rs.getString(1) + " <" + rs.getString(2) + ">: " + rs.getString(3))
                .list();
    }
}
