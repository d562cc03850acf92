package org.parley.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Members;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/** The legal clock where people read it: its page, the dashboard, the countdown, the update draft, readiness and shifts. */
@ParleyIntegrationTest
class LegalClockPagesTest {

    @Autowired
    Api api;

    @Test
    void theLegalClockPageShowsEveryDateWithItsBasisAndSaysToConfirmWithCounsel() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long id = new Scenario(api).negotiation("Page " + m, "2027-06-30");
        Api.Pages labor = api.signIn("labor");
        var page = labor.get("/negotiations/" + id + "/legal-clock");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("A calculation to confirm with counsel").contains("29 U.S.C. § 158(d)(1)")
                .contains("Earliest lawful strike").contains("How days are counted");

        // a refused form comes back with what was typed and the reason
        var refused = labor.submit("/negotiations/" + id + "/legal-clock/notices", Map.of("kind", "STRIKE_8G", "servedBy", "LABOR",
                "recipients", "Typed recipients " + m, "servedAt", "2026-11-01T10:00", "location", "East wing"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("actionStartsAt").contains("Typed recipients " + m).contains("East wing");

        var saved = labor.submit("/negotiations/" + id + "/legal-clock/term", Map.of("expiresDate", "2027-06-30", "expiresTime", "23:59",
                "zone", "America/Los_Angeles", "jurisdiction", "US_NLRA", "healthCareInstitution", "true"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(labor.get("/negotiations/" + id + "/legal-clock").body()).contains("11:59 p.m. on 30 June 2027 (America/Los_Angeles)")
                .contains("health care institution").contains("§ 158(g)");
        assertThat(labor.get("/negotiations/" + id).body()).contains("Next legal deadline").contains("Legal clock");
    }

    @Test
    void aRefusedExtensionIsInTheUpdateDraftAndAnAcceptedOneInEveryCountdown() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long id = new Scenario(api).negotiation("Draft " + m, "2026-11-30");
        long table = new Scenario(api).table(id, "Main");
        long offer = api.post("labor", "/api/negotiations/" + id + "/extensions", Map.of("offeredBy", "LABOR", "days", 30,
                "offeredAt", "2026-11-20T10:00")).id();
        api.post("labor", "/api/extensions/" + offer + "/response", Map.of("response", "REFUSED", "at", "2026-11-21T10:00"));
        String draft = api.post("labor", "/api/tables/" + table + "/updates/draft", Map.of("from", "2026-11-20", "to", "2026-11-21"))
                .json().get("markdown").asString();
        assertThat(draft).contains("We offered a 30-day extension.").contains("Management refused our offer of a 30-day extension.");

        long second = api.post("management", "/api/negotiations/" + id + "/extensions", Map.of("offeredBy", "MANAGEMENT", "until", "2027-01-31",
                "offeredAt", "2026-11-25T10:00")).id();
        api.post("labor", "/api/extensions/" + second + "/response", Map.of("response", "ACCEPTED", "at", "2026-11-26T10:00"));
        Api.Pages labor = api.signIn("labor");
        assertThat(labor.get("/negotiations").body()).contains("Extended until 31 January");
        assertThat(labor.get("/negotiations/" + id).body()).contains("Extended");
    }

    @Test
    void theOrganizerReadsReadinessByWorksiteAndMembersSignUpOnTheirPhone() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long id = new Scenario(api).negotiation("Ready " + m, "2027-06-30");
        Members members = new Members(api);
        assertThat(members.importRoster("labor", id, "member_id,name,email,worksite,unit\nR1,Ana,ana-" + m + "@example.org,North clinic,RN\n"
                + "R2,Ben,ben-" + m + "@example.org,North clinic,RN\nR3,Cy,cy-" + m + "@example.org,South,Techs\n", false).status()).isEqualTo(200);
        members.linkTestMember(id, "R2");
        long pledge = api.post("labor", "/api/petitions", Map.of("negotiationId", id, "kind", "PLEDGE", "title", "Strike pledge " + m,
                "text", "I will strike if called", "goal", 2, "audience", "MEMBERS")).id();
        assertThat(api.post("labor", "/api/petitions/" + pledge + "/signatures", Map.of("memberId", "R1")).status()).isEqualTo(201);
        long shift = api.post("labor", "/api/negotiations/" + id + "/picket-shifts", Map.of("location", "North clinic",
                "startsAt", "2027-07-12T06:00", "endsAt", "2027-07-12T10:00", "captain", "Dana", "slots", 1)).id();

        Api.Pages member = api.signIn("member");
        assertThat(member.get("/member").body()).contains("Picket shifts").contains("North clinic");
        var shifts = member.get("/member/negotiations/" + id + "/picket-shifts");
        assertThat(shifts.body()).contains("Sign up").contains("1 of 1 places open");
        assertThat(member.submit("/member/picket-shifts/" + shift, Map.of("negotiationId", String.valueOf(id))).status()).isEqualTo(302);
        assertThat(member.get("/member/negotiations/" + id + "/picket-shifts").body()).contains("You are signed up");
        assertThat(api.post("member", "/api/picket-shifts/" + shift + "/sign-ups", null).status()).isEqualTo(200);

        var readiness = api.get("labor", "/api/negotiations/" + id + "/strike-readiness").json();
        assertThat(readiness.get("activeMembers").asInt()).isEqualTo(3);
        var north = readiness.get("worksites").valueStream().filter(r -> r.get("name").asString().equals("North clinic")).findFirst().orElseThrow();
        assertThat(north.get("members").asInt()).isEqualTo(2);
        assertThat(north.get("pledged").asInt()).isEqualTo(1);
        assertThat(north.get("picketSignUps").asInt()).isEqualTo(1);
        assertThat(north.get("captains").get(0).asString()).isEqualTo("Dana");
        assertThat(readiness.get("shifts").get(0).get("names").get(0).asString()).isEqualTo("Ben");
        var page = api.signIn("labor").get("/negotiations/" + id + "/strike-readiness");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("North clinic").contains("50%").contains("<svg");
    }
}
