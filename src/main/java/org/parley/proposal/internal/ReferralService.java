package org.parley.proposal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.Referral;
import org.parley.proposal.Referrals;
import org.parley.proposal.ThreadStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReferralService implements Referrals {

    private final JdbcClient jdbc;
    private final ProposalRepository threads;
    private final Negotiations negotiations;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralService(JdbcClient jdbc, ProposalRepository threads, Negotiations negotiations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.threads = threads;
        this.negotiations = negotiations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Referral refer(Viewer by, long threadId, long toTableId, String reason, LocalDate date) {
        by.requireTeam();
        String why = ParleyException.requireText(reason, "The reason for the referral");
        if (why.length() > 2000) {
            throw ParleyException.invalid("A reason has at most 2,000 characters.");
        }
        ProposalThread thread = threads.lockThread(threadId).orElseThrow(() -> ParleyException.notFound("There is no thread " + threadId + "."));
        BargainingTable from = negotiations.table(by, thread.tableId());
        BargainingTable to = negotiations.table(by, toTableId);
        if (to.negotiationId() != thread.negotiationId()) {
            throw ParleyException.invalid("Table " + toTableId + " belongs to another negotiation; a thread is referred between the tables of its own.");
        }
        if (to.id() == from.id()) {
            throw ParleyException.invalid("The thread already lives at " + to.name() + ".");
        }
        if (thread.status() == ThreadStatus.WITHDRAWN || thread.status() == ThreadStatus.TENTATIVELY_AGREED) {
            throw ParleyException.conflict("This thread is " + thread.status().label().toLowerCase() + "; only an open thread is referred.");
        }
        LocalDate on = date != null ? date : LocalDate.now(clock.withZone(from.timeZone()));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into proposal_thread_referral (thread_id, from_table_id, to_table_id, referred_on, reason, recorded_by, recorded_at)
                values (:thread, :from, :to, :on, :reason, :by, :now)
                """)
                .param("thread", threadId).param("from", from.id()).param("to", to.id()).param("on", on).param("reason", why.strip())
                .param("by", by.displayName()).param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(keys, "id");
        threads.moveThread(threadId, from.id(), to.id());
        for (BargainingTable table : List.of(from, to)) {
            audit.record(new AuditRecord(by, thread.negotiationId(), table.id(), Audience.TABLE, "thread", threadId,
                    "referred the thread to another table", thread.title() + ": " + from.name() + " → " + to.name() + " on " + on + "; " + why.strip()));
        }
        long id = keys.getKeyAs(Number.class).longValue();
        return ofThread(by, threadId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Referral> ofThread(Viewer viewer, long threadId) {
        viewer.requireSee(Audience.TABLE);
        return list("where r.thread_id = :key order by r.id", threadId, viewer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Referral> referredAway(Viewer viewer, long tableId) {
        negotiations.table(viewer, tableId);
        // the latest move of each thread that left this table, where the thread does not live here now
        return list("""
                where r.from_table_id = :key and t.table_id <> :key
                  and r.id = (select max(l.id) from proposal_thread_referral l where l.thread_id = r.thread_id)
                order by r.referred_on, r.id
                """, tableId, viewer);
    }

    private List<Referral> list(String where, long key, Viewer viewer) {
        record Row(long id, long threadId, String title, long negotiationId, long from, long to, LocalDate on, String reason, String by) {
        }
        List<Row> rows = jdbc.sql("""
                select r.id, r.thread_id, t.title, t.negotiation_id, r.from_table_id, r.to_table_id, r.referred_on, r.reason, r.recorded_by
                from proposal_thread_referral r join proposal_thread t on t.id = r.thread_id
                """ + where)
                .param("key", key)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("thread_id"), rs.getString("title"), rs.getLong("negotiation_id"),
                        rs.getLong("from_table_id"), rs.getLong("to_table_id"), rs.getObject("referred_on", LocalDate.class),
                        rs.getString("reason"), rs.getString("recorded_by")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = negotiations.tables(viewer, rows.get(0).negotiationId()).stream()
                .collect(Collectors.toMap(BargainingTable::id, BargainingTable::name));
        Function<Long, String> name = id -> names.getOrDefault(id, "Table " + id);
        return rows.stream().map(r -> new Referral(r.id(), r.threadId(), r.title(), r.from(), name.apply(r.from()), r.to(), name.apply(r.to()),
                r.on(), r.reason(), r.by())).toList();
    }
}
