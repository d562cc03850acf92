package org.parley.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.parley.support.Members;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who signs up to observe a session is the union's record (observers are its members): the labor team
 * and administrators see the names and the waitlist; the employer's team sees only how many seats are
 * taken, a head count for the room, on every way out (API, session page, calendar, search, audit).
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObserverListsTest {

    @Autowired
    Api api;

    String seatedName;
    String waitingName;
    long negotiation;
    long session;

    @BeforeAll
    void twoSignUpsForOneSeat() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        seatedName = "Sasha Seated" + m;
        waitingName = "Wren Waiting" + m;
        Scenario scenario = new Scenario(api);
        negotiation = scenario.negotiation("Observers " + m, "2026-12-31");
        long table = scenario.table(negotiation, "Observers table");
        session = scenario.session(table, LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(3).toString(), "PLANNED");
        api.patch("labor", "/api/sessions/" + session, Map.of("observerSeats", 1));
        new Members(api).importRoster("labor", negotiation, "member_id,name,email\nS1," + seatedName + ",s-" + m
                + "@example.org\nW1," + waitingName + ",w-" + m + "@example.org\n", false);
        assertThat(api.post("labor", "/api/sessions/" + session + "/observers", Map.of("memberId", "S1")).status()).isEqualTo(201);
        assertThat(api.post("labor", "/api/sessions/" + session + "/observers", Map.of("memberId", "W1")).json()
                .get("status").asString()).isEqualTo("WAITLISTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"labor", "admin"})
    void theUnionSideSeesWhoObservesAndWhoWaits(String role) {
        var list = api.get(role, "/api/sessions/" + session + "/observers");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(seatedName, waitingName, "WAITLISTED");
        String page = api.signIn(role).get("/sessions/" + session).body();
        assertThat(page).contains(seatedName, waitingName, "1 seats offered to members; 1 taken.");
    }

    @Test
    void theEmployersTeamSeesOnlyHowManySeatsAreTaken() {
        var list = api.get("management", "/api/sessions/" + session + "/observers");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.header("Content-Type")).startsWith("application/problem+json");
        assertThat(list.body()).doesNotContain(seatedName).contains("observer-seats");

        var seats = api.get("management", "/api/sessions/" + session + "/observer-seats");
        assertThat(seats.status()).isEqualTo(200);
        assertThat(seats.json().get("seats").asInt()).isEqualTo(1);
        assertThat(seats.json().get("taken").asInt()).isEqualTo(1);
        assertThat(seats.json().get("open").asInt()).isZero();

        String page = api.signIn("management").get("/sessions/" + session).body();
        assertThat(page).contains("1 seats offered to members; 1 taken.");
        assertThat(everythingManagementReads(page)).doesNotContain(seatedName).doesNotContain(waitingName)
                .doesNotContain("Waitlisted").doesNotContain("WAITLISTED");
    }

    private String everythingManagementReads(String sessionPage) {
        List<String> seen = new ArrayList<>(List.of(sessionPage));
        for (String path : List.of("/api/sessions/" + session, "/api/negotiations/" + negotiation + "/audit",
                "/api/search?q=" + "Sasha", "/api/search?q=Waiting")) {
            seen.add(api.get("management", path).body());
        }
        Api.Pages pages = api.signIn("management");
        for (String path : List.of("/sessions/" + session + ".ics", "/negotiations/" + negotiation + "/audit",
                "/search?q=" + "Sasha")) {
            seen.add(pages.get(path).body());
        }
        return String.join("\n", seen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"member", "committee", "observer"})
    void membersAndVoteOfficersSeeNoList(String role) {
        assertThat(api.get(role, "/api/sessions/" + session + "/observers").status()).isEqualTo(403);
        assertThat(api.get(role, "/api/sessions/" + session + "/observer-seats").body()).doesNotContain(seatedName);
    }

    @Test
    void anonymousReadsNothing() {
        assertThat(api.anonymous().get("/api/sessions/" + session + "/observers").status()).isEqualTo(401);
        assertThat(api.anonymous().get("/api/sessions/" + session + "/observer-seats").status()).isEqualTo(401);
    }
}
