package org.parley.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Commits on the embedded H2 database take turns (why: the class's comment and docs/VOTING.md); this
 * checks that they still mean what they say, that a commit waits for a statement half-way through on
 * another connection, and that taking turns never makes one connection wait for another that waits for
 * it.
 */
class EmbeddedDatabaseCommitsTest {

    /** A new embedded database whose commits take turns, with these statements run on it first. */
    DataSource database(String... setUp) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "commits-");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        h2.setUser("sa");
        DataSource database = EmbeddedDatabaseCommits.inTurns(h2);
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            for (String statement : setUp) {
                s.executeUpdate(statement);
            }
        }
        return database;
    }

    @Test
    void commitsRollbacksAndAutoCommitStatementsKeepTheirMeaning() throws Exception {
        DataSource database = database();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("create table t (id int primary key, v int)");
            s.executeUpdate("insert into t values (1, 0)");
            c.setAutoCommit(false);
            s.executeUpdate("update t set v = 1 where id = 1");
            c.rollback();
            s.executeUpdate("update t set v = 2 where id = 1");
            c.commit();
            c.setAutoCommit(true);
        }
        assertThat(value(database)).isEqualTo(2);
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(s.executeUpdate("update t set v = 3 where id = 1")).isEqualTo(1);
        }
        assertThat(value(database)).as("an auto-commit statement is committed").isEqualTo(3);
    }

    @Test
    void anAutoCommitStatementWaitingForARowLockDoesNotHoldUpTheCommitThatReleasesIt() throws Exception {
        DataSource database = database("create table t (id int primary key, v int)", "insert into t values (1, 0)");
        try (Connection holder = database.getConnection(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeUpdate("update t set v = 1 where id = 1"); // holds the row
            CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
                try (Connection other = database.getConnection(); Statement o = other.createStatement()) {
                    return o.executeUpdate("update t set v = v + 10 where id = 1");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300); // the other statement now waits for the row
            long start = System.nanoTime();
            holder.commit();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("the commit did not wait").isLessThan(5_000);
            assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(value(database)).isEqualTo(11);
    }

    @Test
    void aCommitWaitsForAStatementOfAnotherConnectionThatIsHalfWayThrough() throws Exception {
        DataSource database = database("create table t (id int primary key, v int)", "create table u (id int primary key)");
        try (Connection b = database.getConnection(); Statement s = b.createStatement()) {
            b.setAutoCommit(false);
            s.executeUpdate("insert into u values (1)");
            long[] statementEnded = new long[1];
            CompletableFuture<Void> halfWay = CompletableFuture.runAsync(() -> {
                try (Connection a = database.getConnection(); Statement o = a.createStatement()) {
                    a.setAutoCommit(false);
                    o.executeUpdate("insert into t select x, x from system_range(1, 500000)"); // a few seconds of writing
                    statementEnded[0] = System.nanoTime();
                    a.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300); // the other statement is now half-way through
            long start = System.nanoTime();
            b.commit();
            long end = System.nanoTime();
            halfWay.get(60, TimeUnit.SECONDS);
            // H2 alone commits at once (about 80 ms here) while the other statement goes on for seconds
            long bound = start + TimeUnit.MILLISECONDS.toNanos(EmbeddedDatabaseCommits.STATEMENTS_WAIT_MS);
            assertThat(end).as("the commit waited until the statement was done or its wait was up")
                    .isGreaterThanOrEqualTo(Math.min(statementEnded[0], bound));
        }
    }

    private static int value(DataSource database) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select v from t")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
