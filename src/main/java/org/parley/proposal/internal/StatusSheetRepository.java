package org.parley.proposal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.parley.platform.SearchPattern;
import org.parley.platform.Side;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.StatusSheetFilter;
import org.parley.proposal.StatusSheetRow;
import org.parley.proposal.TableTally;
import org.parley.proposal.ThreadStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The status sheet read in SQL, one row per thread, filtered and paged by the database: the first, latest and
 * next-to-latest versions passed at the table and the standing TA are joined to each thread through indexes
 * (V15_01), so a page of 50 reads 50 threads' rows however many the table holds, and exports stream the rows as
 * they are read. Counts only versions passed at this table and TAs signed at it, as {@code StatusSheet.of} does
 * from a table's exchanges (a thread referred here keeps its earlier versions at the table that received them).
 */
@Repository
class StatusSheetRepository {

    // A thread's latest version passed at this table: all that the open threads' count needs.
    private static final String LATEST = """
            left join proposal_version l on l.thread_id = t.id and l.number = (select max(q.number) from proposal_version q
                       where q.table_id = :table and q.thread_id = t.id)
            """;

    // Each join is an index lookup per thread (V15_01: proposal_version (table_id, thread_id, number)); derived tables
    // of the whole table's versions made H2 join them row by row, seconds per page at national size.
    private static final String VERSIONS = LATEST + """
            left join proposal_version f on f.thread_id = t.id and f.number = (select min(q.number) from proposal_version q
                       where q.table_id = :table and q.thread_id = t.id)
            left join proposal_version p on p.thread_id = t.id and p.number = (select max(q.number) from proposal_version q
                       where q.table_id = :table and q.thread_id = t.id and q.number < l.number)
            """;

    private static final String FROM = " from proposal_thread t " + VERSIONS;

    private static final String COLUMNS = """
            select t.id, t.table_id, t.negotiation_id, t.title, t.article, t.economic, t.status, t.origin,
                   f.side as opened_by, f.passed_on as opened_on, l.side as last_side, l.side_number as last_number,
                   l.passed_on as last_on, p.id as before_id, p.side as before_side,
                   (select count(*) from proposal_version q where q.table_id = :table and q.thread_id = t.id) as versions,
                   (select max(a.signed_on) from tentative_agreement a where a.table_id = :table and a.thread_id = t.id
                      and not exists (select 1 from tentative_agreement_walk_back w where w.tentative_agreement_id = a.id)) as agreed_on
            """;

    private final JdbcClient jdbc;

    StatusSheetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StatusSheetRow> page(long tableId, StatusSheetFilter filter, int offset, int limit) {
        Map<String, Object> params = params(tableId, filter);
        params.put("offset", offset);
        params.put("limit", limit);
        if (filter.lastSide() != null) {
            return jdbc.sql(COLUMNS + FROM + where(filter) + " order by t.id limit :limit offset :offset").params(params)
                    .query((rs, n) -> row(rs)).list();
        }
        // The page's threads first, then their versions and TAs looked up by index in one query each: joined in SQL,
        // PostgreSQL's planner (with statistics) hash-joined all of the table's versions three times to fifty threads.
        List<ProposalThread> threads = jdbc.sql("select t.id, t.table_id, t.negotiation_id, t.title, t.article, t.economic, t.status,"
                        + " t.origin from proposal_thread t" + where(filter) + " order by t.id limit :limit offset :offset").params(params)
                .query((rs, n) -> thread(rs)).list();
        if (threads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = threads.stream().map(ProposalThread::id).toList();
        record Passed(long threadId, long id, int number, Side side, int sideNumber, LocalDate on) {
        }
        Map<Long, List<Passed>> versions = jdbc.sql("""
                        select thread_id, id, number, side, side_number, passed_on from proposal_version
                        where table_id = :table and thread_id in (:ids) order by thread_id, number
                        """).param("table", tableId).param("ids", ids)
                .query((rs, n) -> new Passed(rs.getLong("thread_id"), rs.getLong("id"), rs.getInt("number"), side(rs.getString("side")),
                        rs.getInt("side_number"), rs.getObject("passed_on", LocalDate.class))).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Passed::threadId));
        Map<Long, LocalDate> agreed = new HashMap<>();
        jdbc.sql("""
                        select a.thread_id, max(a.signed_on) as agreed_on from tentative_agreement a
                        where a.table_id = :table and a.thread_id in (:ids)
                          and not exists (select 1 from tentative_agreement_walk_back w where w.tentative_agreement_id = a.id)
                        group by a.thread_id
                        """).param("table", tableId).param("ids", ids)
                .query(rs -> {
                    agreed.put(rs.getLong("thread_id"), rs.getObject("agreed_on", LocalDate.class));
                });
        return threads.stream().map(thread -> {
            List<Passed> passed = versions.getOrDefault(thread.id(), List.of());
            if (passed.isEmpty()) {
                return new StatusSheetRow(thread, null, null, null, null, null, false, 0, agreed.get(thread.id()));
            }
            Passed first = passed.get(0);
            Passed last = passed.get(passed.size() - 1);
            Passed before = passed.size() > 1 ? passed.get(passed.size() - 2) : null;
            // as row(ResultSet) reads the same columns from the joins
            return new StatusSheetRow(thread, first.side(), first.on(), last.side(),
                    (last.side() == null ? "J" : last.side().initial()) + "-" + last.sideNumber(), last.on(),
                    before != null && before.side() != last.side(), passed.size(), agreed.get(thread.id()));
        }).toList();
    }

    /** Every matching row, handed over one at a time as the database returns it (exports write each at once). */
    void each(long tableId, StatusSheetFilter filter, Consumer<StatusSheetRow> consumer) {
        jdbc.sql(COLUMNS + FROM + where(filter) + " order by t.id").params(params(tableId, filter))
                .query(rs -> {
                    consumer.accept(row(rs));
                });
    }

    long count(long tableId, StatusSheetFilter filter) {
        // the version joins matter only when filtering by the last side to move
        String from = filter.lastSide() == null ? " from proposal_thread t " : " from proposal_thread t " + LATEST;
        return jdbc.sql("select count(*) " + from + where(filter)).params(params(tableId, filter)).query(Long.class).single();
    }

    List<String> subgroups(long tableId) {
        return jdbc.sql("select distinct origin from proposal_thread where table_id = :table and origin is not null order by origin")
                .param("table", tableId).query(String.class).list();
    }

    TableTally tally(long tableId) {
        List<TableTally.DayCount> passed = jdbc.sql("""
                select passed_on,
                       sum(case when side = 'LABOR' then 1 else 0 end) as labor,
                       sum(case when side = 'MANAGEMENT' then 1 else 0 end) as management
                from proposal_version where table_id = :table and side is not null
                group by passed_on order by passed_on
                """).param("table", tableId)
                .query((rs, n) -> new TableTally.DayCount(rs.getObject("passed_on", LocalDate.class), rs.getLong("labor"),
                        rs.getLong("management"))).list();
        List<TableTally.AgreementCount> agreements = jdbc.sql("""
                select a.signed_on, count(*) as signed, count(w.tentative_agreement_id) as walked_back,
                       sum(case when t.origin is not null and t.table_id = :table then 1 else 0 end) as recommendations
                from tentative_agreement a
                join proposal_thread t on t.id = a.thread_id
                left join tentative_agreement_walk_back w on w.tentative_agreement_id = a.id
                where a.table_id = :table
                group by a.signed_on order by a.signed_on
                """).param("table", tableId)
                .query((rs, n) -> new TableTally.AgreementCount(rs.getObject("signed_on", LocalDate.class), rs.getLong("signed"),
                        rs.getLong("walked_back"), rs.getLong("recommendations"))).list();
        Map<String, Long> open = new HashMap<>();
        jdbc.sql("select l.side as last_side, count(*) as threads from proposal_thread t " + LATEST + """
                 where t.table_id = :table and t.status in ('ON_THE_TABLE', 'WALKED_BACK') and l.side is not null
                 group by l.side
                """).param("table", tableId)
                .query(rs -> {
                    open.put(rs.getString("last_side"), rs.getLong("threads"));
                });
        return new TableTally(tableId, passed, agreements, open.getOrDefault("LABOR", 0L), open.getOrDefault("MANAGEMENT", 0L));
    }

    private static String where(StatusSheetFilter filter) {
        StringBuilder where = new StringBuilder(" where t.table_id = :table");
        if (filter.status() != null) {
            where.append(" and t.status = :status");
        }
        if (filter.lastSide() != null) {
            where.append(" and l.side = :side");
        }
        if (filter.economic() != null) {
            where.append(" and t.economic = :economic");
        }
        if (filter.article() != null) {
            where.append(" and (lower(t.article) = :article or lower(t.article) like :sections escape '\\')");
        }
        if (filter.subgroup() != null) {
            where.append(" and t.origin = :subgroup");
        }
        if (filter.text() != null) {
            where.append(" and (lower(t.title) like :pattern escape '\\' or lower(coalesce(t.article, '')) like :pattern escape '\\')");
        }
        return where.toString();
    }

    private static Map<String, Object> params(long tableId, StatusSheetFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("table", tableId);
        if (filter.status() != null) {
            params.put("status", filter.status().name());
        }
        if (filter.lastSide() != null) {
            params.put("side", filter.lastSide().name());
        }
        if (filter.economic() != null) {
            params.put("economic", filter.economic());
        }
        if (filter.article() != null) {
            params.put("article", filter.article().toLowerCase());
            params.put("sections", SearchPattern.startsWith(filter.article() + ".").like());
        }
        if (filter.subgroup() != null) {
            params.put("subgroup", filter.subgroup());
        }
        if (filter.text() != null) {
            params.put("pattern", SearchPattern.contains(filter.text()).like());
        }
        return params;
    }

    private static ProposalThread thread(ResultSet rs) throws SQLException {
        return new ProposalThread(rs.getLong("id"), rs.getLong("table_id"), rs.getLong("negotiation_id"),
                rs.getString("title"), rs.getString("article"), rs.getBoolean("economic"), ThreadStatus.valueOf(rs.getString("status")),
                rs.getString("origin"));
    }

    private static StatusSheetRow row(ResultSet rs) throws SQLException {
        ProposalThread thread = thread(rs);
        int versions = rs.getInt("versions");
        Side lastSide = side(rs.getString("last_side"));
        boolean hasBefore = rs.getObject("before_id") != null;
        return new StatusSheetRow(thread, side(rs.getString("opened_by")), rs.getObject("opened_on", LocalDate.class), lastSide,
                versions == 0 ? null : (lastSide == null ? "J" : lastSide.initial()) + "-" + rs.getInt("last_number"),
                rs.getObject("last_on", LocalDate.class), hasBefore && side(rs.getString("before_side")) != lastSide, versions,
                rs.getObject("agreed_on", LocalDate.class));
    }

    private static Side side(String name) {
        return name == null ? null : Side.valueOf(name);
    }
}
