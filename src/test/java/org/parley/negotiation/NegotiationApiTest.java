package org.parley.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyIntegrationTest
class NegotiationApiTest {

    @Autowired
    Api api;

    @Test
    void aNegotiationReportsItsCountdownAsOfAnyDay() {
        long id = new Scenario(api).negotiation("Countdown", "2026-04-30");

        var before = api.get("labor", "/api/negotiations/" + id + "?asOf=2026-04-26").json();
        assertThat(before.get("daysUntilExpiration").asInt()).isEqualTo(4);
        assertThat(before.get("daysWithoutContract").asInt()).isZero();

        var onTheDay = api.get("labor", "/api/negotiations/" + id + "?asOf=2026-04-30").json();
        assertThat(onTheDay.get("daysUntilExpiration").asInt()).isZero();
        assertThat(onTheDay.get("daysWithoutContract").asInt()).isZero();

        var after = api.get("labor", "/api/negotiations/" + id + "?asOf=2026-05-12").json();
        assertThat(after.get("daysUntilExpiration").asInt()).isZero();
        assertThat(after.get("daysWithoutContract").asInt()).isEqualTo(12);
    }

    @Test
    void theListCarriesTheCountdownToo() {
        long id = new Scenario(api).negotiation("Listed", "2026-04-30");
        var list = api.get("management", "/api/negotiations?asOf=2026-04-01").json();
        var listed = list.valueStream().filter(n -> n.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(listed.get("name").asString()).isEqualTo("Listed");
        assertThat(listed.get("expirationDate").asString()).isEqualTo("2026-04-30");
        assertThat(listed.get("daysUntilExpiration").asInt()).isEqualTo(29);
    }

    @Test
    void aNegotiationWithoutAnExpirationDateIsRefusedAndNothingIsWritten() {
        int before = api.get("admin", "/api/negotiations").json().size();
        var response = api.post("admin", "/api/negotiations", Map.of("name", "No date"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("expiration date");
        assertThat(api.get("admin", "/api/negotiations").json().size()).isEqualTo(before);
    }

    @Test
    void aMalformedDateIsExplained() {
        var response = api.post("admin", "/api/negotiations", Map.of("name", "Bad date", "expirationDate", "30/04/2026"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("30/04/2026").contains("2026-03-17");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanDropped() {
        var response = api.post("admin", "/api/negotiations", Map.of("name", "Typo", "expirationDate", "2026-04-30", "expiresOn", "2026-05-01"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("expiresOn");
    }

    @Test
    void tablesAreListedWithTheirKind() {
        long negotiation = new Scenario(api).negotiation("Tables", "2026-04-30");
        var national = api.post("admin", "/api/negotiations/" + negotiation + "/tables", Map.of("name", "National", "kind", "NATIONAL"));
        assertThat(national.status()).isEqualTo(201);
        api.post("labor", "/api/negotiations/" + negotiation + "/tables", Map.of("name", "Local 12", "kind", "LOCAL"));

        var tables = api.get("management", "/api/negotiations/" + negotiation + "/tables").json();
        assertThat(tables.size()).isEqualTo(2);
        assertThat(tables.get(0).get("kind").asString()).isEqualTo("NATIONAL");
        assertThat(tables.get(1).get("name").asString()).isEqualTo("Local 12");
    }

    @Test
    void anUnknownTableKindIsRefused() {
        long negotiation = new Scenario(api).negotiation("Kinds", "2026-04-30");
        var response = api.post("admin", "/api/negotiations/" + negotiation + "/tables", Map.of("name", "Regional", "kind", "REGIONAL"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("REGIONAL").contains("NATIONAL, LOCAL");
    }

    @Test
    void membersDoNotSeeTablesOrTeams() {
        long negotiation = new Scenario(api).negotiation("Members", "2026-04-30");
        long table = new Scenario(api).table(negotiation, "Local");
        assertThat(api.get("member", "/api/negotiations/" + negotiation + "/tables").status()).isEqualTo(403);
        assertThat(api.get("member", "/api/tables/" + table + "/team").status()).isEqualTo(403);
        assertThat(api.post("member", "/api/negotiations", Map.of("name", "x", "expirationDate", "2026-04-30")).status()).isEqualTo(403);
    }

    @Test
    void patchChangesOnlyWhatIsSent() {
        long id = new Scenario(api).negotiation("Patch me", "2026-04-30");
        var patched = api.patch("admin", "/api/negotiations/" + id, Map.of("expirationDate", "2026-05-31"));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("expirationDate").asString()).isEqualTo("2026-05-31");
        assertThat(patched.json().get("name").asString()).isEqualTo("Patch me");
        assertThat(patched.json().get("unionName").asString()).isEqualTo("Test Union");
    }

    @Test
    void withoutATokenTheApiAnswersWithAProblem() {
        var response = api.get(null, "/api/negotiations");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
