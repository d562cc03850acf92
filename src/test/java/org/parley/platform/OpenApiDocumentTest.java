package org.parley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document other tools build against describes every path and method the issues promise. */
@ParleyIntegrationTest
class OpenApiDocumentTest {

    /** Path → the methods it must offer, as the issues give them. */
    private static final Map<String, List<String>> PROMISED = Map.ofEntries(
            Map.entry("/api/tokens", List.of("post")),
            Map.entry("/api/negotiations", List.of("get", "post")),
            Map.entry("/api/negotiations/{id}", List.of("get", "patch")),
            Map.entry("/api/negotiations/{id}/tables", List.of("get", "post")),
            Map.entry("/api/tables/{id}/sessions", List.of("get", "post")),
            Map.entry("/api/sessions/{id}", List.of("get", "patch")),
            Map.entry("/api/sessions/{id}/ledger", List.of("post")),
            Map.entry("/api/sessions/{id}/ledger/{intervalId}", List.of("put")),
            Map.entry("/api/sessions/{id}/notes", List.of("get", "post")),
            Map.entry("/api/tables/{id}/threads", List.of("get", "post")),
            Map.entry("/api/threads/{id}", List.of("get")),
            Map.entry("/api/threads/{id}/versions", List.of("post")),
            Map.entry("/api/threads/{id}/withdrawal", List.of("post")),
            Map.entry("/api/threads/{id}/tentative-agreement", List.of("post")),
            Map.entry("/api/tentative-agreements/{id}/walk-back", List.of("post")),
            Map.entry("/api/tables/{id}/figures", List.of("get")),
            Map.entry("/api/agreements", List.of("post")),
            Map.entry("/api/agreements/{id}", List.of("get")),
            Map.entry("/api/versions/{id}/redline", List.of("get")),
            Map.entry("/api/redline", List.of("post")),
            Map.entry("/api/versions/{id}/document.docx", List.of("get")),
            Map.entry("/api/versions/{id}/document.pdf", List.of("get")),
            Map.entry("/api/negotiations/{id}/tentative-contract", List.of("get")),
            Map.entry("/api/negotiations/{id}/tentative-contract.docx", List.of("get")),
            Map.entry("/api/negotiations/{id}/tentative-contract.pdf", List.of("get")),
            Map.entry("/api/negotiations/{id}/roster", List.of("post")),
            Map.entry("/api/petitions", List.of("post")),
            Map.entry("/api/petitions/{id}", List.of("get")),
            Map.entry("/api/petitions/{id}/signatures", List.of("post")),
            Map.entry("/api/tables/{id}/updates/draft", List.of("post")),
            Map.entry("/api/updates", List.of("post")),
            Map.entry("/api/updates/{id}/publish", List.of("post")),
            Map.entry("/api/updates/{id}/delivery", List.of("get")),
            Map.entry("/api/events", List.of("post")),
            Map.entry("/api/events/{id}/rsvp", List.of("post")),
            Map.entry("/api/sessions/{id}/observers", List.of("post")),
            Map.entry("/api/votes", List.of("post")),
            Map.entry("/api/votes/{id}", List.of("get")),
            Map.entry("/api/votes/{id}/open", List.of("post")),
            Map.entry("/api/votes/{id}/close", List.of("post")),
            Map.entry("/api/votes/{id}/keys", List.of("post")),
            Map.entry("/api/votes/{id}/keys/delivery", List.of("get")),
            Map.entry("/api/votes/{id}/ballots", List.of("post")),
            Map.entry("/api/votes/{id}/result", List.of("get")),
            Map.entry("/api/votes/{id}/record", List.of("get")),
            Map.entry("/api/tables/{id}/subgroups", List.of("get", "post")),
            Map.entry("/api/subgroups/{id}/issues", List.of("post")),
            Map.entry("/api/ibb-issues/{id}/interests", List.of("post")),
            Map.entry("/api/ibb-issues/{id}/options", List.of("post")),
            Map.entry("/api/options/{id}/stances", List.of("post")),
            Map.entry("/api/options/{id}/consensus", List.of("get")),
            Map.entry("/api/subgroups/{id}/recommendations", List.of("post")),
            Map.entry("/api/tables/{id}/recommendation-approvals", List.of("post")),
            Map.entry("/api/costing/models", List.of("post")),
            Map.entry("/api/costing/models/{id}/workforce", List.of("post")),
            Map.entry("/api/costing/models/{id}/scenarios", List.of("post")),
            Map.entry("/api/costing/scenarios/{id}", List.of("get")),
            Map.entry("/api/costing/scenarios/{id}.xlsx", List.of("get")),
            Map.entry("/api/versions/{id}/economics", List.of("put")),
            Map.entry("/api/versions/{id}/costing", List.of("get")));

    @Autowired
    Api api;

    @Test
    void theApiDocumentDescribesEveryPromisedPathAndNoPageRoute() {
        var response = api.anonymous().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        // A path variable's name is the document's business ({id} or {tableId}); its place is the contract.
        Map<String, JsonNode> documented = new java.util.HashMap<>();
        paths.propertyNames().forEach(path -> documented.put(shape(path), paths.get(path)));
        List<String> missing = new java.util.ArrayList<>();
        PROMISED.forEach((path, methods) -> methods.stream()
                .filter(method -> !documented.containsKey(shape(path)) || !documented.get(shape(path)).has(method))
                .forEach(method -> missing.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path)));
        assertThat(missing).as("promised but not documented").isEmpty();
        assertThat(paths.propertyNames()).as("only the JSON API, not the pages").allMatch(path -> path.startsWith("/api/"));
    }

    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}
