package org.parley.negotiation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A negotiation, its term or a table read once per read-only transaction: a page's modules each check the table or
 * the negotiation they are asked about (the dashboard read the same table six times and the negotiation three), and
 * in a transaction that writes nothing those rows cannot change. Outside such a transaction every read goes to the
 * database.
 */
final class ReadOnce {

    private static final Object KEY = ReadOnce.class;

    private ReadOnce() {
    }

    @SuppressWarnings("unchecked")
    static <T> Optional<T> of(String kind, long id, Supplier<Optional<T>> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.get();
        }
        Map<String, Optional<?>> rows = (Map<String, Optional<?>>) TransactionSynchronizationManager.getResource(KEY);
        if (rows == null) {
            Map<String, Optional<?>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            rows = fresh;
        }
        String key = kind + ":" + id;
        Optional<?> row = rows.get(key);
        if (row == null) {
            row = read.get();
            rows.put(key, row);
        }
        return (Optional<T>) row;
    }
}
