package org.parley.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A side's notes in a subgroup's workspace reach that side only: never the other side, the facilitator,
 * an administrator or a member; an observer reads labor's notes only where their local lets them attend
 * the labor caucus. The joint work reaches both teams, the administrator, the subgroup's facilitator and
 * observers, and nobody else. Tried over HTTP (API and pages) for every role.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubgroupNotesTest {

    @Autowired
    Api api;

    @Autowired
    Accounts accounts;

    String marker;
    String laborSecret;
    String managementSecret;
    String jointText;
    long negotiation;
    long table;
    long subgroup;
    long issue;
    long option;

    String user(String name) {
        return name + "." + marker;
    }

    @BeforeAll
    void aSubgroupWithNotesOfBothSides() {
        marker = UUID.randomUUID().toString().substring(0, 8);
        laborSecret = "laborsubgroupsecret" + marker + " we would settle for two pilot sites";
        managementSecret = "mgmtsubgroupsecret" + marker + " finance caps this at one million";
        jointText = "jointoption" + marker + " a joint taskforce on AI";
        api.ensureAccounts();
        long labor = accounts.find("labor").orElseThrow().id();
        long management = accounts.find("management").orElseThrow().id();
        long facilitator = accounts.createOrReset(user("facilitator"), "Fran Facilitator", Role.FACILITATOR, Api.PASSWORD).accountId();
        long observer = accounts.createOrReset(user("observer"), "Otto Observer", Role.MEMBER, Api.PASSWORD).accountId();
        long caucusObserver = accounts.createOrReset(user("caucus"), "Cass Caucus", Role.MEMBER, Api.PASSWORD).accountId();
        Scenario scenario = new Scenario(api);
        negotiation = scenario.negotiation("Subgroup notes " + marker, "2026-09-30");
        table = scenario.table(negotiation, "National table");
        Map<String, Object> charter = new LinkedHashMap<>();
        charter.put("name", "AI and technology " + marker);
        charter.put("charge", List.of("AI in patient care"));
        charter.put("coLeads", Map.of("LABOR", List.of(labor), "MANAGEMENT", List.of(management)));
        charter.put("facilitators", List.of(facilitator));
        var created = api.post("admin", "/api/tables/" + table + "/subgroups", charter);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        subgroup = created.id();
        assertThat(api.post("labor", "/api/subgroups/" + subgroup + "/observers",
                Map.of("accountId", observer, "localUnion", "Local 39", "caucus", false)).status()).isEqualTo(201);
        assertThat(api.post("labor", "/api/subgroups/" + subgroup + "/observers",
                Map.of("accountId", caucusObserver, "localUnion", "Local 20", "caucus", true)).status()).isEqualTo(201);
        issue = api.post(user("facilitator"), "/api/subgroups/" + subgroup + "/issues", Map.of("title", "AI " + marker,
                "statement", "Tools arrive without staff input")).id();
        option = api.post("management", "/api/ibb-issues/" + issue + "/options", Map.of("text", jointText)).id();
        var laborNote = api.post("labor", "/api/subgroups/" + subgroup + "/notes",
                Map.of("itemType", "option", "itemId", option, "text", laborSecret));
        assertThat(laborNote.status()).isEqualTo(201);
        assertThat(laborNote.id()).as("a side's note has an uncountable id").isGreaterThanOrEqualTo(1L << 40);
        assertThat(api.post("management", "/api/subgroups/" + subgroup + "/notes",
                Map.of("itemType", "option", "itemId", option, "text", managementSecret)).status()).isEqualTo(201);
    }

    List<String> everythingSeenBy(String username) {
        List<String> seen = new ArrayList<>();
        for (String path : List.of("/api/subgroups/" + subgroup + "/notes", "/api/subgroups/" + subgroup,
                "/api/subgroups/" + subgroup + "/issues", "/api/ibb-issues/" + issue, "/api/tables/" + table + "/subgroups",
                "/api/options/" + option + "/consensus", "/api/subgroups/" + subgroup + "/recommendations",
                "/api/negotiations/" + negotiation + "/audit", "/api/search?q=subgroupsecret" + marker,
                "/api/tables/" + table + "/figures", "/api/tables/" + table + "/recommendations")) {
            seen.add(api.get(username, path).body());
        }
        Api.Pages pages = api.signIn(username);
        for (String path : List.of("/subgroups/" + subgroup, "/ibb-issues/" + issue, "/options/" + option + "/consensus", "/subgroups",
                "/tables/" + table + "/subgroups", "/tables/" + table + "/recommendations", "/search?q=subgroupsecret" + marker,
                "/negotiations/" + negotiation + "/audit", "/")) {
            seen.add(pages.get(path).body());
        }
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = {"labor", "management", "admin", "member", "committee", "observer", "facilitator", "subgroup-observer",
            "caucus-observer"})
    void aSidesNotesReachOnlyThatSideAndTheJointWorkOnlyItsPeople(String role) {
        String username = switch (role) {
            case "facilitator" -> user("facilitator");
            case "subgroup-observer" -> user("observer");
            case "caucus-observer" -> user("caucus");
            default -> role;
        };
        String everything = String.join("\n", everythingSeenBy(username));
        if (role.equals("labor") || role.equals("caucus-observer")) {
            assertThat(everything).contains(laborSecret);
        } else {
            assertThat(everything).doesNotContain(laborSecret).doesNotContain("we would settle for two pilot sites");
        }
        if (role.equals("management")) {
            assertThat(everything).contains(managementSecret);
        } else {
            assertThat(everything).doesNotContain(managementSecret).doesNotContain("finance caps this at one million");
        }
        if (List.of("member", "committee", "observer").contains(role)) {
            assertThat(everything).doesNotContain(jointText);
            assertThat(api.get(username, "/api/ibb-issues/" + issue).status()).isIn(403, 404);
            assertThat(api.get(username, "/api/subgroups/" + subgroup).status()).isIn(403, 404);
        } else {
            assertThat(everything).contains(jointText);
            assertThat(api.get(username, "/api/options/" + option + "/consensus").status()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"labor", "management", "admin", "facilitator", "caucus-observer"})
    void thePagesShowTheJointWorkToItsPeople(String role) {
        String username = role.equals("facilitator") ? user("facilitator") : role.equals("caucus-observer") ? user("caucus") : role;
        Api.Pages pages = api.signIn(username);
        List<String> paths = new ArrayList<>(List.of("/subgroups/" + subgroup, "/ibb-issues/" + issue, "/options/" + option + "/consensus"));
        if (List.of("labor", "management", "admin").contains(role)) {
            paths.addAll(List.of("/tables/" + table + "/subgroups", "/tables/" + table + "/recommendations", "/negotiations/" + negotiation));
        } else {
            paths.add("/subgroups");
        }
        for (String path : paths) {
            var page = pages.get(path);
            assertThat(page.status()).as(role + " " + path).isEqualTo(200);
            assertThat(page.body()).as(role + " " + path).contains(path.endsWith("/recommendations") ? "Check-in" : "AI and technology " + marker);
        }
        assertThat(pages.get("/ibb-issues/" + issue).body()).contains(jointText);
    }

    @Test
    void nobodySignedOutSeesAnything() {
        for (String path : List.of("/api/subgroups/" + subgroup + "/notes", "/api/subgroups/" + subgroup, "/api/ibb-issues/" + issue)) {
            var response = api.get(null, path);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).doesNotContain(jointText).doesNotContain(laborSecret);
        }
        var page = api.anonymous().get("/subgroups/" + subgroup);
        assertThat(page.body()).doesNotContain(jointText).doesNotContain(laborSecret).doesNotContain(managementSecret);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "member", "facilitator", "caucus-observer"})
    void onlyATeamWritesASideNote(String role) {
        String username = role.equals("facilitator") ? user("facilitator") : role.equals("caucus-observer") ? user("caucus") : role;
        var response = api.post(username, "/api/subgroups/" + subgroup + "/notes",
                Map.of("itemType", "option", "itemId", option, "text", "planted" + marker));
        assertThat(response.status()).isIn(403, 404);
        assertThat(api.get("labor", "/api/subgroups/" + subgroup + "/notes").body()).doesNotContain("planted" + marker);
        assertThat(api.get("management", "/api/subgroups/" + subgroup + "/notes").body()).doesNotContain("planted" + marker);
    }

    @Test
    void observersReadButDoNotWorkAndFacilitatorsStateNoStance() {
        assertThat(api.post(user("observer"), "/api/ibb-issues/" + issue + "/options", Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(api.post(user("facilitator"), "/api/options/" + option + "/stances", Map.of("stance", "SUPPORT")).status()).isEqualTo(403);
        assertThat(api.post(user("facilitator"), "/api/ibb-issues/" + issue + "/interests", Map.of("side", "SHARED", "text", "Safe patients"))
                .status()).isEqualTo(201);
        // only the union names observers
        assertThat(api.post("management", "/api/subgroups/" + subgroup + "/observers",
                Map.of("accountId", accounts.find("member").orElseThrow().id(), "localUnion", "Local 1", "caucus", true)).status()).isEqualTo(403);
    }
}
