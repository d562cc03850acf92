package org.parley.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

/** Short ways to set up the record through the API, as a bargaining team would. */
public final class Scenario {

    private final Api api;

    public Scenario(Api api) {
        this.api = api;
    }

    public long negotiation(String name, String expirationDate) {
        return created(api.post("admin", "/api/negotiations", Map.of("name", name, "expirationDate", expirationDate,
                "unionName", "Test Union", "employerName", "Test Employer", "timeZone", "America/Los_Angeles")));
    }

    public long table(long negotiationId, String name) {
        return created(api.post("admin", "/api/negotiations/" + negotiationId + "/tables", Map.of("name", name, "kind", "LOCAL")));
    }

    /** A fresh negotiation with one table; returns the table's id. */
    public long freshTable(String name) {
        return table(negotiation(name, "2026-06-30"), name + " table");
    }

    public long session(long tableId, String date, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date);
        body.put("plannedStart", "09:00");
        body.put("plannedEnd", "17:00");
        body.put("location", "Room 4");
        body.put("status", status);
        return created(api.post("labor", "/api/tables/" + tableId + "/sessions", body));
    }

    public long thread(long tableId, String title) {
        return created(api.post("labor", "/api/tables/" + tableId + "/threads", Map.of("title", title, "article", "Art. 9", "economic", false)));
    }

    public long version(long threadId, String side, long sessionId, String language) {
        return created(api.post("labor", "/api/threads/" + threadId + "/versions",
                Map.of("side", side, "sessionId", sessionId, "language", language, "summary", "summary of " + language)));
    }

    public long ta(long threadId, long versionId, String date) {
        return created(api.post("labor", "/api/threads/" + threadId + "/tentative-agreement",
                Map.of("versionId", versionId, "date", date, "laborInitials", "LL", "managementInitials", "MM")));
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.id();
    }
}
