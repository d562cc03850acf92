package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.communication.NewUpdate;
import org.parley.communication.Updates;
import org.parley.member.Roster;
import org.parley.negotiation.NewNegotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Imports a roster of 150,000 members and queues one update to all of them, and prints the times
 * next to a reference run in the same process: a plain JDBC batch insert of the same rows. Not a
 * test: it runs only with {@code -Dparley.bench=true} (README, "Benchmark"), on an H2 file database,
 * or on PostgreSQL with {@code -Dparley.test.database=postgresql}.
 */
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"parley.demo.enabled=false", "parley.today=", "logging.level.org.parley=WARN",
                "parley.delivery.poll=PT1H", "parley.outbox-dir=target/bench-outbox"})
@ContextConfiguration(initializers = RosterAndMailingBenchmark.Database.class)
class RosterAndMailingBenchmark {

    static final int MEMBERS = Integer.getInteger("parley.bench.members", 150_000);

    /** An H2 file database under target/ (as a deployment has), or a fresh PostgreSQL one. */
    static class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (TestDatabase.postgres()) {
                new TestDatabase().initialize(context);
                return;
            }
            // the embedded database exactly as a deployment opens it (application.yml's URL and its options), in a fresh folder
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench-database",
                    Map.of("parley.data-dir", "./target/bench-" + UUID.randomUUID(), "spring.datasource.username", "sa",
                            "spring.datasource.password", "")));
        }
    }

    @Autowired
    Accounts accounts;
    @Autowired
    Negotiations negotiations;
    @Autowired
    Roster roster;
    @Autowired
    Updates updates;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importA150000MemberRosterAndQueueOneUpdateToAllOfThem() throws Exception {
        Viewer admin = accounts.createOrReset("bench-admin", "Bench admin", Role.ADMIN, "bench-password");
        Viewer labor = accounts.createOrReset("bench-labor", "Bench labor", Role.LABOR_TEAM, "bench-password");
        long negotiation = negotiations.create(admin, new NewNegotiation("Benchmark", "Union", "Employer", null, null,
                java.time.LocalDate.of(2026, 12, 31), "America/Chicago", List.of())).id();
        StringBuilder csv = new StringBuilder("Member ID,First Name,Last Name,Email,Mobile,Classification,Worksite,Unit,Status\n");
        for (int i = 0; i < MEMBERS; i++) {
            csv.append("B").append(100000 + i).append(",First").append(i).append(",Last").append(i % 977)
                    .append(",member").append(i).append("@bench.example.org,555-").append(1000 + i % 9000)
                    .append(",Registered nurse,Site ").append(i % 40).append(",Unit ").append(i % 3).append(",active\n");
        }
        String text = csv.toString();

        long reference = referenceInsert();

        long start = System.nanoTime();
        var imported = roster.importCsv(labor, negotiation, text, false);
        long importNanos = System.nanoTime() - start;
        assertThat(imported.added()).isEqualTo(MEMBERS);

        long update = updates.create(labor, new NewUpdate(negotiation, null, "Benchmark update", "Today marks the sixth day.",
                Audience.MEMBERS)).id();
        start = System.nanoTime();
        updates.publish(labor, update);
        long queueNanos = System.nanoTime() - start;
        assertThat(updates.delivery(labor, update).queued()).isEqualTo(MEMBERS);

        start = System.nanoTime();
        var again = roster.importCsv(labor, negotiation, text, false);
        long reimportNanos = System.nanoTime() - start;
        assertThat(again.unchanged()).isEqualTo(MEMBERS);

        String database = TestDatabase.postgres() ? "PostgreSQL" : "H2 (file)";
        System.out.printf("%nBenchmark on %s, %,d members, %d cores%n", database, MEMBERS, Runtime.getRuntime().availableProcessors());
        System.out.printf("  reference: plain JDBC batch insert of the same rows   %6.2f s%n", reference / 1e9);
        System.out.printf("  roster import (parse, check, diff, insert)           %6.2f s  (%.1f x reference)%n",
                importNanos / 1e9, (double) importNanos / reference);
        System.out.printf("  re-import of the same file (nothing changes)         %6.2f s  (%.1f x reference)%n",
                reimportNanos / 1e9, (double) reimportNanos / reference);
        System.out.printf("  queue one update to every member (publish)           %6.2f s  (%.1f x reference)%n%n",
                queueNanos / 1e9, (double) queueNanos / reference);
    }

    /** The same rows inserted one statement per row in JDBC batches of 1,000, in one transaction. */
    private long referenceInsert() throws Exception {
        jdbc.execute("create table bench_reference (id bigint generated by default as identity primary key, negotiation_id bigint,"
                + " member_id varchar(80), name varchar(200), email varchar(320), email_key varchar(320), mobile varchar(50),"
                + " classification varchar(200), worksite varchar(200), unit varchar(200), status varchar(20),"
                + " updated_at timestamp with time zone)");
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into bench_reference (negotiation_id, member_id,"
                    + " name, email, email_key, mobile, classification, worksite, unit, status, updated_at)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < MEMBERS; i++) {
                    insert.setLong(1, 1);
                    insert.setString(2, "B" + (100000 + i));
                    insert.setString(3, "First" + i + " Last" + i % 977);
                    insert.setString(4, "member" + i + "@bench.example.org");
                    insert.setString(5, "member" + i + "@bench.example.org");
                    insert.setString(6, "555-" + (1000 + i % 9000));
                    insert.setString(7, "Registered nurse");
                    insert.setString(8, "Site " + i % 40);
                    insert.setString(9, "Unit " + i % 3);
                    insert.setString(10, "ACTIVE");
                    insert.setTimestamp(11, now);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        long nanos = System.nanoTime() - start;
        try (Connection connection = dataSource.getConnection(); Statement drop = connection.createStatement()) {
            drop.execute("drop table bench_reference");
        }
        return nanos;
    }
}
