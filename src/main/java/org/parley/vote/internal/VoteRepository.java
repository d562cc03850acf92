package org.parley.vote.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parley.vote.DuplicateRule;
import org.parley.vote.Electorate;
import org.parley.vote.Question;
import org.parley.vote.RuleType;
import org.parley.vote.VoteKind;
import org.parley.vote.VoteRule;
import org.parley.vote.VoteStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class VoteRepository {

    /** Rows per multi-row insert: well under PostgreSQL's 32,767 parameters per statement. */
    static final int INSERT_CHUNK = 500;

    private static final String SELECT = """
            select id, negotiation_id, kind, title, explanation, opens_at, closes_at, time_zone, electorate_statuses,
                   electorate_classifications, electorate_worksites, electorate_units, rule_type, min_turnout,
                   turnout_threshold, allow_revote, live_turnout, duplicate_rule, status, eligible, electorate_fingerprint,
                   defined_by
            from vote_vote
            """;

    /** A vote's row, without its questions. */
    record Row(long id, long negotiationId, VoteKind kind, String title, String explanation, Instant opensAt, Instant closesAt,
               ZoneId timeZone, Electorate electorate, VoteRule rule, boolean allowRevote, boolean liveTurnout,
               DuplicateRule duplicateRule, VoteStatus status, int eligible, String fingerprint, String definedBy) {
    }

    record Voter(long rosterId, String channel, String envelope, String revoteCheck) {
    }

    record Batch(int number, String label, String ballots, int total, String recordedBy, long recordedByAccount,
                 String signedOffBy) {
    }

    record Entry(long seq, Instant at, String type, String data, String previous, String hash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    VoteRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Inserts rows with multi-row statements of {@link #INSERT_CHUNK} rows: {@code insert} ends with
     * "values ", {@code row} is one row's placeholders such as "(?,?,?)", {@code values} gives a row's
     * arguments. Fast on H2 and PostgreSQL alike.
     */
    private <T> void insertRows(String insert, String row, List<T> rows, java.util.function.Function<T, List<Object>> values) {
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
            StringBuilder sql = new StringBuilder(insert);
            List<Object> args = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append(row);
                args.addAll(values.apply(chunk.get(i)));
            }
            template.update(sql.toString(), args.toArray());
        }
    }

    // --- votes ---

    long insert(Row v, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into vote_vote (negotiation_id, kind, title, explanation, opens_at, closes_at, time_zone,
                                       electorate_statuses, electorate_classifications, electorate_worksites, electorate_units,
                                       rule_type, min_turnout, turnout_threshold, allow_revote, live_turnout, duplicate_rule,
                                       status, eligible, electorate_fingerprint, defined_by, defined_at)
                values (:negotiation, :kind, :title, :explanation, :opens, :closes, :zone, :statuses, :classifications,
                        :worksites, :units, :ruleType, :minTurnout, :threshold, :revote, :live, :duplicate, :status,
                        :eligible, :fingerprint, :by, :now)
                """)
                .param("negotiation", v.negotiationId()).param("kind", v.kind().name()).param("title", v.title())
                .param("explanation", v.explanation()).param("opens", utc(v.opensAt())).param("closes", utc(v.closesAt()))
                .param("zone", v.timeZone().getId())
                .param("statuses", lines(v.electorate().statuses())).param("classifications", lines(v.electorate().classifications()))
                .param("worksites", lines(v.electorate().worksites())).param("units", lines(v.electorate().units()))
                .param("ruleType", v.rule().type().name()).param("minTurnout", v.rule().minTurnout())
                .param("threshold", v.rule().turnoutThreshold()).param("revote", v.allowRevote()).param("live", v.liveTurnout())
                .param("duplicate", v.duplicateRule().name()).param("status", v.status().name()).param("eligible", v.eligible())
                .param("fingerprint", v.fingerprint()).param("by", v.definedBy()).param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    List<Row> ofNegotiation(long negotiationId) {
        return jdbc.sql(SELECT + " where negotiation_id = :negotiation order by opens_at desc, id desc")
                .param("negotiation", negotiationId).query((rs, n) -> row(rs)).list();
    }

    List<Row> all() {
        return jdbc.sql(SELECT + " order by opens_at desc, id desc").query((rs, n) -> row(rs)).list();
    }

    boolean anyOf(long negotiationId, VoteKind kind) {
        return jdbc.sql("select count(*) from vote_vote where negotiation_id = :negotiation and kind = :kind")
                .param("negotiation", negotiationId).param("kind", kind.name()).query(Long.class).single() > 0;
    }

    /** Moves a vote from one status to the next; 0 when it was not in {@code from}. */
    int moveStatus(long id, VoteStatus from, VoteStatus to) {
        return jdbc.sql("update vote_vote set status = :to where id = :id and status = :from")
                .param("to", to.name()).param("id", id).param("from", from.name()).update();
    }

    void updateElectorate(long id, int eligible, String fingerprint) {
        jdbc.sql("update vote_vote set eligible = :eligible, electorate_fingerprint = :fingerprint where id = :id")
                .param("eligible", eligible).param("fingerprint", fingerprint).param("id", id).update();
    }

    void insertQuestions(long voteId, List<Question> questions) {
        for (Question q : questions) {
            jdbc.sql("insert into vote_question (vote_id, position, text, choices) values (:vote, :position, :text, :choices)")
                    .param("vote", voteId).param("position", q.index()).param("text", q.text())
                    .param("choices", String.join("\n", q.choices())).update();
        }
    }

    List<Question> questions(long voteId) {
        return jdbc.sql("select position, text, choices from vote_question where vote_id = :vote order by position")
                .param("vote", voteId)
                .query((rs, n) -> new Question(rs.getInt("position"), rs.getString("text"),
                        Arrays.asList(rs.getString("choices").split("\n"))))
                .list();
    }

    // --- electorate ---

    /** A frozen elector: the roster entry, the member ID (for the fingerprint) and the e-mail address. */
    record Elector(long rosterId, String memberId, String email) {
    }

    /** Inserts the frozen electorate, with each elector's address, in multi-row statements. */
    void insertElectors(long voteId, List<Elector> electors) {
        insertRows("insert into vote_elector (vote_id, roster_id, member_id, email) values ", "(?,?,?,?)", electors,
                e -> java.util.Arrays.asList(voteId, e.rosterId(), e.memberId(), e.email()));
    }

    int addElector(long voteId, Elector elector, String reason, String salt) {
        return jdbc.sql("""
                insert into vote_elector (vote_id, roster_id, member_id, email, added_reason, added_salt)
                values (:vote, :roster, :member, :email, :reason, :salt)
                on conflict do nothing
                """)
                .param("vote", voteId).param("roster", elector.rosterId()).param("member", elector.memberId())
                .param("email", elector.email()).param("reason", reason).param("salt", salt).update();
    }

    Optional<Elector> elector(long voteId, long rosterId) {
        return jdbc.sql("select roster_id, member_id, email from vote_elector where vote_id = :vote and roster_id = :roster")
                .param("vote", voteId).param("roster", rosterId)
                .query((rs, n) -> new Elector(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** Every frozen elector with their address, in member-ID order. */
    List<Elector> electorsWithAddresses(long voteId) {
        return jdbc.sql("select roster_id, member_id, email from vote_elector where vote_id = :vote order by member_id")
                .param("vote", voteId).query((rs, n) -> new Elector(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    void updateElectorEmail(long voteId, long rosterId, String email) {
        jdbc.sql("update vote_elector set email = :email where vote_id = :vote and roster_id = :roster")
                .param("email", email).param("vote", voteId).param("roster", rosterId).update();
    }

    boolean isElector(long voteId, long rosterId) {
        return jdbc.sql("select count(*) from vote_elector where vote_id = :vote and roster_id = :roster")
                .param("vote", voteId).param("roster", rosterId).query(Long.class).single() > 0;
    }

    Optional<Long> electorByMemberId(long voteId, String memberId) {
        return jdbc.sql("select roster_id from vote_elector where vote_id = :vote and member_id = :member")
                .param("vote", voteId).param("member", memberId).query(Long.class).optional();
    }

    List<String> electorMemberIds(long voteId) {
        return jdbc.sql("select member_id from vote_elector where vote_id = :vote")
                .param("vote", voteId).query(String.class).list();
    }

    /** Every elector, in member-ID order: who voting keys go to. */
    List<Long> electors(long voteId) {
        return jdbc.sql("select roster_id from vote_elector where vote_id = :vote order by member_id")
                .param("vote", voteId).query(Long.class).list();
    }

    // --- voting keys ---

    void replaceKeys(long voteId, List<Map.Entry<Long, String>> hashes) {
        jdbc.sql("delete from vote_key where vote_id = :vote").param("vote", voteId).update();
        insertRows("insert into vote_key (vote_id, roster_id, key_hash) values ", "(?,?,?)", hashes,
                h -> List.of(voteId, h.getKey(), h.getValue()));
    }

    /** The roster entry a voting key was issued to. */
    Optional<Long> keyHolder(long voteId, String keyHash) {
        return jdbc.sql("select roster_id from vote_key where vote_id = :vote and key_hash = :hash")
                .param("vote", voteId).param("hash", keyHash).query(Long.class).optional();
    }

    // --- who voted ---

    /** Records that a member voted; 0 when they already had (the primary key decides, whatever the concurrency). */
    int insertVoter(long voteId, long rosterId, String channel, String envelope, String revoteCheck) {
        return jdbc.sql("""
                insert into vote_voter (vote_id, roster_id, channel, envelope, revote_check)
                values (:vote, :roster, :channel, :envelope, :check)
                on conflict do nothing
                """)
                .param("vote", voteId).param("roster", rosterId).param("channel", channel).param("envelope", envelope)
                .param("check", revoteCheck).update();
    }

    Optional<Voter> voter(long voteId, long rosterId) {
        return jdbc.sql("select roster_id, channel, envelope, revote_check from vote_voter where vote_id = :vote and roster_id = :roster")
                .param("vote", voteId).param("roster", rosterId)
                .query((rs, n) -> new Voter(rs.getLong("roster_id"), rs.getString("channel"), rs.getString("envelope"),
                        rs.getString("revote_check")))
                .optional();
    }

    /**
     * Records that these members voted online, in one batch; each count is 1 where the row was written
     * and 0 where the member had already voted (the primary key decides).
     */
    int[] insertVoters(long voteId, List<Long> rosterIds, List<String> revoteChecks) {
        return template.batchUpdate("""
                insert into vote_voter (vote_id, roster_id, channel, envelope, revote_check)
                values (?, ?, 'ONLINE', null, ?)
                on conflict do nothing
                """, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
            @Override
            public void setValues(java.sql.PreparedStatement ps, int i) throws SQLException {
                ps.setLong(1, voteId);
                ps.setLong(2, rosterIds.get(i));
                ps.setString(3, revoteChecks.get(i));
            }

            @Override
            public int getBatchSize() {
                return rosterIds.size();
            }
        });
    }

    /** Online ballots, each {tracker, answers, replace hash}, with random ids, in multi-row statements. */
    void insertBallots(long voteId, List<String[]> ballots) {
        insertRows("insert into vote_ballot (id, vote_id, tracker, answers, replace_hash) values ", "(?,?,?,?,?)", ballots,
                b -> java.util.Arrays.asList(UUID.randomUUID(), voteId, b[0], b[1], b[2]));
    }

    /** {@code count} record entries of one type waiting to be chained. */
    void insertPending(long voteId, Instant at, String type, int count) {
        insertRows("insert into vote_log_pending (vote_id, at, type, data) values ", "(?,?,?,'{}')", java.util.Collections.nCopies(count, type),
                t -> List.of(voteId, utc(at), t));
    }

    /** Under "online wins": a sealed envelope is set aside and the member's online ballot counts instead. */
    int envelopeGivesWayToOnline(long voteId, long rosterId, String revoteCheck) {
        return jdbc.sql("""
                update vote_voter set channel = 'ONLINE', envelope = 'SET_ASIDE', revote_check = :check
                where vote_id = :vote and roster_id = :roster and channel = 'PAPER' and envelope = 'SEALED'
                """)
                .param("check", revoteCheck).param("vote", voteId).param("roster", rosterId).update();
    }

    int replaceRevoteCheck(long voteId, long rosterId, String old, String next) {
        return jdbc.sql("""
                update vote_voter set revote_check = :next
                where vote_id = :vote and roster_id = :roster and channel = 'ONLINE' and revote_check = :old
                """)
                .param("next", next).param("vote", voteId).param("roster", rosterId).param("old", old).update();
    }

    record VoterCounts(long online, long sealedEnvelopes) {

        long total() {
            return online + sealedEnvelopes;
        }
    }

    VoterCounts voterCounts(long voteId) {
        return jdbc.sql("""
                select coalesce(sum(case when channel = 'ONLINE' then 1 else 0 end), 0) as online,
                       coalesce(sum(case when channel = 'PAPER' and envelope = 'SEALED' then 1 else 0 end), 0) as sealed
                from vote_voter where vote_id = :vote
                """)
                .param("vote", voteId)
                .query((rs, n) -> new VoterCounts(rs.getLong("online"), rs.getLong("sealed"))).single();
    }

    // --- the ballot box ---

    void insertBallot(long voteId, String tracker, String answers, Integer paperBatch, String replaceHash) {
        jdbc.sql("""
                insert into vote_ballot (id, vote_id, tracker, answers, paper_batch, replace_hash)
                values (:id, :vote, :tracker, :answers, :batch, :replace)
                """)
                .param("id", UUID.randomUUID()).param("vote", voteId).param("tracker", tracker).param("answers", answers)
                .param("batch", paperBatch).param("replace", replaceHash).update();
    }

    /** Inserts paper ballots, each with a random id and no tracker. */
    void insertPaperBallots(long voteId, int batch, List<String> answers) {
        insertRows("insert into vote_ballot (id, vote_id, tracker, answers, paper_batch) values ", "(?,?,null,?,?)", answers,
                a -> List.of(UUID.randomUUID(), voteId, a, batch));
    }

    int deleteReplacedBallot(long voteId, String replaceHash) {
        return jdbc.sql("delete from vote_ballot where vote_id = :vote and replace_hash = :hash and paper_batch is null")
                .param("vote", voteId).param("hash", replaceHash).update();
    }

    record Count(String answers, boolean paper, long count) {
    }

    /** How many ballots were marked each way, online and paper apart. */
    List<Count> tally(long voteId) {
        return jdbc.sql("""
                select answers, case when paper_batch is null then 0 else 1 end as paper, count(*) as ballots
                from vote_ballot where vote_id = :vote
                group by answers, case when paper_batch is null then 0 else 1 end
                """)
                .param("vote", voteId)
                .query((rs, n) -> new Count(rs.getString("answers"), rs.getInt("paper") == 1, rs.getLong("ballots"))).list();
    }

    List<String> trackers(long voteId) {
        return jdbc.sql("select tracker from vote_ballot where vote_id = :vote and tracker is not null order by tracker")
                .param("vote", voteId).query(String.class).list();
    }

    List<String> onlineAnswers(long voteId) {
        return jdbc.sql("select answers from vote_ballot where vote_id = :vote and paper_batch is null")
                .param("vote", voteId).query(String.class).list();
    }

    /**
     * At the close: writes the online ballots again, in the order of their random trackers and with new
     * random ids, in this one transaction, and drops the change-code hashes. Afterwards no stored row
     * (nor, once PostgreSQL has vacuumed, the table's physical order) follows the order of casting.
     */
    void reseal(long voteId) {
        record Stored(String tracker, String answers) {
        }
        List<Stored> ballots = jdbc.sql("select tracker, answers from vote_ballot where vote_id = :vote and paper_batch is null")
                .param("vote", voteId).query((rs, n) -> new Stored(rs.getString("tracker"), rs.getString("answers"))).list();
        jdbc.sql("delete from vote_ballot where vote_id = :vote and paper_batch is null").param("vote", voteId).update();
        List<Stored> sorted = ballots.stream().sorted(java.util.Comparator.comparing(Stored::tracker)).toList();
        insertRows("insert into vote_ballot (id, vote_id, tracker, answers) values ", "(?,?,?,?)", sorted,
                b -> List.of(UUID.randomUUID(), voteId, b.tracker(), b.answers()));
        jdbc.sql("update vote_voter set revote_check = null where vote_id = :vote").param("vote", voteId).update();
    }

    // --- paper batches ---

    int nextBatchNumber(long voteId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from vote_paper_batch where vote_id = :vote")
                .param("vote", voteId).query(Integer.class).single();
    }

    void insertBatch(long voteId, Batch b) {
        jdbc.sql("""
                insert into vote_paper_batch (vote_id, number, label, ballots, total, recorded_by, recorded_by_account)
                values (:vote, :number, :label, :ballots, :total, :by, :account)
                """)
                .param("vote", voteId).param("number", b.number()).param("label", b.label()).param("ballots", b.ballots())
                .param("total", b.total()).param("by", b.recordedBy()).param("account", b.recordedByAccount()).update();
    }

    int signOff(long voteId, int number, long accountId, String name) {
        return jdbc.sql("""
                update vote_paper_batch set signed_off_by = :name
                where vote_id = :vote and number = :number and signed_off_by is null and recorded_by_account <> :account
                """)
                .param("name", name).param("vote", voteId).param("number", number).param("account", accountId).update();
    }

    List<Batch> batches(long voteId) {
        return jdbc.sql("""
                select number, label, ballots, total, recorded_by, recorded_by_account, signed_off_by
                from vote_paper_batch where vote_id = :vote order by number
                """)
                .param("vote", voteId)
                .query((rs, n) -> new Batch(rs.getInt("number"), rs.getString("label"), rs.getString("ballots"), rs.getInt("total"),
                        rs.getString("recorded_by"), rs.getLong("recorded_by_account"), rs.getString("signed_off_by")))
                .list();
    }

    // --- gates ---

    void insertGates(long voteId, int gates) {
        for (int shard = 0; shard < gates; shard++) {
            jdbc.sql("insert into vote_gate (vote_id, shard, open) values (:vote, :shard, false)")
                    .param("vote", voteId).param("shard", shard).update();
        }
    }

    /** Locks one gate of a vote until the transaction ends; whether the vote is open. */
    boolean passGate(long voteId, int shard) {
        return jdbc.sql("select open from vote_gate where vote_id = :vote and shard = :shard for update")
                .param("vote", voteId).param("shard", shard).query(Boolean.class).single();
    }

    /** Opens or closes every gate of a vote; closing waits for the ballots in flight, which hold a gate each. */
    void setGates(long voteId, boolean open) {
        jdbc.sql("update vote_gate set open = :open where vote_id = :vote").param("open", open).param("vote", voteId).update();
    }

    // --- the record ---

    void insertPending(long voteId, Instant at, String type, String data) {
        jdbc.sql("insert into vote_log_pending (vote_id, at, type, data) values (:vote, :at, :type, :data)")
                .param("vote", voteId).param("at", utc(at)).param("type", type).param("data", data).update();
    }

    record Pending(long id, Instant at, String type, String data) {
    }

    List<Pending> pending(long voteId, int limit) {
        return jdbc.sql("select id, at, type, data from vote_log_pending where vote_id = :vote order by id limit :limit")
                .param("vote", voteId).param("limit", limit)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("type"), rs.getString("data"))).list();
    }

    /** Deletes exactly the entries chained: an entry with a lower id may still be in a transaction that has not committed. */
    void deletePending(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += INSERT_CHUNK) {
            jdbc.sql("delete from vote_log_pending where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + INSERT_CHUNK))).update();
        }
    }

    List<Long> votesWithPending() {
        return jdbc.sql("select distinct vote_id from vote_log_pending").query(Long.class).list();
    }

    /** Appends chained entries with multi-row statements and moves the head to the last. */
    void appendAll(long voteId, List<Entry> entries) {
        insertRows("insert into vote_log (vote_id, seq, at, type, data, previous_hash, hash) values ", "(?,?,?,?,?,?,?)", entries,
                e -> List.of(voteId, e.seq(), utc(e.at()), e.type(), e.data(), e.previous(), e.hash()));
        Entry last = entries.get(entries.size() - 1);
        jdbc.sql("update vote_log_head set seq = :seq, hash = :hash where vote_id = :vote")
                .param("seq", last.seq()).param("hash", last.hash()).param("vote", voteId).update();
    }

    void insertHead(long voteId) {
        jdbc.sql("insert into vote_log_head (vote_id, seq, hash) values (:vote, 0, :hash)")
                .param("vote", voteId).param("hash", org.parley.vote.RecordFormat.GENESIS).update();
    }

    /** Locks the record's head until the transaction ends: entries are appended one at a time. */
    Entry lockHead(long voteId) {
        return jdbc.sql("select seq, hash from vote_log_head where vote_id = :vote for update")
                .param("vote", voteId)
                .query((rs, n) -> new Entry(rs.getLong("seq"), null, null, null, null, rs.getString("hash"))).single();
    }

    String headHash(long voteId) {
        return jdbc.sql("select hash from vote_log_head where vote_id = :vote").param("vote", voteId).query(String.class).single();
    }

    List<Entry> entries(long voteId, List<String> types) {
        String only = types == null ? "" : " and type in (:types)";
        var statement = jdbc.sql("select seq, at, type, data, previous_hash, hash from vote_log where vote_id = :vote" + only
                + " order by seq").param("vote", voteId);
        if (types != null) {
            statement = statement.param("types", types);
        }
        return statement.query((rs, n) -> new Entry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("type"), rs.getString("data"), rs.getString("previous_hash"), rs.getString("hash"))).list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("negotiation_id"), VoteKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("explanation"), rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
                rs.getObject("closes_at", OffsetDateTime.class).toInstant(), ZoneId.of(rs.getString("time_zone")),
                new Electorate(list(rs.getString("electorate_statuses")), list(rs.getString("electorate_classifications")),
                        list(rs.getString("electorate_worksites")), list(rs.getString("electorate_units"))),
                new VoteRule(RuleType.valueOf(rs.getString("rule_type")), rs.getObject("min_turnout", BigDecimal.class),
                        rs.getObject("turnout_threshold", BigDecimal.class)),
                rs.getBoolean("allow_revote"), rs.getBoolean("live_turnout"), DuplicateRule.valueOf(rs.getString("duplicate_rule")),
                VoteStatus.valueOf(rs.getString("status")), rs.getInt("eligible"), rs.getString("electorate_fingerprint"),
                rs.getString("defined_by"));
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }

    private static List<String> list(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
