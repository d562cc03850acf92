package org.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.parley.support.SharedCorpus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replays the session calendar of a real mediated negotiation (pilots' union, 2024–2025): multi-day
 * rounds, two cancelled rounds, a one-day status meeting and a planned round. The day numbers are
 * what the union's updates would count.
 */
@ParleyIntegrationTest
class RealSessionCalendarReplayTest {

    @Autowired
    Api api;

    @Test
    void multiDayRoundsCountEachDayAndCancelledRoundsNone() throws IOException {
        List<String> lines = Files.readAllLines(SharedCorpus.file("updates/alpa-fedex-mec-2024-2025/sessions.csv"));
        long table = new Scenario(api).freshTable("Mediated bargaining replay");
        Map<String, Long> byStart = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            Map<String, Object> body = new HashMap<>();
            body.put("date", f[0]);
            if (!f[1].equals(f[0])) {
                body.put("endDate", f[1]);
            }
            body.put("status", f[2].toUpperCase());
            var created = api.post("labor", "/api/tables/" + table + "/sessions", body);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            if (!f[3].isBlank()) {
                api.post("labor", "/api/sessions/" + created.id() + "/notes", Map.of("audience", "TABLE", "text", f[3]));
            }
            byStart.put(f[0], created.id());
        }

        assertThat(days(byStart.get("2024-10-21"))).containsExactly(1, 4);
        assertThat(days(byStart.get("2024-11-12"))).containsExactly(5, 7);
        assertThat(days(byStart.get("2024-11-19"))).containsExactly(8, 11);
        assertThat(days(byStart.get("2024-12-10"))).containsExactly(12, 14);
        assertThat(days(byStart.get("2025-01-14"))).containsExactly(null, null);
        assertThat(days(byStart.get("2025-02-04"))).containsExactly(null, null);
        assertThat(days(byStart.get("2025-02-11"))).containsExactly(15, 15);
        assertThat(days(byStart.get("2025-05-28"))).containsExactly(22, 24);
        assertThat(days(byStart.get("2025-06-24"))).containsExactly(null, null);

        var figures = api.get("labor", "/api/tables/" + table + "/figures?asOf=2025-06-01").json();
        assertThat(figures.get("sessionsHeld").asInt()).isEqualTo(8);
        assertThat(figures.get("dayAtTable").asInt()).isEqualTo(24);
        var winter = api.get("labor", "/api/tables/" + table + "/figures?from=2025-01-01&to=2025-03-31&asOf=2025-03-31").json();
        assertThat(winter.get("sessionsHeld").asInt()).isEqualTo(1);
        assertThat(winter.get("daysAtTable").asInt()).isEqualTo(1);
    }

    private Integer[] days(long sessionId) {
        var session = api.get("labor", "/api/sessions/" + sessionId).json();
        return new Integer[] {session.get("dayNumber").isNull() ? null : session.get("dayNumber").asInt(),
                session.get("lastDayNumber").isNull() ? null : session.get("lastDayNumber").asInt()};
    }
}
