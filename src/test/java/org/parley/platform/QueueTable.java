package org.parley.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh table with the columns {@link WorkQueue} names, for the queue tests: {@code rows} rows due at {@code at}. */
final class QueueTable {

    private QueueTable() {
    }

    static void create(JdbcClient jdbc, JdbcTemplate template, String name, int rows, Instant at) {
        jdbc.sql("drop table if exists " + name).update();
        jdbc.sql("""
                create table %s (id bigint primary key, status varchar(20) not null, queued_at timestamp with time zone not null,
                                 next_attempt_at timestamp with time zone not null, claimed_by varchar(36),
                                 claimed_until timestamp with time zone)
                """.formatted(name)).update();
        List<Object[]> values = new ArrayList<>();
        for (long id = 1; id <= rows; id++) {
            values.add(new Object[] {id, WorkQueue.utc(at), WorkQueue.utc(at)});
        }
        template.batchUpdate("insert into " + name + " (id, status, queued_at, next_attempt_at) values (?, 'QUEUED', ?, ?)", values);
    }
}
