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
import java.util.concurrent.locks.ReentrantLock;
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
 * other transaction is half-way through committing. Statements inside transactions still run side by
 * side. PostgreSQL, whose commit is one write-ahead-log record, is left alone.
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

    /** A data source whose connections commit one at a time. */
    static DataSource inTurns(DataSource target) {
        ReentrantLock turn = new ReentrantLock();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? connection(connection, turn) : result;
                });
    }

    private static final Set<String> ENDS_A_TRANSACTION = Set.of("commit", "rollback", "setAutoCommit", "close");
    private static final Set<String> MAY_WRITE = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");

    private static Connection connection(Connection target, ReentrantLock turn) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (ENDS_A_TRANSACTION.contains(method.getName())) {
                return inTurn(turn, target, method, args);
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
    private static Statement statement(Statement target, Connection connection, ReentrantLock turn, Class<?> type) {
        Class<?> shown = CallableStatement.class.isAssignableFrom(type) ? CallableStatement.class
                : PreparedStatement.class.isAssignableFrom(type) ? PreparedStatement.class : Statement.class;
        InvocationHandler handler = (proxy, method, args) -> {
            if (!MAY_WRITE.contains(method.getName()) || !connection.getAutoCommit()) {
                return invoke(target, method, args);
            }
            connection.setAutoCommit(false);
            try {
                Object result = invoke(target, method, args);
                inTurn(turn, connection, COMMIT, null);
                return result;
            } catch (Throwable e) {
                inTurn(turn, connection, ROLLBACK, null);
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

    private static Object inTurn(ReentrantLock turn, Object target, Method method, Object[] args) throws Throwable {
        turn.lock();
        try {
            return invoke(target, method, args);
        } finally {
            turn.unlock();
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
