package org.parley.member.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parley.member.Recipient;
import org.parley.member.RosterMember;
import org.parley.member.RosterStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RosterRepository {

    /** Rows per multi-row insert: well under PostgreSQL's 32,767 parameters per statement. */
    static final int INSERT_CHUNK = 500;

    private static final String SELECT = """
            select id, negotiation_id, member_id, name, email, mobile, classification, worksite, unit, status, account_id
            from member_roster
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RosterRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<RosterMember> all(long negotiationId) {
        return jdbc.sql(SELECT + " where negotiation_id = :negotiation")
                .param("negotiation", negotiationId).query((rs, n) -> member(rs)).list();
    }

    List<RosterMember> page(long negotiationId, String pattern, int limit) {
        String match = pattern == null ? "" : """
                 and (lower(name) like :pattern escape '\\' or lower(member_id) like :pattern escape '\\'
                      or email_key like :pattern escape '\\' or lower(coalesce(worksite, '')) like :pattern escape '\\')
                """;
        var statement = jdbc.sql(SELECT + " where negotiation_id = :negotiation" + match + " order by member_id limit :limit")
                .param("negotiation", negotiationId).param("limit", limit);
        return (pattern == null ? statement : statement.param("pattern", pattern))
                .query((rs, n) -> member(rs)).list();
    }

    record Counts(int active, int inactive, int withoutEmail) {
    }

    Counts counts(long negotiationId) {
        return jdbc.sql("""
                select sum(case when status = 'ACTIVE' then 1 else 0 end) as active,
                       sum(case when status = 'INACTIVE' then 1 else 0 end) as inactive,
                       sum(case when status = 'ACTIVE' and email is null then 1 else 0 end) as without_email
                from member_roster where negotiation_id = :negotiation
                """)
                .param("negotiation", negotiationId)
                .query((rs, n) -> new Counts(rs.getInt("active"), rs.getInt("inactive"), rs.getInt("without_email")))
                .single();
    }

    List<Recipient> recipients(long negotiationId) {
        return jdbc.sql("""
                select id, name, email from member_roster
                where negotiation_id = :negotiation and status = 'ACTIVE' and email is not null order by id
                """)
                .param("negotiation", negotiationId)
                .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("name"), rs.getString("email")))
                .list();
    }

    Optional<RosterMember> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> member(rs)).optional();
    }

    Optional<RosterMember> byMemberId(long negotiationId, String memberId) {
        return jdbc.sql(SELECT + " where negotiation_id = :negotiation and member_id = :memberId")
                .param("negotiation", negotiationId).param("memberId", memberId)
                .query((rs, n) -> member(rs)).optional();
    }

    List<RosterMember> byAccount(long accountId) {
        return jdbc.sql(SELECT + " where account_id = :account and status = 'ACTIVE' order by negotiation_id")
                .param("account", accountId).query((rs, n) -> member(rs)).list();
    }

    List<RosterMember> activeByEmail(String emailKey) {
        return jdbc.sql(SELECT + " where email_key = :email and status = 'ACTIVE' order by id")
                .param("email", emailKey).query((rs, n) -> member(rs)).list();
    }

    List<RosterMember> byEmail(String emailKey) {
        return jdbc.sql(SELECT + " where email_key = :email order by id")
                .param("email", emailKey).query((rs, n) -> member(rs)).list();
    }

    void linkAccount(long rosterId, long accountId) {
        jdbc.sql("update member_roster set account_id = :account where id = :id")
                .param("account", accountId).param("id", rosterId).update();
    }

    /** Inserts new rows with multi-row statements: fast on H2 and PostgreSQL alike. */
    void insert(long negotiationId, List<RosterCsv.Row> rows, Instant now) {
        Timestamp at = Timestamp.from(now);
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            List<RosterCsv.Row> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
            StringBuilder sql = new StringBuilder("""
                    insert into member_roster (negotiation_id, member_id, name, email, email_key, mobile, classification,
                                               worksite, unit, status, updated_at) values
                    """);
            List<Object> args = new ArrayList<>(chunk.size() * 11);
            for (int i = 0; i < chunk.size(); i++) {
                RosterCsv.Row r = chunk.get(i);
                sql.append(i == 0 ? "(?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?)");
                args.add(negotiationId);
                args.add(r.memberId());
                args.add(r.name());
                args.add(r.email());
                args.add(RosterCsv.emailKey(r.email()));
                args.add(r.mobile());
                args.add(r.classification());
                args.add(r.worksite());
                args.add(r.unit());
                args.add(r.status().name());
                args.add(at);
            }
            template.update(sql.toString(), args.toArray());
        }
    }

    void update(long negotiationId, List<RosterCsv.Row> rows, Instant now) {
        Timestamp at = Timestamp.from(now);
        template.batchUpdate("""
                update member_roster set name = ?, email = ?, email_key = ?, mobile = ?, classification = ?, worksite = ?,
                       unit = ?, status = ?, updated_at = ?
                where negotiation_id = ? and member_id = ?
                """, rows, 1000, (ps, r) -> {
            ps.setString(1, r.name());
            ps.setString(2, r.email());
            ps.setString(3, RosterCsv.emailKey(r.email()));
            ps.setString(4, r.mobile());
            ps.setString(5, r.classification());
            ps.setString(6, r.worksite());
            ps.setString(7, r.unit());
            ps.setString(8, r.status().name());
            ps.setTimestamp(9, at);
            ps.setLong(10, negotiationId);
            ps.setString(11, r.memberId());
        });
    }

    void inactivate(Collection<Long> ids, Instant now) {
        Timestamp at = Timestamp.from(now);
        template.batchUpdate("update member_roster set status = 'INACTIVE', updated_at = ? where id = ?", ids, 1000,
                (ps, id) -> {
                    ps.setTimestamp(1, at);
                    ps.setLong(2, id);
                });
    }

    // --- sign-in links ---

    void insertLink(long rosterId, String tokenHash, String sentTo, Instant now, Instant expires) {
        jdbc.sql("""
                insert into member_sign_in_link (roster_id, token_hash, sent_to, created_at, expires_at)
                values (:roster, :hash, :sentTo, :now, :expires)
                """)
                .param("roster", rosterId).param("hash", tokenHash).param("sentTo", sentTo).param("now", utc(now))
                .param("expires", utc(expires)).update();
    }

    /** A redeemed link: the roster entry it signs in, and the address it was sent to. */
    record Redeemed(long rosterId, String sentTo) {
    }

    /** Holds the roster entry's row lock until the transaction ends, so that concurrent link requests count in turn. */
    void lockForLinks(long rosterId) {
        jdbc.sql("select id from member_roster where id = :roster for update").param("roster", rosterId).query(Long.class).optional();
    }

    int linksSince(long rosterId, Instant since) {
        return jdbc.sql("select count(*) from member_sign_in_link where roster_id = :roster and created_at > :since")
                .param("roster", rosterId).param("since", utc(since)).query(Integer.class).single();
    }

    /** Marks a link used if it is unused and unexpired; the roster entry it signs in and where it went, or empty. */
    Optional<Redeemed> redeem(String tokenHash, Instant now) {
        Optional<Redeemed> roster = jdbc.sql("""
                select roster_id, sent_to from member_sign_in_link
                where token_hash = :hash and used_at is null and expires_at > :now
                """)
                .param("hash", tokenHash).param("now", utc(now))
                .query((rs, n) -> new Redeemed(rs.getLong("roster_id"), rs.getString("sent_to"))).optional();
        if (roster.isEmpty()) {
            return Optional.empty();
        }
        int used = jdbc.sql("""
                update member_sign_in_link set used_at = :now
                where token_hash = :hash and used_at is null and expires_at > :now
                """)
                .param("hash", tokenHash).param("now", utc(now)).update();
        return used == 1 ? roster : Optional.empty();
    }

    static RosterMember member(ResultSet rs) throws SQLException {
        Number account = (Number) rs.getObject("account_id");
        return new RosterMember(rs.getLong("id"), rs.getLong("negotiation_id"), rs.getString("member_id"),
                rs.getString("name"), rs.getString("email"), rs.getString("mobile"), rs.getString("classification"),
                rs.getString("worksite"), rs.getString("unit"), RosterStatus.valueOf(rs.getString("status")),
                account == null ? null : account.longValue());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
