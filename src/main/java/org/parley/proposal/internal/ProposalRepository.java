package org.parley.proposal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.contract.SectionChange;
import java.util.Optional;
import org.parley.platform.Side;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.TentativeAgreement;
import org.parley.proposal.ThreadStatus;
import org.parley.proposal.WalkBack;
import org.parley.proposal.Withdrawal;
import org.parley.platform.Revision;
import org.parley.platform.Revisions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ProposalRepository {

    private final JdbcClient jdbc;

    /** Raised by every write below that changes what was passed or agreed at a table: its tally is kept until then. */
    private final Revision revisions;

    ProposalRepository(JdbcClient jdbc, Revisions revisions) {
        this.jdbc = jdbc;
        this.revisions = revisions.of("proposal_table_revision", "table_id");
    }

    /** The revisions of the tables' tallies (see {@link #moveThread}, {@link #insertVersion}, ...). */
    Revision tableRevisions() {
        return revisions;
    }

    long insertThread(long tableId, long negotiationId, String title, String article, boolean economic, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into proposal_thread (table_id, negotiation_id, title, article, economic, status, created_at)
                values (:table, :negotiation, :title, :article, :economic, :status, :now)
                """)
                .param("table", tableId).param("negotiation", negotiationId).param("title", title)
                .param("article", article).param("economic", economic)
                .param("status", ThreadStatus.ON_THE_TABLE.name()).param("now", utc(now))
                .update(keys, "id");
        revisions.raise(tableId);
        return keys.getKeyAs(Number.class).longValue();
    }

    private static final String SELECT_THREAD = "select id, table_id, negotiation_id, title, article, economic, status, origin from proposal_thread";

    void setOrigin(long threadId, String origin) {
        jdbc.sql("update proposal_thread set origin = :origin where id = :id").param("origin", origin).param("id", threadId).update();
        revisions.raise(tableOf(threadId));
    }

    Optional<ProposalThread> thread(long id) {
        return jdbc.sql(SELECT_THREAD + " where id = :id").param("id", id).query((rs, n) -> thread(rs)).optional();
    }

    /** The thread, locked until the transaction ends: moves on one thread are recorded one at a time. */
    Optional<ProposalThread> lockThread(long id) {
        return jdbc.sql(SELECT_THREAD + " where id = :id for update").param("id", id).query((rs, n) -> thread(rs)).optional();
    }

    List<ProposalThread> threads(long tableId) {
        return jdbc.sql(SELECT_THREAD + " where table_id = :table order by id").param("table", tableId)
                .query((rs, n) -> thread(rs)).list();
    }

    List<ProposalThread> searchThreads(String pattern, int limit) {
        return jdbc.sql(SELECT_THREAD + """
                 where lower(title) like :pattern escape '\\'
                    or lower(coalesce(article, '')) like :pattern escape '\\'
                    or id in (select thread_id from proposal_version
                              where lower(language) like :pattern escape '\\' or lower(coalesce(summary, '')) like :pattern escape '\\')
                 order by id desc limit :limit
                """)
                .param("pattern", pattern).param("limit", limit)
                .query((rs, n) -> thread(rs)).list();
    }

    /** The thread now lives at {@code toTableId} (a referral); both tables' figures move. */
    void moveThread(long threadId, long fromTableId, long toTableId) {
        jdbc.sql("update proposal_thread set table_id = :to where id = :id").param("to", toTableId).param("id", threadId).update();
        revisions.raise(fromTableId);
        revisions.raise(toTableId);
    }

    private long tableOf(long threadId) {
        return jdbc.sql("select table_id from proposal_thread where id = :id").param("id", threadId).query(Long.class).single();
    }

    void updateStatus(long threadId, ThreadStatus status) {
        jdbc.sql("update proposal_thread set status = :status where id = :id")
                .param("status", status.name()).param("id", threadId).update();
        revisions.raise(tableOf(threadId));
    }

    /** The next running number of the side's proposals at the table; a null side numbers the joint versions. */
    /**
     * The next number of a side's versions at a table (joint agreements when {@code side} is null), taken
     * under the lock of the table's counter row until the transaction ends: writers at one table wait
     * their turn, one after the other, and each gets the number after the last. The counter never falls
     * behind a number already in {@code proposal_version}, however that row was written.
     */
    int nextSideNumber(long tableId, Side side) {
        String counter = side == null ? "JOINT" : side.name();
        String ofSide = side == null ? "side is null" : "side = :side";
        jdbc.sql("insert into proposal_numbering (table_id, side, last_number) values (:table, :counter, 0) on conflict do nothing")
                .param("table", tableId).param("counter", counter).update();
        var taking = jdbc.sql("""
                update proposal_numbering
                set last_number = greatest(last_number,
                        (select coalesce(max(side_number), 0) from proposal_version where table_id = :table and %s)) + 1
                where table_id = :table and side = :counter
                """.formatted(ofSide)).param("table", tableId).param("counter", counter);
        (side == null ? taking : taking.param("side", side.name())).update();
        return jdbc.sql("select last_number from proposal_numbering where table_id = :table and side = :counter")
                .param("table", tableId).param("counter", counter).query(Integer.class).single();
    }

    long insertVersion(long threadId, long tableId, int number, Side side, int sideNumber, long sessionId,
            LocalDate passedOn, String language, String summary, String recordedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into proposal_version (thread_id, table_id, number, side, side_number, session_id, passed_on,
                                              language, summary, recorded_by, recorded_at)
                values (:thread, :table, :number, :side, :sideNumber, :session, :passedOn, :language, :summary, :by, :now)
                """)
                .param("thread", threadId).param("table", tableId).param("number", number).param("side", side == null ? null : side.name())
                .param("sideNumber", sideNumber).param("session", sessionId).param("passedOn", passedOn)
                .param("language", language).param("summary", summary).param("by", recordedBy).param("now", utc(now))
                .update(keys, "id");
        revisions.raise(tableId);
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertChanges(long versionId, List<SectionChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            SectionChange c = changes.get(i);
            jdbc.sql("""
                    insert into proposal_version_change (version_id, position, op, section, new_number, title, text)
                    values (:version, :position, :op, :section, :newNumber, :title, :text)
                    """)
                    .param("version", versionId).param("position", i).param("op", c.op().name()).param("section", c.section())
                    .param("newNumber", c.newNumber()).param("title", c.title()).param("text", c.text())
                    .update();
        }
    }

    private Map<Long, List<SectionChange>> changes(String where, Map<String, ?> params) {
        record Row(long versionId, SectionChange change) {
        }
        return jdbc.sql("""
                select c.version_id, c.op, c.section, c.new_number, c.title, c.text
                from proposal_version_change c join proposal_version v on v.id = c.version_id
                """ + where + " order by c.version_id, c.position")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("version_id"), new SectionChange(SectionChange.Op.valueOf(rs.getString("op")),
                        rs.getString("section"), rs.getString("new_number"), rs.getString("title"), rs.getString("text"))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::versionId, LinkedHashMap::new, Collectors.mapping(Row::change, Collectors.toList())));
    }

    private static List<ProposalVersion> withChanges(List<ProposalVersion> versions, Map<Long, List<SectionChange>> changes) {
        return versions.stream().map(v -> new ProposalVersion(v.id(), v.threadId(), v.number(), v.side(), v.sideNumber(),
                v.sessionId(), v.passedOn(), v.language(), v.summary(), v.recordedBy(), v.recordedAt(),
                List.copyOf(changes.getOrDefault(v.id(), List.of())))).toList();
    }

    private static final String SELECT_VERSION = """
            select id, thread_id, number, side, side_number, session_id, passed_on, language, summary, recorded_by, recorded_at
            from proposal_version
            """;

    List<ProposalVersion> versionsOfThread(long threadId) {
        return withChanges(jdbc.sql(SELECT_VERSION + " where thread_id = :thread order by number").param("thread", threadId)
                .query((rs, n) -> version(rs)).list(), changes("where v.thread_id = :thread", Map.of("thread", threadId)));
    }

    List<ProposalVersion> versionsOfTable(long tableId) {
        return withChanges(jdbc.sql(SELECT_VERSION + " where table_id = :table order by passed_on, id").param("table", tableId)
                .query((rs, n) -> version(rs)).list(), changes("where v.table_id = :table", Map.of("table", tableId)));
    }

    Optional<ProposalVersion> version(long versionId) {
        return jdbc.sql(SELECT_VERSION + " where id = :id").param("id", versionId).query((rs, n) -> version(rs)).optional()
                .map(v -> withChanges(List.of(v), changes("where v.id = :id", Map.of("id", versionId))).get(0));
    }

    long insertWithdrawal(long threadId, Side side, LocalDate on, String recordedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into proposal_withdrawal (thread_id, side, withdrawn_on, recorded_by, recorded_at)
                values (:thread, :side, :on, :by, :now)
                """)
                .param("thread", threadId).param("side", side.name()).param("on", on).param("by", recordedBy)
                .param("now", utc(now))
                .update(keys, "id");
        revisions.raise(tableOf(threadId));
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Withdrawal> withdrawals(long threadId) {
        return jdbc.sql("select id, thread_id, side, withdrawn_on, recorded_by from proposal_withdrawal where thread_id = :thread order by id")
                .param("thread", threadId)
                .query((rs, n) -> new Withdrawal(rs.getLong("id"), rs.getLong("thread_id"), Side.valueOf(rs.getString("side")),
                        rs.getObject("withdrawn_on", LocalDate.class), rs.getString("recorded_by")))
                .list();
    }

    long insertTentativeAgreement(long threadId, long versionId, long tableId, LocalDate signedOn, String laborInitials,
            String managementInitials, String recordedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into tentative_agreement (thread_id, version_id, table_id, signed_on, labor_initials,
                                                 management_initials, recorded_by, recorded_at)
                values (:thread, :version, :table, :signedOn, :labor, :management, :by, :now)
                """)
                .param("thread", threadId).param("version", versionId).param("table", tableId).param("signedOn", signedOn)
                .param("labor", laborInitials).param("management", managementInitials).param("by", recordedBy)
                .param("now", utc(now))
                .update(keys, "id");
        revisions.raise(tableId);
        return keys.getKeyAs(Number.class).longValue();
    }

    void insertWalkBack(long tentativeAgreementId, Side side, LocalDate on, String reason, String recordedBy, Instant now) {
        jdbc.sql("""
                insert into tentative_agreement_walk_back (tentative_agreement_id, side, walked_back_on, reason,
                                                           recorded_by, recorded_at)
                values (:ta, :side, :on, :reason, :by, :now)
                """)
                .param("ta", tentativeAgreementId).param("side", side.name()).param("on", on).param("reason", reason)
                .param("by", recordedBy).param("now", utc(now))
                .update();
        revisions.raise(jdbc.sql("select table_id from tentative_agreement where id = :id").param("id", tentativeAgreementId)
                .query(Long.class).single());
    }

    private static final String SELECT_TA = """
            select t.id, t.thread_id, t.version_id, t.table_id, t.signed_on, t.labor_initials, t.management_initials,
                   t.recorded_by, w.side as wb_side, w.walked_back_on, w.reason, w.recorded_by as wb_by, w.recorded_at as wb_at
            from tentative_agreement t left join tentative_agreement_walk_back w on w.tentative_agreement_id = t.id
            """;

    Optional<TentativeAgreement> tentativeAgreement(long id) {
        return jdbc.sql(SELECT_TA + " where t.id = :id").param("id", id).query((rs, n) -> tentativeAgreement(rs)).optional();
    }

    List<TentativeAgreement> tentativeAgreementsOfThread(long threadId) {
        return jdbc.sql(SELECT_TA + " where t.thread_id = :thread order by t.id").param("thread", threadId)
                .query((rs, n) -> tentativeAgreement(rs)).list();
    }

    List<TentativeAgreement> tentativeAgreementsOfTable(long tableId) {
        return jdbc.sql(SELECT_TA + " where t.table_id = :table order by t.signed_on, t.id").param("table", tableId)
                .query((rs, n) -> tentativeAgreement(rs)).list();
    }

    private static ProposalThread thread(ResultSet rs) throws SQLException {
        return new ProposalThread(rs.getLong("id"), rs.getLong("table_id"), rs.getLong("negotiation_id"), rs.getString("title"),
                rs.getString("article"), rs.getBoolean("economic"), ThreadStatus.valueOf(rs.getString("status")), rs.getString("origin"));
    }

    private static ProposalVersion version(ResultSet rs) throws SQLException {
        return new ProposalVersion(rs.getLong("id"), rs.getLong("thread_id"), rs.getInt("number"),
                rs.getString("side") == null ? null : Side.valueOf(rs.getString("side")), rs.getInt("side_number"), rs.getLong("session_id"),
                rs.getObject("passed_on", LocalDate.class), rs.getString("language"), rs.getString("summary"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), List.of());
    }

    private static TentativeAgreement tentativeAgreement(ResultSet rs) throws SQLException {
        String walkBackSide = rs.getString("wb_side");
        WalkBack walkBack = walkBackSide == null ? null : new WalkBack(Side.valueOf(walkBackSide),
                rs.getObject("walked_back_on", LocalDate.class), rs.getString("reason"), rs.getString("wb_by"),
                rs.getObject("wb_at", OffsetDateTime.class).toInstant());
        return new TentativeAgreement(rs.getLong("id"), rs.getLong("thread_id"), rs.getLong("version_id"),
                rs.getLong("table_id"), rs.getObject("signed_on", LocalDate.class), rs.getString("labor_initials"),
                rs.getString("management_initials"), rs.getString("recorded_by"), walkBack);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
