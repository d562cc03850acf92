package org.parley.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application process is killed (SIGKILL) while members are voting; after a restart on the same
 * database every ballot whose receipt was returned is counted, and nothing twice, and the exported record
 * still verifies (as many ballots as voters), on H2 as on PostgreSQL. Parley runs as a
 * separate process (the test classpath, the application's own main), on an H2 file database as a
 * deployment has, or on a fresh PostgreSQL database in the PostgreSQL run.
 */
@Tag("database")
@ExtendWith(TestDatabase.Availability.class)
class CrashTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "crash-test-password";
    static final int MEMBERS = 600;
    static final int THREADS = 12;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String base;

    @Test
    void everyBallotWhoseReceiptWasReturnedIsCountedOnceAfterTheProcessIsKilled() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "crash-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.put("PARLEY_DATA_DIR", data.toAbsolutePath().toString());
        environment.put("PARLEY_DEMO", "false");
        environment.put("PARLEY_ADMIN_PASSWORD", PASSWORD);
        if (TestDatabase.postgres()) {
            environment.put("PARLEY_DB_URL", TestDatabase.createPostgresDatabase());
            environment.put("PARLEY_DB_USER", TestDatabase.POSTGRES_USER);
        }

        Process parley = start(environment, data.resolve("first.log"));
        Map<String, String> keys;
        long vote;
        try {
            String admin = token("admin");
            send("POST", "/api/accounts", admin, Map.of("username", "crash-committee", "displayName", "Crash committee",
                    "role", "ELECTION_COMMITTEE", "password", PASSWORD), 201);
            long negotiation = send("POST", "/api/negotiations", admin, Map.of("name", "Crash", "expirationDate", "2026-12-31",
                    "unionName", "Union", "employerName", "Employer", "timeZone", "America/Chicago"), 201).get("id").asLong();
            StringBuilder csv = new StringBuilder("member_id,name\n");
            for (int i = 1; i <= MEMBERS; i++) {
                csv.append("C").append(i).append(",Crash member ").append(i).append('\n');
            }
            uploadRoster(admin, negotiation, csv.toString());
            String committee = token("crash-committee");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            vote = send("POST", "/api/votes", committee, Map.of("negotiationId", negotiation, "kind", "STRIKE_AUTHORIZATION",
                    "title", "Crash vote", "questions", List.of(Map.of("text", "Strike?", "choices", List.of("Yes", "No"))),
                    "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plus(1, ChronoUnit.DAYS).toString(),
                    "rule", Map.of("type", "MAJORITY_OF_VOTES_CAST")), 201).get("id").asLong();
            send("POST", "/api/votes/" + vote + "/open", committee, null, 200);
            keys = keys(committee, vote);
        } catch (RuntimeException | IOException e) {
            parley.destroyForcibly();
            throw e;
        }

        // Members vote from many threads; the process is killed while they do.
        Set<String> receipts = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<String> all = new ArrayList<>(keys.values());
        ExecutorService voters = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            voters.submit(() -> {
                for (int i = first; i < all.size() && !stop.get(); i += THREADS) {
                    try {
                        HttpResponse<String> response = ballot(vote, all.get(i), i % 4 == 0 ? "No" : "Yes");
                        if (response.statusCode() == 201) {
                            receipts.add(JSON.readTree(response.body()).get("tracker").asString());
                        }
                    } catch (IOException e) {
                        return; // the server is gone
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (receipts.size() < MEMBERS / 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        parley.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
        parley.waitFor(30, TimeUnit.SECONDS);
        stop.set(true);
        voters.shutdown();
        assertThat(voters.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(receipts).as("ballots were being cast when the process was killed").hasSizeGreaterThanOrEqualTo(MEMBERS / 3)
                .hasSizeLessThan(MEMBERS);

        Process again = start(environment, data.resolve("second.log"));
        try {
            String committee = token("crash-committee");
            send("POST", "/api/votes/" + vote + "/close", committee, null, 200);
            JsonNode result = send("GET", "/api/votes/" + vote + "/result", committee, null, 200);
            List<String> board = new ArrayList<>();
            send("GET", "/api/votes/" + vote + "/board", committee, null, 200).forEach(t -> board.add(t.asString()));
            assertThat(board).as("every receipt's ballot is counted").containsAll(receipts);
            assertThat(board).as("nothing twice").doesNotHaveDuplicates();
            assertThat(result.get("cast").asLong()).isEqualTo(board.size());
            String record = sendText("GET", "/api/votes/" + vote + "/record", committee);
            RecordVerifier.Report report = RecordVerifier.verify(JSON.readTree(record));
            System.out.printf("Crash test (%s): %d receipts returned before SIGKILL, %d ballots counted after the restart; %s%n",
                    TestDatabase.postgres() ? "PostgreSQL" : "H2 file", receipts.size(), board.size(),
                    report.holds() ? "the record holds" : "the record does NOT hold: " + report.problems());
            // The same on H2 as on PostgreSQL: H2 once came back from the SIGKILL with one more ballot than voter
            // rows (a transaction caught half-way through its commit by another commit's write of the file);
            // platform.internal.EmbeddedDatabaseCommits makes commits on H2 take turns (docs/VOTING.md).
            assertThat(report.problems()).as("voters and ballots still match after the crash").isEmpty();
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }

    Process start(Map<String, String> environment, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, "org.parley.ParleyApplication")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Parley stopped while starting: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Parley did not start in 180 s: " + Files.readString(log));
    }

    String token(String username) throws Exception {
        return send("POST", "/api/tokens", null, Map.of("username", username, "password", PASSWORD), 201).get("token").asString();
    }

    JsonNode send(String method, String path, String token, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    String sendText(String method, String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    HttpResponse<String> ballot(long vote, String key, String choice) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/votes/" + vote + "/ballots"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Voting-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("answers", List.of(Map.of("question", 0, "choice", choice)))))).build(), HttpResponse.BodyHandlers.ofString());
    }

    Map<String, String> keys(String committee, long vote) throws IOException, InterruptedException {
        String csv = sendText("POST", "/api/votes/" + vote + "/keys", committee);
        Map<String, String> keys = new HashMap<>();
        csv.lines().skip(1).forEach(line -> keys.put(line.substring(0, line.indexOf(',')), line.substring(line.lastIndexOf(',') + 1)));
        assertThat(keys).hasSize(MEMBERS);
        return keys;
    }

    void uploadRoster(String token, long negotiation, String csv) throws IOException, InterruptedException {
        String boundary = "crash" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/negotiations/" + negotiation + "/roster"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
