package org.parley.subgroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.support.Agreements;
import org.parley.support.Api;
import org.parley.support.Scenario;

/**
 * Sets up a national table over the API, as its teams would: a negotiation over a small agreement,
 * a national table, people on both sides (co-leads, subject-matter experts, a neutral facilitator)
 * and subgroups chartered with them. Accounts are named with a marker so that tests do not collide.
 */
final class NationalTable {

    final Api api;
    final Accounts accounts;
    final String marker;
    final long negotiation;
    final long table;

    NationalTable(Api api, Accounts accounts, String marker) {
        this.api = api;
        this.accounts = accounts;
        this.marker = marker;
        api.ensureAccounts();
        var agreement = api.upload("labor", "/api/agreements", Map.of("name", "National agreement " + marker), "cba.md",
                Agreements.MARKDOWN.getBytes(StandardCharsets.UTF_8));
        assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
        Scenario scenario = new Scenario(api);
        negotiation = scenario.negotiation("National " + marker, "2026-09-30");
        assertThat(api.patch("admin", "/api/negotiations/" + negotiation, Map.of("baseAgreementId", agreement.id())).status()).isEqualTo(200);
        table = created(api.post("admin", "/api/negotiations/" + negotiation + "/tables",
                Map.of("name", "National table " + marker, "kind", "NATIONAL")));
    }

    /** An account with the test password; its username is {@code name + marker}. */
    long person(String name, Role role) {
        return accounts.createOrReset(username(name), name + " " + marker, role, Api.PASSWORD).accountId();
    }

    String username(String name) {
        return (name.toLowerCase().replace(' ', '.') + "." + marker).toLowerCase();
    }

    long session(String date) {
        return new Scenario(api).session(table, date, "HELD");
    }

    long subgroup(String name, List<String> charge, List<Long> laborLeads, List<Long> managementLeads, List<Long> laborMembers,
            List<Long> managementMembers, List<Long> facilitators) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("charge", charge);
        body.put("coLeads", Map.of("LABOR", laborLeads, "MANAGEMENT", managementLeads));
        body.put("members", Map.of("LABOR", laborMembers, "MANAGEMENT", managementMembers));
        body.put("facilitators", facilitators);
        return created(api.post("labor", "/api/tables/" + table + "/subgroups", body));
    }

    long issue(long subgroup, String title, String statement) {
        return created(api.post("labor", "/api/subgroups/" + subgroup + "/issues", Map.of("title", title, "statement", statement)));
    }

    long option(long issue, String text) {
        return created(api.post("labor", "/api/ibb-issues/" + issue + "/options", Map.of("text", text)));
    }

    /** Every given participant states a stance (signed in as themselves). */
    void stances(long option, Map<String, String> stanceByUsername) {
        stanceByUsername.forEach((username, stance) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("stance", stance);
            if (stance.equals("BLOCK")) {
                body.put("reason", "It leaves out the night shift");
            }
            var response = api.post(username, "/api/options/" + option + "/stances", body);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        });
    }

    long recommendation(long subgroup, Long option, String title, String text, List<Map<String, Object>> changes) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (option != null) {
            body.put("optionId", option);
        }
        body.put("title", title);
        body.put("text", text);
        if (changes != null) {
            body.put("changes", changes);
        }
        return created(api.post("labor", "/api/subgroups/" + subgroup + "/recommendations", body));
    }

    void report(long recommendation, long checkIn) {
        var response = api.post("labor", "/api/recommendations/" + recommendation + "/report", Map.of("sessionId", checkIn));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("REPORTED");
    }

    Api.Response approve(List<Long> recommendations, String date) {
        return api.post("management", "/api/tables/" + table + "/recommendation-approvals", Map.of("recommendationIds", recommendations,
                "date", date, "laborInitials", "RJ", "managementInitials", "DK"));
    }

    static List<Long> ids(Api.Response response, String field) {
        List<Long> ids = new ArrayList<>();
        response.json().get(field).forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    static long created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.id();
    }
}
