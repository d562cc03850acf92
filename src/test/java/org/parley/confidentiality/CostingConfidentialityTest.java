package org.parley.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.Costs;
import org.parley.support.Members;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A side's costing models, scenarios and costings never reach the other side, administrators, members,
 * the election committee, vote observers or anyone signed out — through the API, the pages, the XLSX and
 * PDF downloads, the thread page or the dashboard — except a costing the side has shared (then both teams
 * and administrators, who see TABLE records, may read it; members never). A member sees their own pay only.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostingConfidentialityTest {

    static final List<String> ROLES = List.of("labor", "management", "admin", "member", "committee", "observer");

    @Autowired
    Api api;

    String marker;
    long negotiation;
    long thread;
    long laborVersion;
    long managementVersion;
    long laborModel;
    long managementModel;
    long laborSecretScenario;
    long laborSharedScenario;
    long managementSecretScenario;

    /** Secret words in model and scenario names, and secret figures (a payroll nobody else uses). */
    String laborModelName;
    String managementModelName;
    static final String LABOR_PAYROLL = "1234567";
    static final String MANAGEMENT_PAYROLL = "7654321";

    @BeforeAll
    void bothSidesCostTheirOffers() {
        marker = UUID.randomUUID().toString().substring(0, 8);
        laborModelName = "laborcostmodel" + marker;
        managementModelName = "mgmtcostmodel" + marker;
        Scenario scenario = new Scenario(api);
        Costs costs = new Costs(api);
        negotiation = scenario.negotiation("Costing confidential " + marker, "2026-06-30");
        long table = scenario.table(negotiation, "Main");
        long session = scenario.session(table, "2026-03-03", "HELD");
        thread = costs.economicThread(table, "Wages " + marker);
        laborVersion = scenario.version(thread, "LABOR", session, "Five percent a year.");
        managementVersion = scenario.version(thread, "MANAGEMENT", session, "Two percent a year.");
        api.put("labor", "/api/versions/" + laborVersion + "/economics", Map.of("terms", Costs.atb("5", "5", "5")));
        api.put("management", "/api/versions/" + managementVersion + "/economics", Map.of("terms", Costs.atb("2", "2", "2")));

        laborModel = costs.model("labor", negotiation, laborModelName);
        costs.workforce("labor", laborModel, "id,classification,step,stepAnniversary\nM100,RN,1,2019-10-01\nM200,Tech,1,2019-10-01\n"
                + "wsecret" + marker + ",RN,2,2020-01-15\n", false);
        costs.schedule("labor", laborModel, "classification,step,hourlyRate\nRN,1,41.20\nRN,2,43.00\nTech,1,30.00\n");
        managementModel = costs.model("management", negotiation, managementModelName);
        costs.workforce("management", managementModel, "id,classification,annualSalary\nall,All," + MANAGEMENT_PAYROLL + "\n", false);

        laborSecretScenario = costs.scenario("labor", laborModel, "laborsecretscenario" + marker, Costs.atb("4"));
        laborSharedScenario = costs.scenario("labor", laborModel, "laborsharedscenario" + marker, Costs.atb("3"));
        assertThat(api.post("labor", "/api/costing/scenarios/" + laborSharedScenario + "/share", Map.of("shared", true)).status()).isEqualTo(200);
        managementSecretScenario = costs.scenario("management", managementModel, "mgmtsecretscenario" + marker, Costs.atb("1"));

        // the member "member" is M100 on the roster and in labor's workforce
        Members members = new Members(api);
        assertThat(members.importRoster("labor", negotiation, "member_id,name,email,classification\nM100,Mo Member,mo" + marker
                + "@example.org,RN\nM200,Tess Tech,tess" + marker + "@example.org,Tech\n", false).status()).isEqualTo(200);
        members.linkTestMember(negotiation, "M100");
    }

    List<String> apiPaths() {
        return List.of("/api/costing/models/" + laborModel, "/api/costing/models/" + managementModel,
                "/api/negotiations/" + negotiation + "/costing/models", "/api/costing/models/" + laborModel + "/scenarios",
                "/api/costing/models/" + managementModel + "/scenarios", "/api/costing/models/" + laborModel + "/workforce",
                "/api/costing/models/" + managementModel + "/workforce",
                "/api/costing/scenarios/" + laborSecretScenario, "/api/costing/scenarios/" + laborSharedScenario,
                "/api/costing/scenarios/" + managementSecretScenario, "/api/versions/" + laborVersion + "/costing",
                "/api/versions/" + managementVersion + "/costing", "/api/threads/" + thread + "/costing",
                "/api/negotiations/" + negotiation + "/costing", "/api/negotiations/" + negotiation + "/audit",
                "/api/search?q=" + marker, "/api/negotiations/" + negotiation + "/costing/mine");
    }

    List<String> pagePaths() {
        return List.of("/negotiations/" + negotiation + "/costing", "/costing/models/" + laborModel, "/costing/models/" + managementModel,
                "/costing/scenarios/" + laborSecretScenario, "/costing/scenarios/" + laborSharedScenario,
                "/costing/scenarios/" + managementSecretScenario, "/versions/" + laborVersion + "/economics",
                "/versions/" + managementVersion + "/economics", "/threads/" + thread, "/negotiations/" + negotiation,
                "/negotiations/" + negotiation + "/audit", "/member", "/member/pay/" + negotiation, "/search?q=" + marker);
    }

    /** Everything a role can fetch: API answers, pages, and the text inside the downloads it is given. */
    String everythingSeenBy(String role) {
        List<String> seen = new ArrayList<>();
        for (String path : apiPaths()) {
            seen.add(api.get(role, path).body());
        }
        for (long id : List.of(laborSecretScenario, laborSharedScenario, managementSecretScenario)) {
            for (String suffix : List.of(".xlsx", ".pdf")) {
                Api.Response response = api.get(role, "/api/costing/scenarios/" + id + suffix);
                seen.add(response.status() == 200 ? "DOWNLOAD-OK " + id + suffix : response.body());
            }
        }
        Api.Pages pages = api.signIn(role);
        for (String path : pagePaths()) {
            seen.add(pages.get(path).body());
        }
        return String.join("\n", seen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"labor", "management", "admin", "member", "committee", "observer"})
    void aSidesCostingsReachOnlyThatSideUnlessShared(String role) {
        String everything = everythingSeenBy(role);
        boolean labor = role.equals("labor");
        boolean management = role.equals("management");
        boolean table = labor || management || role.equals("admin");
        // labor's own workforce and unshared scenario: labor only; its model's name travels with the scenario it shared
        check(everything, "wsecret" + marker, labor);
        check(everything, laborModelName, table);
        check(everything, "laborsecretscenario" + marker, labor);
        check(everything, "DOWNLOAD-OK " + laborSecretScenario, labor);
        // management's own: management only
        check(everything, managementModelName, management);
        check(everything, "mgmtsecretscenario" + marker, management);
        check(everything, "DOWNLOAD-OK " + managementSecretScenario, management);
        check(everything, "7,654,321", management);
        check(everything, MANAGEMENT_PAYROLL + ".00", management);
        // the scenario labor shared: both teams and administrators, never members
        check(everything, "laborsharedscenario" + marker, table);
        check(everything, "DOWNLOAD-OK " + laborSharedScenario, table);
        // a member reads their own pay (RN step 1, $41.20), never a colleague's ($30.00 for Tech)
        if (role.equals("member")) {
            assertThat(everything).contains("$41.20").contains("What the offers mean for your pay");
            assertThat(everything).doesNotContain("$30.00").doesNotContain("Tess Tech");
        }
    }

    private static void check(String everything, String secret, boolean mayContain) {
        if (mayContain) {
            assertThat(everything).as("should show " + secret).contains(secret);
        } else {
            assertThat(everything).as("must not show " + secret).doesNotContain(secret);
        }
    }

    @Test
    void aSharedVersionCostingReachesTheOtherSideAndStopsWhenUnshared() {
        assertThat(api.get("management", "/api/versions/" + laborVersion + "/costing").json()).hasSize(1); // its own model only
        Api.Response share = api.put("labor", "/api/versions/" + laborVersion + "/costing/share", Map.of("modelId", laborModel, "shared", true));
        assertThat(share.status()).as(share.body()).isEqualTo(200);
        assertThat(api.get("management", "/api/versions/" + laborVersion + "/costing").json()).hasSize(2);
        assertThat(api.get("management", "/api/versions/" + laborVersion + "/costing").body()).contains(laborModelName);
        assertThat(api.get("admin", "/api/versions/" + laborVersion + "/costing").json()).hasSize(1);
        assertThat(api.get("member", "/api/versions/" + laborVersion + "/costing").status()).isIn(403, 404);
        // the other side cannot share, or unshare, labor's costing
        assertThat(api.put("management", "/api/versions/" + laborVersion + "/costing/share",
                Map.of("modelId", laborModel, "shared", false)).status()).isEqualTo(404);
        api.put("labor", "/api/versions/" + laborVersion + "/costing/share", Map.of("modelId", laborModel, "shared", false));
        assertThat(api.get("management", "/api/versions/" + laborVersion + "/costing").json()).hasSize(1);
        assertThat(api.get("admin", "/api/versions/" + laborVersion + "/costing").json()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"management", "admin", "member", "committee", "observer"})
    void nobodyElseChangesASidesModel(String role) {
        int expected = role.equals("management") ? 404 : 403;
        assertThat(api.upload(role, "/api/costing/models/" + laborModel + "/workforce", Map.of(), "w.csv",
                "id,classification,hourlyRate\nX,RN,1\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(expected);
        assertThat(api.post(role, "/api/costing/models/" + laborModel + "/scenarios", Map.of("name", "planted", "terms", List.of())).status())
                .isEqualTo(expected);
        assertThat(api.post(role, "/api/costing/scenarios/" + laborSecretScenario + "/share", Map.of("shared", true)).status())
                .isIn(403, 404);
        assertThat(api.get("labor", "/api/costing/models/" + laborModel + "/scenarios").body()).doesNotContain("planted");
        assertThat(api.get("labor", "/api/costing/models/" + laborModel).json().get("workforce").asInt()).isEqualTo(3);
    }

    @Test
    void signedOutGetsNothing() {
        for (String path : apiPaths()) {
            assertThat(api.get(null, path).status()).as(path).isEqualTo(401);
        }
        Api.Pages anonymous = api.anonymous();
        for (String path : pagePaths()) {
            Api.Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(302);
            assertThat(response.body()).doesNotContain(laborModelName).doesNotContain(managementModelName);
        }
    }
}
