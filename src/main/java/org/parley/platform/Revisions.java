package org.parley.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way a module keeps a figure it computed from its records until they change, correctly on any number of
 * instances sharing the database: the module raises a counter in its own table (one row per subject, e.g. per
 * bargaining table) in the same transaction as every write that changes the figure, and a {@link Revision} keeps
 * the figure computed at a revision for as long as the counter holds it.
 */
@Component
public class Revisions {

    private final JdbcClient jdbc;

    public Revisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counters kept in {@code table}, one row per {@code key} column value, next to a {@code revision} column. */
    public Revision of(String table, String key) {
        return new Revision(jdbc, table, key);
    }
}
