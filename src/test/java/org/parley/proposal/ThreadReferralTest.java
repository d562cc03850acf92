package org.parley.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A thread raised at a local table is referred to the national table and back, keeping one history:
 * its versions stay where they were passed, it lives at one table at a time, and each table's pages
 * say where it lives now.
 */
@ParleyIntegrationTest
class ThreadReferralTest {

    @Autowired
    Api api;

    @Test
    void aLocalThreadGoesToTheNationalTableAndBackWithOneHistory() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation("Referral " + marker, "2026-09-30");
        long local = scenario.table(negotiation, "Local 39 table");
        long national = api.post("admin", "/api/negotiations/" + negotiation + "/tables", Map.of("name", "National table", "kind", "NATIONAL")).id();
        long localDay = scenario.session(local, "2026-01-12", "HELD");
        long nationalDay = scenario.session(national, "2026-01-20", "HELD");
        long thread = scenario.thread(local, "Travel nurse standards " + marker);
        scenario.version(thread, "LABOR", localDay, "Travelers get the same orientation as staff.");

        var referred = api.post("labor", "/api/threads/" + thread + "/referrals",
                Map.of("toTableId", national, "reason", "A system-wide standard belongs at the national table"));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        assertThat(referred.json().get("toTable").asString()).isEqualTo("National table");

        JsonNode detail = api.get("management", "/api/threads/" + thread).json();
        assertThat(detail.get("tableId").asLong()).isEqualTo(national);
        assertThat(detail.get("versions").size()).as("the local version stays in its history").isEqualTo(1);
        assertThat(api.get("labor", "/api/tables/" + local + "/threads").body()).doesNotContain("Travel nurse standards " + marker);
        assertThat(api.get("labor", "/api/tables/" + national + "/threads").body()).contains("Travel nurse standards " + marker);
        JsonNode away = api.get("labor", "/api/tables/" + local + "/referred-away").json();
        assertThat(away.size()).isEqualTo(1);
        assertThat(away.get(0).get("toTable").asString()).isEqualTo("National table");
        String localSheet = api.signIn("labor").get("/tables/" + local + "/status-sheet").body();
        assertThat(localSheet).contains("Referred to another table", "Travel nurse standards " + marker, "lives at National table");

        // the counter is passed at the national table's session, not the local one's
        assertThat(api.post("management", "/api/threads/" + thread + "/versions",
                Map.of("side", "MANAGEMENT", "sessionId", localDay, "language", "No")).status()).isEqualTo(400);
        scenario.version(thread, "MANAGEMENT", nationalDay, "Travelers get a shorter orientation.");

        assertThat(api.post("labor", "/api/threads/" + thread + "/referrals", Map.of("toTableId", local, "reason", "Back to the local")).status())
                .isEqualTo(201);
        assertThat(api.get("labor", "/api/threads/" + thread + "/referrals").json().size()).isEqualTo(2);
        assertThat(api.get("labor", "/api/tables/" + local + "/referred-away").json().size()).isZero();
        assertThat(api.get("labor", "/api/tables/" + national + "/referred-away").json().get(0).get("toTable").asString())
                .isEqualTo("Local 39 table");
        var page = api.signIn("management").get("/threads/" + thread);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Lives at Local 39 table now.", "Referred from Local 39 table to National table",
                "Referred from National table to Local 39 table");
        assertThat(api.get("labor", "/api/threads/" + thread).json().get("versions").size()).isEqualTo(2);

        // only a team refers, only within the negotiation, and a member sees none of it
        assertThat(api.post("admin", "/api/threads/" + thread + "/referrals", Map.of("toTableId", national, "reason", "x")).status()).isEqualTo(403);
        long elsewhere = scenario.freshTable("Elsewhere " + marker);
        assertThat(api.post("labor", "/api/threads/" + thread + "/referrals", Map.of("toTableId", elsewhere, "reason", "x")).status()).isEqualTo(400);
        assertThat(api.get("member", "/api/threads/" + thread + "/referrals").status()).isEqualTo(403);
    }
}
