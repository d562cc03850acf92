package org.parley.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.parley.vote.RecordVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backup} and {@code restore} on a database with a counted vote in it: the running test database is
 * backed up, restored by the command into an empty data folder (every table's rows the same), backed up again
 * from there by the command, and restored into the emptied running database, which then serves the same vote
 * record, still verifying, and goes on numbering new rows after the old ones.
 */
@ParleyIntegrationTest
@DisabledIfSystemProperty(named = "parley.test.database", matches = "postgresql",
        disabledReason = "the embedded database's commands; PostgreSQL is backed up with pg_dump (docs/OPERATIONS.md)")
class EmbeddedDatabaseBackupTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @TempDir
    Path folder;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsTheSameRowsAndTheVoteRecordStillVerifies() throws Exception {
        Ballots ballots = new Ballots(api);
        long negotiation = ballots.negotiationWithRoster("Backup " + UUID.randomUUID(), 3);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Kept in the backup", "MAJORITY_OF_VOTES_CAST"));
        Map<String, String> keys = ballots.keys(vote);
        for (String member : List.of("M1", "M2", "M3")) {
            assertThat(ballots.castWithKey(vote, keys.get(member), member.equals("M3") ? "No" : "Yes").status()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from vote_log_pending where vote_id = :v")
                .param("v", vote).query(Long.class).single() == 0);
        ballots.close(vote);
        String record = api.get("observer", "/api/votes/" + vote + "/record").body();
        assertThat(RecordVerifier.verify(JsonMapper.builder().build().readTree(record)).problems()).isEmpty();

        String running = environment.getProperty("spring.datasource.url");
        Map<String, List<String>> before = rows(running);
        assertThat(before.get("vote_ballot")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(before.get("negotiation")).isNotEmpty();

        Path first = folder.resolve("first.zip");
        EmbeddedDatabaseBackup.backup(running, "sa", "", first);
        Path dataDir = folder.resolve("data");
        Files.createDirectories(dataDir);
        StringBuilder said = new StringBuilder();
        assertThat(command(said, dataDir, "restore", first.toString())).as(said.toString()).isZero();
        String restored = "jdbc:h2:file:" + dataDir.resolve("parley") + EmbeddedDatabaseBackup.URL_OPTIONS;
        assertThat(rows(restored)).as("every table, row for row").isEqualTo(before);

        Path second = folder.resolve("second.zip");
        assertThat(command(said, dataDir, "backup", second.toString())).as(said.toString()).isZero();
        assertThat(command(said, dataDir, "restore", second.toString())).as(said.toString()).isZero();
        assertThat(said).contains("is kept as parley-before-restore-");
        assertThat(command(said, folder.resolve("empty"), "backup", folder.resolve("none.zip").toString())).isEqualTo(1);
        assertThat(said).contains("Found no database");

        // Emptied under the running application: its background senders may log a missing table until the restore ends.
        try (Connection db = DriverManager.getConnection(running, "sa", ""); Statement drop = db.createStatement()) {
            drop.execute("DROP ALL OBJECTS");
        }
        EmbeddedDatabaseBackup.restore(running, "sa", "", second);
        assertThat(rows(running)).isEqualTo(before);
        String again = api.get("observer", "/api/votes/" + vote + "/record").body();
        assertThat(again).isEqualTo(record);
        assertThat(RecordVerifier.verify(JsonMapper.builder().build().readTree(again)).problems()).isEmpty();
        long next = new Scenario(api).negotiation("After the restore " + UUID.randomUUID(), "2026-12-31");
        assertThat(next).as("identities go on after the restored rows").isGreaterThan(negotiation);
    }

    @Test
    void aServerDatabaseIsLeftToItsOwnTools() {
        StringBuilder said = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = EmbeddedDatabaseBackup.run(new String[] {"backup"}, Map.of("PARLEY_DB_URL", "jdbc:postgresql://db/parley"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        said.append(bytes.toString(StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(said).contains("pg_dump -Fc").contains("pg_restore");
    }

    private static int command(StringBuilder said, Path dataDir, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = EmbeddedDatabaseBackup.run(args, Map.of("PARLEY_DATA_DIR", dataDir.toString()),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        said.append(bytes.toString(StandardCharsets.UTF_8));
        return code;
    }

    /** Every table of the schema, with its rows as text, sorted: what a restore must give back. */
    private static Map<String, List<String>> rows(String url) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = db.createStatement().executeQuery("select * from \"" + table + "\"")) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            Object value = rs.getObject(c);
                            line.append(value instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : String.valueOf(value)).append('|');
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                tables.put(table, lines);
            }
        }
        return tables;
    }
}
