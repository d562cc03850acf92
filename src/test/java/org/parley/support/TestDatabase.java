package org.parley.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application under test at a fresh database: an in-memory H2 in PostgreSQL mode, or
 * a new PostgreSQL database created for this test run (and dropped by the next run).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY = "parley.test.database";
    static final String POSTGRES_URL = System.getenv().getOrDefault("PARLEY_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String POSTGRES_USER = System.getenv().getOrDefault("PARLEY_TEST_PG_USER", "postgres");
    static final String POSTGRES_PASSWORD = System.getenv().getOrDefault("PARLEY_TEST_PG_PASSWORD", "");

    public static boolean postgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url;
        String user;
        String password;
        if (postgres()) {
            url = createPostgresDatabase();
            user = POSTGRES_USER;
            password = POSTGRES_PASSWORD;
        } else {
            url = "jdbc:h2:mem:parley-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
            password = "";
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("parley-test-database", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                "parley.db-url", url)));
    }

    /** A new, empty PostgreSQL database for this run; returns its JDBC URL. */
    public static String createPostgresDatabase() {
        long now = System.currentTimeMillis() / 1000;
        String name = "parley_test_" + now + "_" + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD);
             Statement statement = admin.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select datname from pg_database where datname like 'parley\\_test\\_%'")) {
                while (rs.next()) {
                    stale.add(rs.getString(1));
                }
            }
            for (String old : stale) {
                if (!olderThanAnHour(old, now)) {
                    continue; // another test run on this machine may be using it right now
                }
                try {
                    statement.execute("drop database if exists " + old);
                } catch (SQLException inUse) {
                    // another test run may still be using it; the next run drops it
                }
            }
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a PostgreSQL test database at " + POSTGRES_URL, e);
        }
        return POSTGRES_URL.substring(0, POSTGRES_URL.lastIndexOf('/') + 1) + name;
    }

    private static boolean olderThanAnHour(String database, long now) {
        String[] parts = database.split("_");
        try {
            return parts.length >= 3 && Long.parseLong(parts[2]) < now - 3600;
        } catch (NumberFormatException e) {
            return true; // a name from an older naming scheme
        }
    }

    /**
     * On the PostgreSQL run, skips the database tests with a message when no server answers,
     * unless {@code PARLEY_TEST_POSTGRES=required} (as in CI), where that is a failure.
     */
    public static class Availability implements ExecutionCondition {

        private static Boolean reachable;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!postgres()) {
                return ConditionEvaluationResult.enabled("running on H2");
            }
            if (reachable == null) {
                reachable = reachable();
                if (!reachable) {
                    System.err.println("PostgreSQL is not reachable at " + POSTGRES_URL + ": the PostgreSQL run of the database tests is SKIPPED.");
                }
            }
            if (reachable) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + POSTGRES_URL);
            }
            if ("required".equalsIgnoreCase(System.getenv("PARLEY_TEST_POSTGRES"))) {
                throw new IllegalStateException("PARLEY_TEST_POSTGRES=required but PostgreSQL is not reachable at " + POSTGRES_URL);
            }
            return ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + POSTGRES_URL + "; skipped");
        }

        private static boolean reachable() {
            try {
                String hostPort = POSTGRES_URL.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
                String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
                int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(host, port), 2000);
                }
                try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD)) {
                    return true;
                }
            } catch (Exception e) {
                return false;
            }
        }
    }
}
