package org.parley.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code backup [FILE]} and {@code restore FILE} for the embedded H2 database (docs/OPERATIONS.md, "Backup
 * and restore"), run from the jar like {@code verify}, without starting the server. A backup is H2's SQL
 * script of the whole database ({@code SCRIPT TO … COMPRESSION ZIP}): every table, row, sequence and
 * index, readable by any later H2 version, unlike a copy of the files. Parley must be stopped for both:
 * H2 lets one process at a time open the database file, and the command says so when Parley holds it.
 * On PostgreSQL the database server's own tools do this ({@code pg_dump -Fc}, {@code pg_restore}).
 */
public final class EmbeddedDatabaseBackup {

    /** The options application.yml gives the embedded database's URL; a restored database must read alike. */
    static final String URL_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /** H2's error code for a database file another process holds open. */
    private static final int IN_USE = 90020;
    /** H2's error code for a database that does not exist (with IFEXISTS=TRUE). */
    private static final int NOT_FOUND = 90146;

    private EmbeddedDatabaseBackup() {
    }

    /** Runs {@code backup [FILE]} or {@code restore FILE}; returns the exit code (0 done, 1 refused, 2 usage). */
    public static int run(String[] args, Map<String, String> environment, PrintStream out) {
        String dbUrl = environment.getOrDefault("PARLEY_DB_URL", "");
        if (!dbUrl.isBlank() && !dbUrl.startsWith("jdbc:h2:")) {
            out.println("PARLEY_DB_URL names a database server, not the embedded database: back it up with the server's own"
                    + " tools, e.g. pg_dump -Fc and pg_restore (docs/OPERATIONS.md, \"Backup and restore\").");
            return 1;
        }
        Path dataDir = Path.of(environment.getOrDefault("PARLEY_DATA_DIR", "./data"));
        String url = dbUrl.isBlank() ? "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("parley") + URL_OPTIONS : dbUrl;
        String user = environment.getOrDefault("PARLEY_DB_USER", "sa");
        String password = environment.getOrDefault("PARLEY_DB_PASSWORD", "");
        try {
            if (args.length >= 1 && args.length <= 2 && args[0].equals("backup")) {
                Path file = args.length == 2 ? Path.of(args[1])
                        : Path.of("parley-backup-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
                backup(url, user, password, file);
                out.println("Backed up the " + describe(url) + " to " + file.toAbsolutePath().normalize()
                        + " (" + Files.size(file) + " bytes). Restore it with: ./parley restore " + file);
                return 0;
            }
            if (args.length == 2 && args[0].equals("restore")) {
                Path file = Path.of(args[1]);
                if (!Files.isRegularFile(file)) {
                    out.println("There is no backup file " + file.toAbsolutePath().normalize() + ".");
                    return 1;
                }
                if (dbUrl.isBlank()) {
                    setAside(url, user, password, dataDir, out);
                }
                restore(url, user, password, file);
                out.println("Restored " + file.toAbsolutePath().normalize() + " into the " + describe(url) + ". Start Parley as usual.");
                return 0;
            }
        } catch (SQLException e) {
            out.println(explain(e, url));
            return 1;
        } catch (IOException e) {
            out.println("Could not read or write a file: " + e.getMessage());
            return 1;
        }
        out.println("Usage: java -jar parley.jar backup [FILE]   (default FILE: parley-backup-<date>-<time>.zip)");
        out.println("       java -jar parley.jar restore FILE   (Parley stopped; the database there now is kept aside)");
        return 2;
    }

    /** Writes the whole database at {@code url} to {@code file}, a zipped SQL script. */
    public static void backup(String url, String user, String password, Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection(existing(url), user, password);
             PreparedStatement script = db.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
            script.setString(1, file.toAbsolutePath().toString());
            script.execute();
        }
    }

    /** Runs a backup into the database at {@code url}, which must hold no table yet. */
    public static void restore(String url, String user, String password, Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            try (ResultSet tables = db.createStatement().executeQuery(
                    "select count(*) from information_schema.tables where table_schema = 'public'")) {
                tables.next();
                if (tables.getInt(1) > 0) {
                    throw new SQLException("The database to restore into already holds " + tables.getInt(1)
                            + " tables; restore only into an empty one.", "PARLEY", 1);
                }
            }
            try (PreparedStatement run = db.prepareStatement("RUNSCRIPT FROM ? COMPRESSION ZIP")) {
                run.setString(1, file.toAbsolutePath().toString());
                run.execute();
            }
        }
    }

    /**
     * Moves the database now in the data folder aside (renamed, not deleted), after checking that no running
     * Parley holds it: a restore never loses the database it replaces.
     */
    private static void setAside(String url, String user, String password, Path dataDir, PrintStream out) throws SQLException, IOException {
        Path current = dataDir.resolve("parley.mv.db");
        if (!Files.exists(current)) {
            return;
        }
        try (Connection db = DriverManager.getConnection(existing(url), user, password); var shutdown = db.createStatement()) {
            shutdown.execute("SHUTDOWN"); // closed for sure, not kept open by this process for a later connection
        }
        String name = "parley-before-restore-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Files.move(current, dataDir.resolve(name + ".mv.db"));
        out.println("The database that was in " + dataDir.toAbsolutePath().normalize() + " is kept as " + name + ".mv.db.");
    }

    private static String existing(String url) {
        return url.contains("IFEXISTS=") ? url : url + ";IFEXISTS=TRUE";
    }

    private static String describe(String url) {
        int options = url.indexOf(';');
        return "database " + (options < 0 ? url : url.substring(0, options));
    }

    private static String explain(SQLException e, String url) {
        if (e.getErrorCode() == IN_USE) {
            return "Parley (or another program) has the " + describe(url) + " open. Stop Parley first: the embedded database"
                    + " can be opened by one process at a time.";
        }
        if (e.getErrorCode() == NOT_FOUND) {
            return "Found no " + describe(url) + " (set PARLEY_DATA_DIR to the folder that holds parley.mv.db).";
        }
        return "The database refused: " + e.getMessage().lines().findFirst().orElse("");
    }
}
