package org.parley.vote.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roster address changes waiting for, or given, the election committee's acceptance ({@code vote_address_change}). */
@Repository
class AddressChangeRepository {

    record Row(long rosterId, String oldEmail, String newEmail, String status, String reason, String decidedBy,
               Instant requestedAt, Instant decidedAt) {
    }

    private final JdbcClient jdbc;

    AddressChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the latest change of an elector's address as pending, replacing an earlier one. */
    void pending(long voteId, long rosterId, String oldEmail, String newEmail, Instant now) {
        jdbc.sql("delete from vote_address_change where vote_id = :vote and roster_id = :roster")
                .param("vote", voteId).param("roster", rosterId).update();
        jdbc.sql("""
                insert into vote_address_change (vote_id, roster_id, old_email, new_email, status, requested_at)
                values (:vote, :roster, :old, :new, 'PENDING', :now)
                """)
                .param("vote", voteId).param("roster", rosterId).param("old", oldEmail).param("new", newEmail)
                .param("now", VoteRepository.utc(now)).update();
    }

    /** Forgets a change (the roster went back to the frozen address); true if a pending one was there. */
    boolean withdraw(long voteId, long rosterId) {
        return jdbc.sql("delete from vote_address_change where vote_id = :vote and roster_id = :roster and status = 'PENDING'")
                .param("vote", voteId).param("roster", rosterId).update() > 0;
    }

    Optional<Row> find(long voteId, long rosterId) {
        return jdbc.sql(SELECT + " where vote_id = :vote and roster_id = :roster")
                .param("vote", voteId).param("roster", rosterId).query((rs, n) -> row(rs)).optional();
    }

    List<Row> all(long voteId) {
        return jdbc.sql(SELECT + " where vote_id = :vote order by status desc, requested_at")
                .param("vote", voteId).query((rs, n) -> row(rs)).list();
    }

    /** @param salt the commitment's salt, kept for the committee to reveal (RecordFormat.electorCommitment) */
    int accept(long voteId, long rosterId, String reason, String by, Instant now, String salt) {
        return jdbc.sql("""
                update vote_address_change set status = 'ACCEPTED', reason = :reason, decided_by = :by, decided_at = :now,
                       salt = :salt
                where vote_id = :vote and roster_id = :roster and status = 'PENDING'
                """)
                .param("reason", reason).param("salt", salt).param("by", by).param("now", VoteRepository.utc(now))
                .param("vote", voteId).param("roster", rosterId).update();
    }

    private static final String SELECT = """
            select roster_id, old_email, new_email, status, reason, decided_by, requested_at, decided_at from vote_address_change""";

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new Row(rs.getLong("roster_id"), rs.getString("old_email"), rs.getString("new_email"), rs.getString("status"),
                rs.getString("reason"), rs.getString("decided_by"), rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant());
    }
}
