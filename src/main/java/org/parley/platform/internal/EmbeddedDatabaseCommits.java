package org.parley.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes every commit on the embedded H2 database whole, even when the process is killed.
 *
 * <p>Why: H2 (MVStore) writes the database file by taking each table's current state one table after
 * another ({@code MVStore.collectChangedMapRoots}); with {@code WRITE_DELAY=0} that happens at the end of
 * every commit. A transaction's own commit is not instantaneous either: H2 first marks the transaction's
 * undo log committed, then turns its changes into committed rows one by one. When one connection writes
 * the file while another connection is in the middle of that, the file can hold some of the second
 * transaction's rows already committed and others not, next to an undo log captured before it was marked
 * committed. After a SIGKILL, H2's recovery then rolls back what it finds uncommitted and keeps the rest: a
 * ballot without its voter row, which is what the vote's crash test once saw.
 *
 * <p>So on an embedded H2 database the commits (and rollbacks, and statements that commit by themselves)
 * of all connections take turns: the file is only ever written by the commit holding the turn, when no
 * other transaction is half-way through committing. A statement in the middle of its work is just as
 * exposed (its change to a table can be in the file while the undo-log entry written just before it is
 * not, and recovery then keeps the change): the crash test once came back with two voter rows more than
 * ballots. So a commit also waits until no statement of any connection is running; statements run side
 * by side between commits. A statement waiting for a row lock held by a transaction that is about to
 * commit would wait for that commit while the commit waited for it: a commit waits for running
 * statements at most {@link #STATEMENTS_WAIT_MS} ms, then goes ahead, as it did before statements
 * were waited for. PostgreSQL, whose commit is one write-ahead-log record, is left alone.
 */
@Component
class EmbeddedDatabaseCommits implements BeanPostProcessor {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EmbeddedDatabaseCommits.class);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null && hikari.getJdbcUrl().startsWith("jdbc:h2:file:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(hikari.getJdbcUrl());
            h2.setUser(hikari.getUsername());
            h2.setPassword(hikari.getPassword());
            hikari.setDataSource(inTurns(h2));
            log.info("Embedded H2 database: commits take turns, so a killed process never leaves one half-made");
        }
        return bean;
    }

    /** How long a commit waits for the statements running on other connections before it goes ahead all the same. */
    static final long STATEMENTS_WAIT_MS = 1_000;

    /** The turns commits take: one commit at a time, and a commit's writing of the file while no statement runs. */
    private static final class Turns {
        private final ReentrantLock commits = new ReentrantLock();
        private final ReentrantReadWriteLock file = new ReentrantReadWriteLock();

        Object commit(Object target, Method method, Object[] args) throws Throwable {
            commits.lock();
            try {
                boolean alone = statementsDone();
                try {
                    return invoke(target, method, args);
                } finally {
                    if (alone) {
                        file.writeLock().unlock();
                    }
                }
            } finally {
                commits.unlock();
            }
        }

        /** Whether the file is this commit's alone: no statement runs now, nor starts until it ends. */
        private boolean statementsDone() {
            try {
                return file.writeLock().tryLock(STATEMENTS_WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // a commit is not given up half-asked: it goes ahead, as after the wait
                return false;
            }
        }

        Object statement(Object target, Method method, Object[] args) throws Throwable {
            file.readLock().lock();
            try {
                return invoke(target, method, args);
            } finally {
                file.readLock().unlock();
            }
        }
    }

    /** A data source whose connections commit one at a time, each while no statement runs. */
    static DataSource inTurns(DataSource target) {
        Turns turn = new Turns();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? connection(connection, turn) : result;
                });
    }

    private static final Set<String> ENDS_A_TRANSACTION = Set.of("commit", "rollback", "setAutoCommit", "close");
    private static final Set<String> MAY_WRITE = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");
    /** A query may write too: {@code select … for update} marks the rows it locks in the table. */
    private static final Set<String> RUNS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");

    private static Connection connection(Connection target, Turns turn) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (ENDS_A_TRANSACTION.contains(method.getName())) {
                return turn.commit(target, method, args);
            }
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement) {
                return statement(statement, target, turn, method.getReturnType());
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    /**
     * In auto-commit mode a writing statement commits as it ends. It runs instead in a transaction of its
     * own whose commit takes its turn: the statement itself may wait for another transaction's row locks,
     * and must not hold the turn while it does (that transaction's commit waits for the turn).
     */
    private static Statement statement(Statement target, Connection connection, Turns turn, Class<?> type) {
        Class<?> shown = CallableStatement.class.isAssignableFrom(type) ? CallableStatement.class
                : PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class : Statement.class;
        InvocationHandler handler = (proxy, method, args) -> {
            if (!RUNS.contains(method.getName())) {
                return invoke(target, method, args);
            }
            if (!MAY_WRITE.contains(method.getName()) || !connection.getAutoCommit()) {
                return turn.statement(target, method, args);
            }
            connection.setAutoCommit(false);
            try {
                Object result = turn.statement(target, method, args);
                turn.commit(connection, COMMIT, null);
                return result;
            } catch (Throwable e) {
                turn.commit(connection, ROLLBACK, null);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        };
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {shown}, handler);
    }

    private static final Method COMMIT;
    private static final Method ROLLBACK;

    static {
        try {
            COMMIT = Connection.class.getMethod("commit");
            ROLLBACK = Connection.class.getMethod("rollback");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
