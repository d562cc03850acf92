package org.parley.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.parley.member.NewPetition;
import org.parley.member.Petition;
import org.parley.member.PetitionKind;
import org.parley.member.Signature;
import org.parley.platform.Audience;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PetitionRepository {

    private static final String SELECT = """
            select p.id, p.negotiation_id, p.kind, p.title, p.body, p.goal, p.audience, p.deadline,
                   (select count(*) from member_petition_signature s
                    where s.petition_id = p.id and s.withdrawn_at is null) as signatures
            from member_petition p
            """;

    private final JdbcClient jdbc;

    PetitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long negotiationId, NewPetition p, PetitionKind kind, int goal, String createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into member_petition (negotiation_id, kind, title, body, goal, audience, deadline, created_by, created_at)
                values (:negotiation, :kind, :title, :body, :goal, :audience, :deadline, :by, :now)
                """)
                .param("negotiation", negotiationId).param("kind", kind.name()).param("title", p.title().strip())
                .param("body", p.text().strip()).param("goal", goal).param("audience", p.audience().name())
                .param("deadline", p.deadline()).param("by", createdBy).param("now", RosterRepository.utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Petition> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query((rs, n) -> petition(rs)).optional();
    }

    List<Petition> ofNegotiation(long negotiationId, List<String> audiences) {
        return jdbc.sql(SELECT + " where p.negotiation_id = :negotiation and p.audience in (:audiences) order by p.id desc")
                .param("negotiation", negotiationId).param("audiences", audiences)
                .query((rs, n) -> petition(rs)).list();
    }

    /** A signer's row, withdrawn or not. */
    record Row(long id, String name, String email, Long rosterId, Instant signedAt, Instant withdrawnAt) {
    }

    Optional<Row> signature(long petitionId, String signerKey) {
        return jdbc.sql("""
                select id, name, email, roster_id, signed_at, withdrawn_at from member_petition_signature
                where petition_id = :petition and signer_key = :key
                """)
                .param("petition", petitionId).param("key", signerKey).query((rs, n) -> row(rs)).optional();
    }

    void insertSignature(long petitionId, String signerKey, Long rosterId, String name, String email, String withdrawHash,
            Instant now) {
        jdbc.sql("""
                insert into member_petition_signature (petition_id, signer_key, roster_id, name, email, withdraw_token_hash, signed_at)
                values (:petition, :key, :roster, :name, :email, :withdraw, :now)
                """)
                .param("petition", petitionId).param("key", signerKey).param("roster", rosterId).param("name", name)
                .param("email", email).param("withdraw", withdrawHash).param("now", RosterRepository.utc(now)).update();
    }

    void resign(long id, String name, String withdrawHash, Instant now) {
        jdbc.sql("""
                update member_petition_signature set withdrawn_at = null, signed_at = :now, name = :name,
                       withdraw_token_hash = coalesce(:withdraw, withdraw_token_hash)
                where id = :id
                """)
                .param("now", RosterRepository.utc(now)).param("name", name).param("withdraw", withdrawHash).param("id", id)
                .update();
    }

    int withdraw(long petitionId, String signerKey, Instant now) {
        return jdbc.sql("""
                update member_petition_signature set withdrawn_at = :now
                where petition_id = :petition and signer_key = :key and withdrawn_at is null
                """)
                .param("now", RosterRepository.utc(now)).param("petition", petitionId).param("key", signerKey).update();
    }

    int withdrawByToken(long petitionId, String tokenHash, Instant now) {
        return jdbc.sql("""
                update member_petition_signature set withdrawn_at = :now
                where petition_id = :petition and withdraw_token_hash = :hash and withdrawn_at is null
                """)
                .param("now", RosterRepository.utc(now)).param("petition", petitionId).param("hash", tokenHash).update();
    }

    List<Row> signers(long petitionId) {
        return jdbc.sql("""
                select id, name, email, roster_id, signed_at, withdrawn_at from member_petition_signature
                where petition_id = :petition and withdrawn_at is null order by signed_at, id
                """)
                .param("petition", petitionId).query((rs, n) -> row(rs)).list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Number roster = (Number) rs.getObject("roster_id");
        OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
                roster == null ? null : roster.longValue(), rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
                withdrawn == null ? null : withdrawn.toInstant());
    }

    private static Petition petition(ResultSet rs) throws SQLException {
        return new Petition(rs.getLong("id"), rs.getLong("negotiation_id"), PetitionKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body"), rs.getInt("goal"), Audience.valueOf(rs.getString("audience")),
                rs.getObject("deadline", LocalDate.class), rs.getLong("signatures"));
    }
}
