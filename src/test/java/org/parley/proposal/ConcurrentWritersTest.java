package org.parley.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Proposals recorded at one table by many clients at the same moment are numbered one after the other:
 * nobody is refused, and each side's numbers run 1, 2, 3… without a gap or a repeat.
 */
@ParleyIntegrationTest
class ConcurrentWritersTest {

    private static final int CLIENTS = 8;
    private static final int VERSIONS = 25;

    @Autowired
    Api api;

    @Test
    void eightClientsRecordingAtOneTableAreAllAcceptedAndNumberedInTurn() throws Exception {
        Scenario scenario = new Scenario(api);
        long table = scenario.freshTable("Busy");
        long session = scenario.session(table, "2026-01-12", "HELD");
        List<Long> threads = IntStream.range(0, CLIENTS).mapToObj(c -> scenario.thread(table, "Article " + c)).toList();
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        List<String> labels = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                long thread = threads.get(c);
                String side = c % 2 == 0 ? "LABOR" : "MANAGEMENT";
                String as = c % 2 == 0 ? "labor" : "management";
                running.add(clients.submit(() -> {
                    start.await();
                    for (int v = 0; v < VERSIONS; v++) {
                        var passed = api.post(as, "/api/threads/" + thread + "/versions",
                                Map.of("side", side, "sessionId", session, "language", "Version " + v + " of thread " + thread));
                        if (passed.status() == 201) {
                            labels.add(passed.json().get("label").asString());
                        } else {
                            refusals.add(passed.status() + " " + passed.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(refusals).as("writers wait their turn; nobody is refused").isEmpty();
        int perSide = CLIENTS / 2 * VERSIONS;
        for (String prefix : List.of("L-", "M-")) {
            List<Integer> numbers = labels.stream().filter(l -> l.startsWith(prefix)).map(l -> Integer.valueOf(l.substring(2))).sorted().toList();
            assertThat(numbers).as(prefix + " numbers").isEqualTo(IntStream.rangeClosed(1, perSide).boxed().toList());
        }
        for (long thread : threads) {
            var versions = api.get("labor", "/api/threads/" + thread).json().get("versions");
            assertThat(versions.size()).isEqualTo(VERSIONS);
            for (int v = 0; v < VERSIONS; v++) {
                assertThat(versions.get(v).get("number").asInt()).as("version numbers within a thread").isEqualTo(v + 1);
            }
        }
    }
}
