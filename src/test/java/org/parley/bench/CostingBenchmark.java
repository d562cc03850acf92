package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.costing.Costings;
import org.parley.costing.ModelCosting;
import org.parley.costing.NewModel;
import org.parley.costing.RateRounding;
import org.parley.costing.RollUpItem;
import org.parley.costing.Term;
import org.parley.costing.TermType;
import org.parley.negotiation.NewNegotiation;
import org.parley.negotiation.Negotiations;
import org.parley.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Costs a 3-year package (an increase each year, step movement on each person's anniversary, a new top
 * step) over a workforce of 150,000 people with anniversaries and service dates spread over the year,
 * and prints the time next to a reference measured in the same run: reading the same workforce from the
 * database with plain JDBC. Target: under 1 s, so every counter can be costed while the table waits.
 * Not a test: it runs only with {@code -Dparley.bench=true} (README, "Benchmarks").
 */
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"parley.demo.enabled=false", "parley.today=", "logging.level.org.parley=WARN",
                "parley.delivery.poll=PT1H", "parley.outbox-dir=target/bench-outbox"})
@ContextConfiguration(initializers = RosterAndMailingBenchmark.Database.class)
class CostingBenchmark {

    static final int PEOPLE = Integer.getInteger("parley.bench.members", 150_000);
    static final int RUNS = 7;

    @Autowired
    Accounts accounts;
    @Autowired
    Negotiations negotiations;
    @Autowired
    Costings costings;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void costAThreeYearPackageWithStepsOverA150000PersonWorkforce() {
        Viewer admin = accounts.createOrReset("bench-admin", "Bench admin", Role.ADMIN, "bench-password");
        Viewer labor = accounts.createOrReset("bench-labor", "Bench labor", Role.LABOR_TEAM, "bench-password");
        long negotiation = negotiations.create(admin, new NewNegotiation("Costing benchmark", "Union", "Employer", null, null,
                LocalDate.of(2026, 6, 30), "America/Chicago", List.of())).id();
        LocalDate start = LocalDate.of(2026, 7, 1);
        long model = costings.createModel(labor, new NewModel(negotiation, null, "Benchmark model", start, 3, null, null,
                RateRounding.CENTS_HALF_UP, List.of(new RollUpItem("Social Security", new BigDecimal("6.20"), true),
                new RollUpItem("Medicare", new BigDecimal("1.45"), true), new RollUpItem("Pension", new BigDecimal("6.00"), false)),
                List.of(), List.of())).id();
        Random random = new Random(11);
        StringBuilder schedule = new StringBuilder("classification,step,hourlyRate\n");
        for (int c = 0; c < 12; c++) {
            double rate = 20 + c * 3.5;
            for (int step = 1; step <= 10; step++) {
                schedule.append("Class ").append(c).append(',').append(step).append(',').append(String.format("%.2f", rate)).append('\n');
                rate *= 1.035;
            }
        }
        costings.importSchedule(labor, model, "schedule.csv", schedule.toString().getBytes(StandardCharsets.UTF_8), false);
        StringBuilder workforce = new StringBuilder("id,classification,step,fte,stepAnniversary,hireDate,differentialHours\n");
        for (int i = 0; i < PEOPLE; i++) {
            LocalDate anniversary = LocalDate.of(2010 + random.nextInt(15), 1, 1).plusDays(random.nextInt(365));
            workforce.append('E').append(100000 + i).append(",Class ").append(random.nextInt(12)).append(',').append(1 + random.nextInt(10))
                    .append(',').append(random.nextInt(4) == 0 ? "0.5" : "1").append(',').append(anniversary).append(',')
                    .append(anniversary.minusYears(random.nextInt(5))).append(',').append(random.nextInt(3) == 0 ? "400" : "").append('\n');
        }
        long importStart = System.nanoTime();
        var imported = costings.importWorkforce(labor, model, "workforce.csv", workforce.toString().getBytes(StandardCharsets.UTF_8), false);
        long importNanos = System.nanoTime() - importStart;
        assertThat(imported.rows()).isEqualTo(PEOPLE);
        List<Term> terms = List.of(Term.atb(start, "3"), Term.atb(start.plusYears(1), "3"), Term.atb(start.plusYears(2), "3"),
                Term.of(TermType.STEP_MOVEMENT, start), Term.of(TermType.NEW_STEP, start.plusYears(1)).withPercent("3"),
                Term.of(TermType.DIFFERENTIAL, start).withCents("75"));
        long scenario = costings.createScenario(labor, model, "Three years with steps", terms).id();

        long[] reference = new long[RUNS];
        long[] costing = new long[RUNS];
        long[] referenceCpu = new long[RUNS];
        long[] costingCpu = new long[RUNS];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        ModelCosting last = null;
        for (int run = -3; run < RUNS; run++) { // three warm-up runs, as a server that has been up a while
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int read = readWorkforce(model);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            last = costings.scenarioCosting(labor, scenario);
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            assertThat(read).isEqualTo(PEOPLE);
            if (run >= 0) {
                reference[run] = t1 - t0;
                costing[run] = t2 - t1;
                referenceCpu[run] = c1 - c0;
                costingCpu[run] = c2 - c1;
            }
        }
        assertThat(last.costing().headcount()).isEqualTo(PEOPLE);
        long referenceMedian = median(reference);
        long costingMedian = median(costing);
        String database = TestDatabase.postgres() ? "PostgreSQL" : "H2 (file)";
        System.out.printf("%nCosting benchmark on %s, %,d people, %d cores (median of %d runs after 3 warm-up runs)%n", database, PEOPLE,
                Runtime.getRuntime().availableProcessors(), RUNS);
        System.out.printf("  import of the workforce file (once)                          %6.2f s%n", importNanos / 1e9);
        System.out.printf("  reference: read the workforce from the database (JDBC)       %6.3f s%n", referenceMedian / 1e9);
        System.out.printf("  cost the 3-year package (read the model and workforce, cost) %6.3f s  (%.2f x reference)%n",
                costingMedian / 1e9, (double) costingMedian / referenceMedian);
        System.out.printf("  the same in CPU time of the thread (less sensitive to a busy machine): read %.3f s, cost %.3f s (%.2f x)%n",
                median(referenceCpu) / 1e9, median(costingCpu) / 1e9, (double) median(costingCpu) / median(referenceCpu));
        System.out.printf("  whole contract: %s over %s base payroll%n%n", last.costing().wholeContract().total().toPlainString(),
                last.costing().baseWages().toPlainString());
    }

    /** The workforce's rows, every column a costing reads, into objects: what any costing must at least do. */
    private int readWorkforce(long model) {
        List<Object[]> rows = new ArrayList<>(PEOPLE);
        jdbc.query("""
                select person_id, classification, step, hourly_rate, annual_salary, annual_hours, step_anniversary, hire_date,
                       differential_hours, health_tier
                from costing_workforce where model_id = ? order by position
                """, rs -> {
            rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                    rs.getBigDecimal(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getBigDecimal(9), rs.getString(10)});
        }, model);
        return rows.size();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
