package org.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyIntegrationTest
class SessionApiTest {

    @Autowired
    Api api;

    private Scenario scenario() {
        return new Scenario(api);
    }

    @Test
    void aSessionWithoutADateIsRefused() {
        long table = scenario().freshTable("No date");
        var response = api.post("labor", "/api/tables/" + table + "/sessions", Map.of("plannedStart", "09:00", "location", "Room 1"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("date");
        assertThat(api.get("labor", "/api/tables/" + table + "/sessions").json().size()).isZero();
    }

    @Test
    void dayNumbersCountDistinctHeldDatesOnly() {
        long table = scenario().freshTable("Days");
        long first = scenario().session(table, "2026-01-05", "HELD");
        long cancelled = scenario().session(table, "2026-01-07", "CANCELLED");
        long second = scenario().session(table, "2026-01-09", "HELD");
        long sameDay = scenario().session(table, "2026-01-09", "HELD");
        long planned = scenario().session(table, "2026-01-20", "PLANNED");

        assertThat(api.get("labor", "/api/sessions/" + first).json().get("dayNumber").asInt()).isEqualTo(1);
        assertThat(api.get("labor", "/api/sessions/" + cancelled).json().get("dayNumber").isNull()).isTrue();
        assertThat(api.get("labor", "/api/sessions/" + second).json().get("dayNumber").asInt()).isEqualTo(2);
        assertThat(api.get("labor", "/api/sessions/" + sameDay).json().get("dayNumber").asInt()).isEqualTo(2);
        assertThat(api.get("labor", "/api/sessions/" + planned).json().get("dayNumber").isNull()).isTrue();

        var held = api.patch("management", "/api/sessions/" + planned, Map.of("status", "HELD"));
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.json().get("dayNumber").asInt()).isEqualTo(3);

        var cancelledFirst = api.patch("labor", "/api/sessions/" + first, Map.of("status", "CANCELLED"));
        assertThat(cancelledFirst.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(api.get("labor", "/api/sessions/" + second).json().get("dayNumber").asInt()).isEqualTo(1);
    }

    @Test
    void aMultiDaySessionCountsEachOfItsDays() {
        long table = scenario().freshTable("Multi-day");
        var body = new HashMap<String, Object>(Map.of("date", "2026-02-02", "endDate", "2026-02-04", "status", "HELD"));
        long multi = api.post("labor", "/api/tables/" + table + "/sessions", body).id();
        long next = scenario().session(table, "2026-02-10", "HELD");
        var session = api.get("labor", "/api/sessions/" + multi).json();
        assertThat(session.get("dayNumber").asInt()).isEqualTo(1);
        assertThat(session.get("lastDayNumber").asInt()).isEqualTo(3);
        assertThat(api.get("labor", "/api/sessions/" + next).json().get("dayNumber").asInt()).isEqualTo(4);
    }

    @Test
    void theLedgerTotalsMinutesPerKindAndMarksThePlannedSessionHeld() {
        long table = scenario().freshTable("Ledger");
        long session = scenario().session(table, "2026-03-03", "PLANNED");
        String ledger = "/api/sessions/" + session + "/ledger";
        assertThat(api.post("labor", ledger, Map.of("kind", "TABLE", "at", "2026-03-03T09:00")).status()).isEqualTo(201);
        assertThat(api.post("labor", ledger, Map.of("kind", "MANAGEMENT_CAUCUS", "at", "2026-03-03T09:45")).status()).isEqualTo(201);
        assertThat(api.post("labor", ledger, Map.of("kind", "WAITING_FOR_MANAGEMENT", "at", "2026-03-03T12:15")).status()).isEqualTo(201);
        assertThat(api.post("labor", ledger, Map.of("kind", "BREAK", "at", "2026-03-03T12:30")).status()).isEqualTo(201);
        assertThat(api.post("labor", ledger, Map.of("kind", "TABLE", "at", "2026-03-03T13:00")).status()).isEqualTo(201);
        assertThat(api.post("labor", ledger, Map.of("kind", "LABOR_CAUCUS", "at", "2026-03-03T13:20")).status()).isEqualTo(201);
        assertThat(api.post("labor", ledger, Map.of("kind", "END", "at", "2026-03-03T14:00")).status()).isEqualTo(201);

        var json = api.get("management", "/api/sessions/" + session).json();
        assertThat(json.get("status").asString()).isEqualTo("HELD");
        assertThat(json.get("dayNumber").asInt()).isEqualTo(1);
        var totals = json.get("totals");
        assertThat(totals.get("tableMinutes").asInt()).isEqualTo(65);
        assertThat(totals.get("managementCaucusMinutes").asInt()).isEqualTo(150);
        assertThat(totals.get("laborCaucusMinutes").asInt()).isEqualTo(40);
        assertThat(totals.get("waitingMinutes").asInt()).isEqualTo(15);
        assertThat(totals.get("breakMinutes").asInt()).isEqualTo(30);
        assertThat(totals.get("scheduledMinutes").asInt()).isEqualTo(480);
        assertThat(totals.get("shares").get("managementCaucus").asDouble()).isEqualTo(150.0 / 480);
    }

    @Test
    void aLedgerCanCrossMidnight() {
        long table = scenario().freshTable("Night");
        long session = scenario().session(table, "2026-03-03", "HELD");
        String ledger = "/api/sessions/" + session + "/ledger";
        api.post("labor", ledger, Map.of("kind", "TABLE", "at", "2026-03-03T22:30"));
        assertThat(api.post("labor", ledger, Map.of("kind", "END", "at", "2026-03-04T01:15")).status()).isEqualTo(201);
        assertThat(api.get("labor", "/api/sessions/" + session).json().get("totals").get("tableMinutes").asInt()).isEqualTo(165);
    }

    @Test
    void anIntervalStartingBeforeTheRunningOneIsRefused() {
        long table = scenario().freshTable("Reversed");
        long session = scenario().session(table, "2026-03-03", "HELD");
        String ledger = "/api/sessions/" + session + "/ledger";
        api.post("labor", ledger, Map.of("kind", "TABLE", "at", "2026-03-03T10:00"));
        var reversed = api.post("labor", ledger, Map.of("kind", "LABOR_CAUCUS", "at", "2026-03-03T09:30"));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("detail").asString()).contains("follow each other");
        assertThat(api.get("labor", ledger).json().get("intervals").size()).isEqualTo(1);
    }

    @Test
    void aCorrectionThatWouldOverlapIsRefusedAndOneThatFitsKeepsHistory() {
        long table = scenario().freshTable("Corrections");
        long session = scenario().session(table, "2026-03-03", "HELD");
        String ledger = "/api/sessions/" + session + "/ledger";
        long first = api.post("labor", ledger, Map.of("kind", "TABLE", "at", "2026-03-03T09:00")).id();
        api.post("labor", ledger, Map.of("kind", "MANAGEMENT_CAUCUS", "at", "2026-03-03T10:00"));
        api.post("labor", ledger, Map.of("kind", "END", "at", "2026-03-03T11:00"));

        var overlapping = api.put("labor", ledger + "/" + first, Map.of("start", "2026-03-03T09:00", "end", "2026-03-03T10:30"));
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.json().get("detail").asString()).contains("overlap");

        var reversed = api.put("labor", ledger + "/" + first, Map.of("start", "2026-03-03T09:00", "end", "2026-03-03T08:30"));
        assertThat(reversed.status()).isEqualTo(400);

        var fixed = api.put("management", ledger + "/" + first,
                Map.of("start", "2026-03-03T09:15", "end", "2026-03-03T10:00", "reason", "started late"));
        assertThat(fixed.status()).isEqualTo(200);
        var after = api.get("labor", ledger).json();
        assertThat(after.get("totals").get("tableMinutes").asInt()).isEqualTo(45);
        var correction = after.get("corrections").get(0);
        assertThat(correction.get("previousStart").asString()).isEqualTo("2026-03-03T17:00:00Z");
        assertThat(correction.get("start").asString()).isEqualTo("2026-03-03T17:15:00Z");
        assertThat(correction.get("reason").asString()).isEqualTo("started late");
    }

    @Test
    void endingADayThatIsNotRunningIsRefused() {
        long table = scenario().freshTable("End");
        long session = scenario().session(table, "2026-03-03", "HELD");
        var response = api.post("labor", "/api/sessions/" + session + "/ledger", Map.of("kind", "END", "at", "2026-03-03T09:00"));
        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void anUnknownIntervalKindIsRefused() {
        long table = scenario().freshTable("Kind");
        long session = scenario().session(table, "2026-03-03", "HELD");
        var response = api.post("labor", "/api/sessions/" + session + "/ledger", Map.of("kind", "LUNCH", "at", "2026-03-03T09:00"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("LUNCH").contains("BREAK");
    }

    @Test
    void aCancelledSessionKeepsNoLedger() {
        long table = scenario().freshTable("Cancelled ledger");
        long session = scenario().session(table, "2026-03-03", "CANCELLED");
        assertThat(api.post("labor", "/api/sessions/" + session + "/ledger", Map.of("kind", "TABLE", "at", "2026-03-03T09:00")).status())
                .isEqualTo(409);
    }

    @Test
    void notesKeepTheirAudience() {
        long table = scenario().freshTable("Notes");
        long session = scenario().session(table, "2026-03-03", "HELD");
        String notes = "/api/sessions/" + session + "/notes";
        assertThat(api.post("labor", notes, Map.of("audience", "LABOR", "text", "Our bottom line is 4%")).status()).isEqualTo(201);
        assertThat(api.post("management", notes, Map.of("audience", "MANAGEMENT", "text", "We can go to 3.5%")).status()).isEqualTo(201);
        assertThat(api.post("labor", notes, Map.of("audience", "TABLE", "text", "Agreed to meet again on the 10th")).status()).isEqualTo(201);

        assertThat(api.get("labor", notes).body()).contains("bottom line").contains("meet again").doesNotContain("3.5%");
        assertThat(api.get("management", notes).body()).contains("3.5%").contains("meet again").doesNotContain("bottom line");
        assertThat(api.get("admin", notes).body()).contains("meet again").doesNotContain("bottom line").doesNotContain("3.5%");
        assertThat(api.get("member", notes).status()).isEqualTo(403);
    }

    @Test
    void aNoteForTheOtherSideOrAnUnknownAudienceIsRefused() {
        long table = scenario().freshTable("Note audiences");
        long session = scenario().session(table, "2026-03-03", "HELD");
        String notes = "/api/sessions/" + session + "/notes";
        assertThat(api.post("labor", notes, Map.of("audience", "MANAGEMENT", "text", "x")).status()).isEqualTo(403);
        var unknown = api.post("labor", notes, Map.of("audience", "UNION", "text", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("UNION");
        assertThat(api.post("labor", notes, Map.of("audience", "PUBLIC", "text", "x")).status()).isEqualTo(400);
        assertThat(api.get("labor", notes).json().size()).isZero();
    }
}
