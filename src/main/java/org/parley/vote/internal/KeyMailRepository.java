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
        template.batchUpdate("insert into vote_key_mail (vote_id, roster_id, email, name, status, next_attempt_at, queued_at) values (?,?,?,?,'QUEUED',?,?)",
                recipients, 500, (ps, r) -> {
                    ps.setLong(1, voteId);
                    ps.setLong(2, r.rosterId());
                    ps.setString(3, r.email());
                    ps.setString(4, r.name());
                    ps.setObject(5, at);
                    ps.setObject(6, at);
                });
    }

    /** The keys a claim holds (see {@link org.parley.platform.WorkQueue}). */
    List<Due> claimed(String token) {
        return jdbc.sql("""
                select m.vote_id, m.roster_id, m.email, m.name, m.attempts, v.title, v.opens_at, v.closes_at, v.time_zone, v.status
                from vote_key_mail m join vote_vote v on v.id = m.vote_id
                where m.claimed_by = :token and m.status = 'QUEUED'
                order by m.next_attempt_at, m.vote_id, m.roster_id
                """)
                .param("token", token)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                        rs.getObject(8, OffsetDateTime.class).toInstant(), ZoneId.of(rs.getString(9)),
                        VoteStatus.valueOf(rs.getString(10))))
                .list();
    }

    /**
     * Gives the elector the key about to be sent, beside any key mailed before (which keeps working),
     * if the claim still holds the row: false when a new round of keys replaced it meanwhile.
     */
    boolean addKey(Due due, String token, String keyHash) {
        return jdbc.sql("""
                insert into vote_key (vote_id, roster_id, key_hash)
                select vote_id, roster_id, :hash from vote_key_mail
                where vote_id = :vote and roster_id = :roster and claimed_by = :token and status = 'QUEUED'
                """)
                .param("hash", keyHash).param("vote", due.voteId()).param("roster", due.rosterId()).param("token", token)
                .update() == 1;
    }

    void sent(Due due, String token) {
        mark(due, token, "SENT", null, null);
    }

    void retryAt(Due due, String token, Instant next, String error) {
        mark(due, token, "QUEUED", next, error);
    }

    void failed(Due due, String token, String error) {
        mark(due, token, "FAILED", null, error);
    }

    private void mark(Due due, String token, String status, Instant next, String error) {
        jdbc.sql("""
                update vote_key_mail set status = :status, last_error = :error, attempts = attempts + 1,
                       next_attempt_at = coalesce(:next, next_attempt_at), claimed_by = null, claimed_until = null
                where vote_id = :vote and roster_id = :roster and claimed_by = :token
                """)
                .param("status", status).param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .param("next", next == null ? null : next.atOffset(ZoneOffset.UTC))
                .param("vote", due.voteId()).param("roster", due.rosterId()).param("token", token).update();
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
