package org.parley.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
 * The ids one side sees of its own side-private records (notes, drafts, audit entries) and of the records
 * everyone sees (public updates) must not let it count what the other side did in between: no sequence,
 * so no gaps.
 */
@ParleyIntegrationTest
class UncountableIdsTest {

    static final long SEQUENTIAL_RANGE = 1L << 40;

    @Autowired
    Api api;

    @Test
    void theOtherSidesActivityLeavesNoCountableGaps() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation("Gaps " + m, "2026-12-31");
        long table = scenario.table(negotiation, "Gaps table");
        long session = scenario.session(table, "2026-03-03", "HELD");
        String notes = "/api/sessions/" + session + "/notes";
        String drafts = "/api/tables/" + table + "/drafts";

        long firstNote = api.post("management", notes, Map.of("audience", "MANAGEMENT", "text", "first " + m)).id();
        long firstDraft = api.post("management", drafts, Map.of("title", "Ours " + m, "language", "Text.")).id();
        long firstUpdate = publishedPublicUpdate(negotiation, "First " + m);
        for (int i = 0; i < 3; i++) {
            api.post("labor", notes, Map.of("audience", "LABOR", "text", "caucus " + i + m));
            api.post("labor", drafts, Map.of("title", "Theirs " + i + m, "language", "Text."));
            api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Draft " + i + m,
                    "markdown", "Not yet.", "audience", "PUBLIC"));
        }
        long secondNote = api.post("management", notes, Map.of("audience", "MANAGEMENT", "text", "second " + m)).id();
        long secondDraft = api.post("management", drafts, Map.of("title", "Ours again " + m, "language", "Text.")).id();
        long secondUpdate = publishedPublicUpdate(negotiation, "Second " + m);

        List<Long> seenByManagement = new ArrayList<>(List.of(firstNote, secondNote, firstDraft, secondDraft, firstUpdate, secondUpdate));
        for (JsonNode entry : api.get("management", "/api/negotiations/" + negotiation + "/audit").json()) {
            seenByManagement.add(entry.get("id").asLong());
        }
        assertThat(seenByManagement).hasSizeGreaterThan(8).allSatisfy(id -> assertThat(id)
                .as("a random id, not one a sequence would hand out").isGreaterThanOrEqualTo(SEQUENTIAL_RANGE));
        assertThat(Math.abs(secondNote - firstNote)).isGreaterThan(1000);
        assertThat(Math.abs(secondDraft - firstDraft)).isGreaterThan(1000);
        assertThat(Math.abs(secondUpdate - firstUpdate)).isGreaterThan(1000);

        assertThat(api.get("management", notes).body()).contains("first " + m, "second " + m);
        assertThat(api.get("management", "/api/drafts/" + secondDraft).status()).isEqualTo(200);
        assertThat(api.anonymous().get("/public/updates/" + secondUpdate).body()).contains("Second " + m);
    }

    /** Random ids shown, order kept: the trail reads newest first on every database (PostgreSQL once sorted it by the random id). */
    @Test
    void theAuditTrailKeepsItsOrderBehindRandomIds() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation("Order " + m, "2026-12-31");
        long table = scenario.table(negotiation, "Order table");
        for (int i = 0; i < 8; i++) {
            api.post("labor", "/api/tables/" + table + "/drafts", Map.of("title", "Draft " + i + " " + m, "language", "Text."));
        }
        List<String> times = new ArrayList<>();
        for (JsonNode entry : api.get("labor", "/api/negotiations/" + negotiation + "/audit").json()) {
            times.add(entry.get("at").asString());
        }
        assertThat(times).hasSizeGreaterThan(8);
        assertThat(times.stream().map(java.time.Instant::parse).toList())
                .isSortedAccordingTo(java.util.Comparator.<java.time.Instant>reverseOrder());
    }

    private long publishedPublicUpdate(long negotiation, String title) {
        long id = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", title,
                "markdown", "Today at the table.", "audience", "PUBLIC")).id();
        api.post("labor", "/api/updates/" + id + "/publish", null);
        return id;
    }
}
