package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.demo.internal.NationalRecord;
import org.parley.support.Api;
import org.parley.support.TestDatabase;
import org.parley.support.TestParley;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The national-size record (2 tables, 300 sessions, 1,500 threads, ~6,000 versions, 300 TAs, 50,000 members;
 * written by the same code as {@code ./parley national-record}), then Parley over HTTP with 16 concurrent signed-in
 * clients: the dashboard and the national table's status sheet, each measured against the same server's sign-in page
 * ({@code GET /login}) in the same run, before and after them. Prints throughput, p50 and p99, and the ratios. Not a
 * test: it runs only with {@code -Dparley.bench=true} (README, "Benchmarks"); on PostgreSQL with
 * {@code -Dparley.test.database=postgresql}. {@code StatusSheetPagingTest} runs the same pages on a small record in the suite.
 */
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.demo.enabled=false", "parley.today=", "logging.level.org.parley=WARN",
                "parley.delivery.poll=PT1H", "parley.outbox-dir=target/bench-outbox"})
@ContextConfiguration(initializers = RosterAndMailingBenchmark.Database.class)
@Import(TestParley.class)
class NationalScaleBenchmark {

    static final int CLIENTS = Integer.getInteger("parley.bench.clients", 16);
    static final double SECONDS = Double.parseDouble(System.getProperty("parley.bench.seconds", "20"));
    static final int MEMBERS = Integer.getInteger("parley.bench.members", 50_000);

    @Autowired
    Api api;
    @Autowired
    Accounts accounts;
    @Autowired
    NationalRecord record;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void dashboardAndStatusSheetOfANationalRecordAgainstTheSignInPage() throws Exception {
        api.ensureAccounts();
        Viewer admin = accounts.createOrReset("admin", "Ada Admin", Role.ADMIN, Api.PASSWORD);
        Viewer labor = accounts.createOrReset("labor", "Lena Labor", Role.LABOR_TEAM, Api.PASSWORD);
        Viewer management = accounts.createOrReset("management", "Max Management", Role.MANAGEMENT_TEAM, Api.PASSWORD);
        long started = System.nanoTime();
        NationalRecord.Made made = record.generate(admin, labor, management, NationalRecord.Size.NATIONAL.withMembers(MEMBERS));
        double generated = (System.nanoTime() - started) / 1e9;
        // A deployment's database has statistics on its tables; a freshly written record has none until autovacuum
        // analyzes it, which on PostgreSQL happened in the middle of a measurement and changed the plans under it.
        jdbc.sql("analyze").update();
        long negotiation = made.negotiation().id();
        long national = made.tables().get(0).id();
        String dashboard = "/negotiations/" + negotiation;
        String sheet = "/tables/" + national + "/status-sheet";
        // one of each first: the pages answer, and their size
        assertThat(api.signIn("labor").get(dashboard).status()).isEqualTo(200);
        assertThat(api.signIn("labor").get(sheet).body()).contains("Show 50 more");

        double warmUp = Math.max(3, SECONDS / 2);
        HttpLoad.Result before = HttpLoad.run("sign-in page (GET /login), before", CLIENTS, api::anonymous, "/login", "password", warmUp, SECONDS);
        HttpLoad.Result board = HttpLoad.run("dashboard (" + dashboard + ")", CLIENTS, () -> api.signIn("labor"), dashboard,
                "days at the table", warmUp, SECONDS);
        HttpLoad.Result status = HttpLoad.run("status sheet (national table)", CLIENTS, () -> api.signIn("labor"), sheet,
                "Show 50 more", warmUp, SECONDS);
        HttpLoad.Result after = HttpLoad.run("sign-in page (GET /login), after", CLIENTS, api::anonymous, "/login", "password", warmUp, SECONDS);
        HttpLoad.Result reference = new HttpLoad.Result("sign-in page (mean of both runs)", before.requests() + after.requests(),
                before.errors() + after.errors(), before.seconds() + after.seconds(), Math.max(before.p50Nanos(), after.p50Nanos()),
                Math.max(before.p99Nanos(), after.p99Nanos()), before.bytes());

        System.out.printf("%nNational-scale pages on %s, %d cores, load average %.2f (the machine may be shared): %d tables, %,d sessions,"
                + " %,d threads, %,d versions, %,d TAs, %,d members (written in %.0f s); %d clients, %.0f s per page after %.0f s warm-up%n",
                TestDatabase.postgres() ? "PostgreSQL" : "H2 (file)", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), made.tables().size(), made.sessions(), made.threads(),
                made.versions(), made.agreements(), made.members(), generated, CLIENTS, SECONDS, warmUp);
        System.out.println(HttpLoad.header());
        for (HttpLoad.Result r : List.of(before, after, reference, board, status)) {
            System.out.println(r.line(reference));
        }
        System.out.printf("targets: each page at least 0.25× the sign-in page's throughput and p99 under 500 ms:"
                + " dashboard %s, status sheet %s%n%n", verdict(board, reference), verdict(status, reference));
        assertThat(board.errors() + status.errors() + before.errors() + after.errors()).as("pages that failed").isZero();
    }

    private static String verdict(HttpLoad.Result page, HttpLoad.Result reference) {
        boolean ratio = page.perSecond() >= 0.25 * reference.perSecond();
        boolean p99 = page.p99Nanos() < 500_000_000L;
        return ratio && p99 ? "met" : "NOT met (" + (ratio ? "" : "throughput") + (ratio || p99 ? "" : ", ") + (p99 ? "" : "p99") + ")";
    }
}
