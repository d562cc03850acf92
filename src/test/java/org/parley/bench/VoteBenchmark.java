package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.member.Roster;
import org.parley.negotiation.Negotiations;
import org.parley.negotiation.NewNegotiation;
import org.parley.support.TestDatabase;
import org.parley.vote.Answer;
import org.parley.vote.DuplicateRule;
import org.parley.vote.Electorate;
import org.parley.vote.NewVote;
import org.parley.vote.RecordVerifier;
import org.parley.vote.RuleType;
import org.parley.vote.VoteKind;
import org.parley.vote.VoteResult;
import org.parley.vote.Votes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * 150,000 eligible members cast their ballots as fast as the machine allows, through the same facade
 * the API uses (one-time keys, every ballot its own transaction with its voter row and record entry),
 * next to the raw rate of single-row committed inserts measured in the same run (a JDBC loop, one
 * connection, and the same loop on as many connections as the casting threads). Prints ballots per
 * second, p50 and p99 time to cast, the time to close (re-sealing the box) and to tally. Not a test:
 * it runs only with {@code -Dparley.bench=true} (README, "Benchmark"); with
 * {@code -Dparley.test.database=postgresql} on PostgreSQL.
 */
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"parley.demo.enabled=false", "parley.today=", "logging.level.org.parley=WARN",
                "parley.delivery.poll=PT1H", "parley.outbox-dir=target/bench-outbox",
                "spring.datasource.hikari.maximum-pool-size=16"})
@ContextConfiguration(initializers = RosterAndMailingBenchmark.Database.class)
class VoteBenchmark {

    static final int MEMBERS = Integer.getInteger("parley.bench.members", 150_000);
    static final int THREADS = Integer.getInteger("parley.bench.threads", 64);
    static final int REFERENCE_SECONDS = 15;

    @Autowired
    Accounts accounts;
    @Autowired
    Negotiations negotiations;
    @Autowired
    Roster roster;
    @Autowired
    Votes votes;
    @Autowired
    DataSource dataSource;

    @Test
    void castBallotsFrom150000MembersAndTallyThem() throws Exception {
        Viewer admin = accounts.createOrReset("bench-admin", "Bench admin", Role.ADMIN, "bench-password");
        Viewer labor = accounts.createOrReset("bench-labor", "Bench labor", Role.LABOR_TEAM, "bench-password");
        Viewer committee = accounts.createOrReset("bench-committee", "Bench committee", Role.ELECTION_COMMITTEE, "bench-password");
        long negotiation = negotiations.create(admin, new NewNegotiation("Vote benchmark", "Union", "Employer", null, null,
                java.time.LocalDate.of(2026, 12, 31), "America/Chicago", List.of())).id();
        StringBuilder csv = new StringBuilder("Member ID,Name,Email,Status\n");
        for (int i = 0; i < MEMBERS; i++) {
            csv.append("V").append(100000 + i).append(",Member ").append(i).append(",v").append(i).append("@bench.example.org,active\n");
        }
        roster.importCsv(labor, negotiation, csv.toString(), false);

        long start = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long vote = votes.define(committee, new NewVote(negotiation, VoteKind.STRIKE_AUTHORIZATION, "Benchmark vote", null,
                List.of(new NewVote.NewQuestion("Strike?", List.of())), now.minusSeconds(60).toString(),
                now.plus(1, ChronoUnit.DAYS).toString(), null, Electorate.inGoodStanding(),
                new NewVote.Rule(RuleType.TWO_THIRDS_OF_VOTES_CAST, null, null), false, false, DuplicateRule.FIRST_RECEIVED)).id();
        long defineNanos = System.nanoTime() - start;
        votes.open(committee, vote);
        start = System.nanoTime();
        List<String> keys = votes.issueKeys(committee, vote).lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
        long keysNanos = System.nanoTime() - start;
        assertThat(keys).hasSize(MEMBERS);

        double rawSingle = referenceRate(1);
        double rawParallel = referenceRate(THREADS);

        long[] latencies = new long[MEMBERS];
        AtomicInteger next = new AtomicInteger();
        start = System.nanoTime();
        try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < MEMBERS; i = next.getAndIncrement()) {
                        long began = System.nanoTime();
                        votes.castWithKey(vote, keys.get(i), List.of(new Answer(0, i % 10 < 7 ? "Yes" : "No")), null);
                        latencies[i] = System.nanoTime() - began;
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        long castNanos = System.nanoTime() - start;
        double ballotsPerSecond = MEMBERS / (castNanos / 1e9);
        Arrays.sort(latencies);

        start = System.nanoTime();
        votes.close(committee, vote);
        long closeNanos = System.nanoTime() - start;
        start = System.nanoTime();
        VoteResult result = votes.result(committee, vote);
        long tallyNanos = System.nanoTime() - start;
        assertThat(result.cast()).isEqualTo(MEMBERS);
        start = System.nanoTime();
        String record = votes.record(committee, vote);
        long exportNanos = System.nanoTime() - start;
        start = System.nanoTime();
        var report = RecordVerifier.verify(tools.jackson.databind.json.JsonMapper.builder().build().readTree(record));
        long verifyNanos = System.nanoTime() - start;
        assertThat(report.problems()).isEmpty();

        String database = TestDatabase.postgres() ? "PostgreSQL" : "H2 (file)";
        System.out.printf("%nVote benchmark on %s, %,d eligible members, %d casting threads, %d cores%n", database, MEMBERS, THREADS,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  define the vote (freeze the electorate)            %8.2f s%n", defineNanos / 1e9);
        System.out.printf("  issue %,d voting keys (CSV)                   %8.2f s%n", MEMBERS, keysNanos / 1e9);
        System.out.printf("  reference: single-row committed inserts, 1 connection   %8.0f rows/s%n", rawSingle);
        System.out.printf("  reference: single-row committed inserts, %d connections %8.0f rows/s%n", THREADS, rawParallel);
        System.out.printf("  ballots cast                                       %8.0f ballots/s  (%.2f x the 1-connection rate, %.2f x the %d-connection rate)%n",
                ballotsPerSecond, ballotsPerSecond / rawSingle, ballotsPerSecond / rawParallel, THREADS);
        System.out.printf("  time to cast: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", latencies[MEMBERS / 2] / 1e6,
                latencies[(int) (MEMBERS * 0.99)] / 1e6, latencies[MEMBERS - 1] / 1e6);
        System.out.printf("  close (re-seal the box, count, fix the record)     %8.2f s%n", closeNanos / 1e9);
        System.out.printf("  tally %,d ballots (the result)                %8.2f s%n", MEMBERS, tallyNanos / 1e9);
        System.out.printf("  export the record (%,d bytes)                %8.2f s, verify it %.2f s%n%n", record.length(), exportNanos / 1e9,
                verifyNanos / 1e9);
    }

    /** Rows per second of single-row inserts, each committed on its own, on {@code connections} connections for a fixed time. */
    private double referenceRate(int connections) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table bench_commit (id bigint generated by default as identity primary key, vote_id bigint,"
                    + " tracker varchar(20), answers varchar(400))");
        }
        AtomicInteger rows = new AtomicInteger();
        long end = System.nanoTime() + REFERENCE_SECONDS * 1_000_000_000L;
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < connections; t++) {
                running.add(threads.submit(() -> {
                    try (Connection c = dataSource.getConnection();
                         PreparedStatement insert = c.prepareStatement("insert into bench_commit (vote_id, tracker, answers) values (?,?,?)")) {
                        c.setAutoCommit(true);
                        while (System.nanoTime() < end) {
                            insert.setLong(1, 1);
                            insert.setString(2, "ABCD-EFGH-" + rows.get());
                            insert.setString(3, "0");
                            insert.executeUpdate();
                            rows.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        double rate = rows.get() / ((System.nanoTime() - start) / 1e9);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table bench_commit");
        }
        return rate;
    }
}
