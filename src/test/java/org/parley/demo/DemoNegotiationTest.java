package org.parley.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.Api;
import org.parley.support.TestDatabase;
import org.parley.support.TestParley;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/** The demo loads on first start with the shape the README promises, and today is pinned mid-negotiation. */
@Tag("database")
@ExtendWith(TestDatabase.Availability.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.demo.enabled=true", "parley.demo.password=demo-test-password", "parley.today="})
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestParley.class)
class DemoNegotiationTest {

    @Autowired
    Api api;

    @Test
    void theDemoAccountsSignInWithTheConfiguredPassword() {
        for (String user : new String[] {"admin", "labor", "management", "member", "committee", "observer"}) {
            var response = api.post(null, "/api/tokens", Map.of("username", user, "password", "demo-test-password"));
            assertThat(response.status()).as(user).isEqualTo(201);
        }
    }

    @Test
    void theDemoReadsLikeAMidNegotiationDay() {
        JsonNode negotiation = api.get("labor", "/api/negotiations").json().get(0);
        assertThat(negotiation.get("name").asString()).isEqualTo("Riverside Health Professionals 2026");
        assertThat(negotiation.get("asOf").asString()).isEqualTo("2026-03-17");
        assertThat(negotiation.get("daysUntilExpiration").asInt()).isEqualTo(44);
        assertThat(negotiation.get("memberCount").asInt()).isBetween(1000, 1200);

        JsonNode tables = api.get("labor", "/api/negotiations/" + negotiation.get("id").asLong() + "/tables").json();
        assertThat(tables.size()).isEqualTo(2);
        int days = 0;
        int threads = 0;
        long signed = 0;
        long walkedBack = 0;
        boolean managementCaucusedMostOfADay = false;
        boolean observed = false;
        for (JsonNode table : tables) {
            long id = table.get("id").asLong();
            JsonNode figures = api.get("labor", "/api/tables/" + id + "/figures").json();
            days += figures.get("dayAtTable").asInt();
            signed += figures.get("tentativeAgreements").get("signed").asLong();
            walkedBack += figures.get("tentativeAgreements").get("walkedBack").asLong();
            threads += api.get("labor", "/api/tables/" + id + "/threads").json().size();
            for (JsonNode session : api.get("labor", "/api/tables/" + id + "/sessions").json()) {
                JsonNode totals = session.get("totals");
                managementCaucusedMostOfADay |= totals.get("shares").get("managementCaucus").asDouble() > 0.5;
                observed |= session.get("observerCount").asInt() > 0;
            }
        }
        assertThat(days).isBetween(14, 20);
        assertThat(threads).isEqualTo(40);
        assertThat(signed).isEqualTo(14);
        assertThat(walkedBack).isEqualTo(1);
        assertThat(managementCaucusedMostOfADay).isTrue();
        assertThat(observed).isTrue();
    }

    @Test
    void theDemoHasACountedStrikeVoteThatVerifiesAndAnUpcomingRatificationThatLinksTheTentativeContract() {
        JsonNode votes = api.get("committee", "/api/votes").json();
        JsonNode strike = null;
        JsonNode ratification = null;
        for (JsonNode vote : votes) {
            if (vote.get("kind").asString().equals("STRIKE_AUTHORIZATION")) {
                strike = vote;
            } else if (vote.get("kind").asString().equals("RATIFICATION")) {
                ratification = vote;
            }
        }
        assertThat(strike.get("status").asString()).isEqualTo("TALLIED");
        JsonNode result = api.get("observer", "/api/votes/" + strike.get("id").asLong() + "/result").json();
        assertThat(result.get("turnout").decimalValue()).isEqualByComparingTo("92.3");
        assertThat(result.get("questions").get(0).get("percentages").get("Yes").decimalValue()).isEqualByComparingTo("97.2");
        assertThat(result.get("passed").asBoolean()).isTrue();
        String record = api.get("member", "/api/votes/" + strike.get("id").asLong() + "/record").body();
        assertThat(org.parley.vote.RecordVerifier.verify(tools.jackson.databind.json.JsonMapper.builder().build().readTree(record))
                .problems()).isEmpty();

        assertThat(ratification.get("status").asString()).isEqualTo("DEFINED");
        long negotiation = ratification.get("negotiationId").asLong();
        String page = api.signIn("member").get("/votes/" + ratification.get("id").asLong()).body();
        assertThat(page).contains("/negotiations/" + negotiation + "/tentative-contract\"")
                .contains("/negotiations/" + negotiation + "/tentative-contract.pdf");
        assertThat(api.signIn("member").get("/negotiations/" + negotiation + "/tentative-contract").status())
                .as("members read the tentative contract put to them").isEqualTo(200);
        assertThat(api.get("member", "/api/negotiations/" + negotiation + "/tentative-contract").status()).isEqualTo(200);
    }

    @Test
    void theDemoNegotiationIsOnTheDashboard() {
        var page = api.signIn("labor").get("/");
        assertThat(page.status()).isEqualTo(302);
        String dashboard = api.signIn("labor").get(page.header("Location").replaceFirst("^https?://[^/]+", "")).body();
        assertThat(dashboard).contains("Riverside Health Professionals 2026").contains("days left before the contract expires");
    }

    @Test
    void aDemoMemberSeesAnUpdateATownHallAPledgeAndObserverSeatsOnFirstStart() {
        String home = api.signIn("member").get("/member").body();
        assertThat(home).contains("Bargaining update: 10 March").contains("Town hall: Bargaining town hall")
                .contains("Strike pledge").contains("Take a seat");
        var roster = api.get("labor", "/api/negotiations/" + api.get("labor", "/api/negotiations").json().get(0).get("id").asLong()
                + "/roster?limit=100").json();
        assertThat(roster.size()).isEqualTo(40);
    }

    @Test
    void theDemoCarriesTheLegalClockARefusedExtensionAndReadinessFigures() {
        long id = api.get("labor", "/api/negotiations").json().get(0).get("id").asLong();
        JsonNode clock = api.get("labor", "/api/negotiations/" + id + "/deadlines").json();
        assertThat(clock.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(clock.get("expiration").asString()).startsWith("11:59 p.m. on 30 April 2026");
        assertThat(clock.get("deadlines").valueStream().filter(d -> d.get("kind").asString().equals("MODIFICATION_8D1")).findFirst()
                .orElseThrow().get("status").asString()).isEqualTo("MET");
        JsonNode extensions = api.get("management", "/api/negotiations/" + id + "/extensions").json();
        assertThat(extensions.get(0).get("status").asString()).isEqualTo("REFUSED");
        JsonNode readiness = api.get("labor", "/api/negotiations/" + id + "/strike-readiness").json();
        assertThat(readiness.get("pledge").get("signatures").asInt()).isGreaterThan(20);
        assertThat(readiness.get("vote").get("counted").asBoolean()).isTrue();
        assertThat(readiness.get("shifts").size()).isEqualTo(4);
        assertThat(readiness.get("worksites").valueStream().mapToInt(w -> w.get("picketSignUps").asInt()).sum()).isGreaterThan(10);
        assertThat(api.get("management", "/api/negotiations/" + id + "/notices").body()).doesNotContain("Riverside Main");
    }
}
