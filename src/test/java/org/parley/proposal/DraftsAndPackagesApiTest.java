package org.parley.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyIntegrationTest
class DraftsAndPackagesApiTest {

    @Autowired
    Api api;

    @Test
    void aSidesDraftIsThatSidesAloneUntilItIsPassed() {
        Scenario scenario = new Scenario(api);
        long table = scenario.freshTable("Drafts");
        long session = scenario.session(table, "2026-02-02", "HELD");
        var draft = api.post("labor", "/api/tables/" + table + "/drafts", Map.of("title", "Secret subject tuition-for-all",
                "article", "Art. 27", "language", "Tuition is free for all members.", "summary", "Our big ask"));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long id = draft.id();

        assertThat(api.get("labor", "/api/tables/" + table + "/drafts").body()).contains("tuition-for-all");
        assertThat(api.get("management", "/api/tables/" + table + "/drafts").json().size()).isZero();
        assertThat(api.get("management", "/api/drafts/" + id).status()).isEqualTo(404);
        assertThat(api.put("management", "/api/drafts/" + id, Map.of("title", "x", "language", "y")).status()).isEqualTo(404);
        assertThat(api.post("management", "/api/drafts/" + id + "/pass", Map.of("sessionId", session)).status()).isEqualTo(404);
        assertThat(api.get("admin", "/api/drafts/" + id).status()).isEqualTo(403);
        for (String role : List.of("management", "admin")) {
            assertThat(api.get(role, "/api/tables/" + table + "/threads").body()).doesNotContain("tuition-for-all");
            assertThat(api.get(role, "/api/search?q=tuition-for-all").body()).doesNotContain("Tuition is free");
            long negotiation = api.get("labor", "/api/tables/" + table).json().get("negotiationId").asLong();
            assertThat(api.get(role, "/api/negotiations/" + negotiation + "/audit").body()).doesNotContain("tuition-for-all");
            assertThat(api.signIn(role).get("/tables/" + table + "/status-sheet").body()).doesNotContain("tuition-for-all");
        }

        var passed = api.post("labor", "/api/drafts/" + id + "/pass", Map.of("sessionId", session));
        assertThat(passed.status()).as(passed.body()).isEqualTo(201);
        assertThat(passed.json().get("label").asString()).isEqualTo("L-1");
        assertThat(api.get("management", "/api/tables/" + table + "/threads").body()).contains("tuition-for-all");
        assertThat(api.get("labor", "/api/drafts/" + id).status()).isEqualTo(404);
    }

    @Test
    void aDraftNeedsItsLanguageOrChanges() {
        long table = new Scenario(api).freshTable("Empty draft");
        var refused = api.post("labor", "/api/tables/" + table + "/drafts", Map.of("title", "Nothing"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("language");
    }

    @Test
    void aPackageIsAcceptedWholeWithATaOnEachThread() {
        Scenario scenario = new Scenario(api);
        long table = scenario.freshTable("Package");
        long session = scenario.session(table, "2026-02-02", "HELD");
        long uniforms = scenario.thread(table, "Uniforms");
        long parking = scenario.thread(table, "Parking");
        var offer = api.post("management", "/api/tables/" + table + "/packages", Map.of("side", "MANAGEMENT", "sessionId", session,
                "title", "Package A", "items", List.of(
                        Map.of("threadId", uniforms, "language", "A $300 uniform allowance."),
                        Map.of("threadId", parking, "language", "Free parking on weekends."))));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        assertThat(offer.json().get("status").asString()).isEqualTo("ON_THE_TABLE");
        assertThat(offer.json().get("items").size()).isEqualTo(2);

        var accepted = api.post("labor", "/api/packages/" + offer.id() + "/acceptance",
                Map.of("date", "2026-02-02", "laborInitials", "DW", "managementInitials", "GH"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(api.get("labor", "/api/threads/" + uniforms).json().get("status").asString()).isEqualTo("TENTATIVELY_AGREED");
        assertThat(api.get("labor", "/api/threads/" + parking).json().get("status").asString()).isEqualTo("TENTATIVELY_AGREED");
        assertThat(api.post("labor", "/api/packages/" + offer.id() + "/acceptance",
                Map.of("date", "2026-02-02", "laborInitials", "DW", "managementInitials", "GH")).status()).isEqualTo(409);
    }

    @Test
    void aPackageWhoseThreadMovedOnCannotBeAcceptedAndNothingIsSigned() {
        Scenario scenario = new Scenario(api);
        long table = scenario.freshTable("Stale package");
        long session = scenario.session(table, "2026-02-02", "HELD");
        long a = scenario.thread(table, "A");
        long b = scenario.thread(table, "B");
        scenario.version(a, "LABOR", session, "a1");
        scenario.version(b, "LABOR", session, "b1");
        var bundle = api.post("labor", "/api/tables/" + table + "/packages", Map.of("side", "LABOR", "sessionId", session,
                "title", "Bundle", "items", List.of(Map.of("threadId", a), Map.of("threadId", b))));
        assertThat(bundle.status()).as(bundle.body()).isEqualTo(201);
        scenario.version(b, "MANAGEMENT", session, "b2, a counter outside the package");
        var refused = api.post("management", "/api/packages/" + bundle.id() + "/acceptance",
                Map.of("date", "2026-02-02", "laborInitials", "DW", "managementInitials", "GH"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get("labor", "/api/threads/" + a).json().get("tentativeAgreements").size()).isZero();

        var rejected = api.post("management", "/api/packages/" + bundle.id() + "/rejection", Map.of("date", "2026-02-03"));
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(api.get("labor", "/api/threads/" + a).json().get("status").asString()).isEqualTo("ON_THE_TABLE");
    }

    @Test
    void aPackageNeedsTwoThreads() {
        Scenario scenario = new Scenario(api);
        long table = scenario.freshTable("Small package");
        long session = scenario.session(table, "2026-02-02", "HELD");
        long a = scenario.thread(table, "Only one");
        var refused = api.post("labor", "/api/tables/" + table + "/packages", Map.of("side", "LABOR", "sessionId", session,
                "title", "One", "items", List.of(Map.of("threadId", a, "language", "x"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get("labor", "/api/threads/" + a).json().get("versions").size()).isZero();
    }
}
