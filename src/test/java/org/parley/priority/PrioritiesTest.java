package org.parley.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The union's priorities from its member survey, with management's latest answer and the thread,
 * subgroup and TA that address each; the other side, administrators and members never see them.
 */
@ParleyIntegrationTest
class PrioritiesTest {

    @Autowired
    Api api;

    @Test
    void aSidesPrioritiesCarryTheOtherSidesLatestAnswerAndWhatAddressesThem() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation("Priorities " + marker, "2026-09-30");
        long table = scenario.table(negotiation, "Table");
        long session = scenario.session(table, "2026-01-12", "HELD");
        long thread = scenario.thread(table, "Safe staffing ratios " + marker);
        long version = scenario.version(thread, "LABOR", session, "Ratios on every unit");
        long ta = api.post("labor", "/api/threads/" + thread + "/tentative-agreement",
                Map.of("versionId", version, "date", "2026-01-12", "laborInitials", "LL", "managementInitials", "MM")).json().get("id").asLong();
        long labor = accountId("labor");
        long management = accountId("management");
        long subgroup = api.post("labor", "/api/tables/" + table + "/subgroups", Map.of("name", "Staffing " + marker, "charge", List.of("Ratios"),
                "coLeads", Map.of("LABOR", List.of(labor), "MANAGEMENT", List.of(management)))).id();

        var added = api.post("labor", "/api/tables/" + table + "/priorities",
                Map.of("title", "Safe staffing " + marker, "source", "Member survey 2025: ranked first by 71%"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long priority = added.id();
        assertThat(priority).as("a side's priority has an uncountable id").isGreaterThanOrEqualTo(1L << 40);
        assertThat(api.post("labor", "/api/tables/" + table + "/priorities", Map.of("title", "Wages " + marker)).json().get("rank").asInt())
                .isEqualTo(2);
        assertThat(api.post("labor", "/api/priorities/" + priority + "/answers", Map.of("text", "Not this year", "date", "2026-01-05")).status())
                .isEqualTo(201);
        assertThat(api.post("labor", "/api/priorities/" + priority + "/answers",
                Map.of("text", "Open to ratios on two units " + marker, "date", "2026-01-12")).status()).isEqualTo(201);
        for (var link : List.of(Map.of("kind", "THREAD", "id", thread), Map.of("kind", "SUBGROUP", "id", subgroup),
                Map.of("kind", "TENTATIVE_AGREEMENT", "id", ta))) {
            assertThat(api.post("labor", "/api/priorities/" + priority + "/links", link).status()).isEqualTo(201);
        }
        assertThat(api.post("labor", "/api/priorities/" + priority + "/links", Map.of("kind", "THREAD", "id", 987654321L)).status()).isEqualTo(400);
        assertThat(api.post("labor", "/api/priorities/" + priority + "/status", Map.of("status", "ACHIEVED")).status()).isEqualTo(200);

        JsonNode mine = api.get("labor", "/api/tables/" + table + "/priorities").json();
        assertThat(mine.size()).isEqualTo(2);
        assertThat(mine.get(0).get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(mine.get(0).get("latestAnswer").get("text").asString()).isEqualTo("Open to ratios on two units " + marker);
        assertThat(mine.get(0).get("links").size()).isEqualTo(3);
        assertThat(mine.get(0).toString()).contains("Safe staffing ratios " + marker, "Staffing " + marker);
        var page = api.signIn("labor").get("/tables/" + table + "/priorities");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Safe staffing " + marker, "Open to ratios on two units " + marker);

        for (String role : List.of("management", "admin", "member")) {
            assertThat(api.get(role, "/api/tables/" + table + "/priorities").body()).as(role).doesNotContain(marker);
            assertThat(api.post(role, "/api/priorities/" + priority + "/answers", Map.of("text", "x")).status()).as(role).isIn(403, 404);
            assertThat(api.get(role, "/api/negotiations/" + negotiation + "/audit").body()).as(role).doesNotContain("Safe staffing " + marker);
        }
    }

    private long accountId(String username) {
        for (JsonNode account : api.get("admin", "/api/accounts").json()) {
            if (account.get("username").asString().equals(username)) {
                return account.get("id").asLong();
            }
        }
        throw new IllegalStateException("no account " + username);
    }
}
