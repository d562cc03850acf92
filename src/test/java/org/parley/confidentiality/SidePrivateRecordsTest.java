package org.parley.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A side's caucus notes never reach the other side, the administrator or a member: not in a
 * page, an API response, a CSV export, a search result or the audit trail.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SidePrivateRecordsTest {

    @Autowired
    Api api;

    String laborSecret;
    String managementSecret;
    String jointNote;
    long negotiation;
    long table;
    long session;

    @BeforeAll
    void recordNotesOfEveryAudience() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        laborSecret = "laborsecret" + marker + " our bottom line is four percent";
        managementSecret = "mgmtsecret" + marker + " we can go to three and a half";
        jointNote = "jointnote" + marker + " both parties will exchange data";
        Scenario scenario = new Scenario(api);
        negotiation = scenario.negotiation("Confidential " + marker, "2026-06-30");
        table = scenario.table(negotiation, "Confidential table");
        session = scenario.session(table, "2026-03-03", "HELD");
        long thread = scenario.thread(table, "Wages " + marker);
        scenario.version(thread, "LABOR", session, "A raise of 5%, secret-free language " + marker);
        String notes = "/api/sessions/" + session + "/notes";
        assertThat(api.post("labor", notes, Map.of("audience", "LABOR", "text", laborSecret)).status()).isEqualTo(201);
        assertThat(api.post("management", notes, Map.of("audience", "MANAGEMENT", "text", managementSecret)).status()).isEqualTo(201);
        assertThat(api.post("labor", notes, Map.of("audience", "TABLE", "text", jointNote)).status()).isEqualTo(201);
    }

    /** Everything a role can fetch about this negotiation, through the API and the pages. */
    List<String> everythingSeenBy(String role) {
        List<String> seen = new ArrayList<>();
        for (String path : List.of("/api/sessions/" + session + "/notes", "/api/sessions/" + session,
                "/api/sessions/" + session + "/ledger", "/api/search?q=secret", "/api/search?q=" + laborSecret.substring(0, 19),
                "/api/search?q=" + managementSecret.substring(0, 18), "/api/negotiations/" + negotiation + "/audit",
                "/api/tables/" + table + "/threads", "/api/tables/" + table + "/status-sheet.csv",
                "/api/tables/" + table + "/figures", "/api/negotiations", "/api/tables/" + table + "/sessions")) {
            seen.add(api.get(role, path).body());
        }
        Api.Pages pages = api.signIn(role);
        for (String path : List.of("/sessions/" + session, "/search?q=secret", "/search?q=" + laborSecret.substring(0, 19),
                "/search?q=" + managementSecret.substring(0, 18), "/negotiations/" + negotiation,
                "/negotiations/" + negotiation + "/audit", "/tables/" + table + "/status-sheet",
                "/tables/" + table + "/status-sheet.csv", "/tables/" + table + "/sessions", "/member", "/")) {
            seen.add(pages.get(path).body());
        }
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = {"labor", "management", "admin", "member"})
    void aSidesCaucusNotesReachOnlyThatSide(String role) {
        String everything = String.join("\n", everythingSeenBy(role));
        if (role.equals("labor")) {
            assertThat(everything).contains(laborSecret);
        } else {
            // the search term itself is echoed back to whoever typed it; what must not appear is the note
            assertThat(everything).doesNotContain(laborSecret).doesNotContain("our bottom line is four percent");
        }
        if (role.equals("management")) {
            assertThat(everything).contains(managementSecret);
        } else {
            assertThat(everything).doesNotContain(managementSecret).doesNotContain("we can go to three and a half");
        }
        if (role.equals("member")) {
            assertThat(everything).doesNotContain(jointNote).doesNotContain("A raise of 5%");
        } else {
            assertThat(everything).contains(jointNote);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"management", "admin", "member"})
    void nobodyButLaborCanWriteALaborNote(String role) {
        var response = api.post(role, "/api/sessions/" + session + "/notes", Map.of("audience", "LABOR", "text", "planted"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(api.get("labor", "/api/sessions/" + session + "/notes").body()).doesNotContain("planted");
    }
}
