package org.parley.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One module's revision counters (see {@link Revisions}), and the figures it keeps at them: one per subject, so as
 * many as the module has subjects (a deployment's bargaining tables, a few hundred at most).
 */
public final class Revision {

    private record Kept(long revision, Object value) {
    }

    private final JdbcClient jdbc;
    private final String table;
    private final String key;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    Revision(JdbcClient jdbc, String table, String key) {
        this.jdbc = jdbc;
        this.table = table;
        this.key = key;
    }

    /** The subject's current revision (0 before any write raised it). */
    public long current(long subject) {
        return jdbc.sql("select revision from " + table + " where " + key + " = :subject").param("subject", subject)
                .query(Long.class).optional().orElse(0L);
    }

    /** Raises the subject's revision; call it in the transaction of the write that changes its figures. */
    public void raise(long subject) {
        jdbc.sql("insert into " + table + " (" + key + ", revision) values (:subject, 0) on conflict do nothing")
                .param("subject", subject).update();
        jdbc.sql("update " + table + " set revision = revision + 1 where " + key + " = :subject").param("subject", subject).update();
    }

    /**
     * The subject's figure as kept at its current revision, or computed now and kept. The revision is read before
     * {@code compute} runs, so a write landing in between leaves a figure newer than the revision it is kept
     * under (computed again at the next revision), never an older figure under a newer revision. Inside a
     * transaction that writes, the figure is computed and not kept: it may see writes that are then rolled back.
     */
    @SuppressWarnings("unchecked")
    public <T> T kept(long subject, Supplier<T> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive() && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        long revision = current(subject);
        Kept k = kept.get(subject);
        if (k != null && k.revision() == revision) {
            return (T) k.value();
        }
        T value = compute.get();
        kept.put(subject, new Kept(revision, value));
        return value;
    }
}
