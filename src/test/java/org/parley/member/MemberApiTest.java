package org.parley.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Members;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyIntegrationTest
class MemberApiTest {

    @Autowired
    Api api;

    @Test
    void aPreviewSavesNothingAndAReimportUpdatesByMemberIdAndInactivatesWhoIsMissing() {
        Members members = new Members(api);
        long negotiation = new Scenario(api).negotiation("Roster " + UUID.randomUUID(), "2026-06-30");
        String first = "Member ID,Name,Email,Worksite\n1,Ana Ruiz,ana@example.org,North\n2,Ben Ode,ben@example.org,South\n3,Cy Lee,,North\n";
        var preview = members.importRoster("labor", negotiation, first, true).json();
        assertThat(preview.get("added").asInt()).isEqualTo(3);
        assertThat(api.get("labor", "/api/negotiations/" + negotiation + "/roster").json().size()).isZero();

        var saved = members.importRoster("labor", negotiation, first, false);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("added").asInt()).isEqualTo(3);

        String second = "member_id,name,email,worksite\n1,Ana Ruiz,ana@example.org,East\n3,Cy Lee,cy@example.org,North\n4,Dee Kim,bad-address,West\n";
        var again = members.importRoster("labor", negotiation, second, false).json();
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(2);
        assertThat(again.get("inactivated").asInt()).isEqualTo(1);
        assertThat(again.get("problems").get(0).get("row").asInt()).isEqualTo(4);
        var roster = api.get("labor", "/api/negotiations/" + negotiation + "/roster").json();
        assertThat(roster.size()).isEqualTo(3);
        assertThat(roster.get(1).get("status").asString()).as("Ben is kept, inactive").isEqualTo("INACTIVE");
        assertThat(roster.get(0).get("worksite").asString()).isEqualTo("East");
    }

    @Test
    void theManagementTeamAndMembersCannotReadOrImportTheRoster() {
        long negotiation = new Scenario(api).negotiation("Roster rights " + UUID.randomUUID(), "2026-06-30");
        Members members = new Members(api);
        assertThat(members.importRoster("management", negotiation, "member_id,name\n1,Ana\n", false).status()).isEqualTo(403);
        assertThat(members.importRoster("member", negotiation, "member_id,name\n1,Ana\n", false).status()).isEqualTo(403);
        assertThat(api.get("management", "/api/negotiations/" + negotiation + "/roster").status()).isEqualTo(403);
    }

    @Test
    void signingTwiceCountsOnceAndAWithdrawnSignatureStopsCounting() {
        long negotiation = new Scenario(api).negotiation("Pledge " + UUID.randomUUID(), "2026-06-30");
        Members members = new Members(api);
        members.importRoster("labor", negotiation, "member_id,name,email\nM1,Mo Member,mo@example.org\nM2,Ana,ana@example.org\n", false);
        members.linkTestMember(negotiation, "M1");
        var petition = api.post("labor", "/api/petitions", Map.of("negotiationId", negotiation, "title", "Strike pledge",
                "text", "I pledge to strike if called.", "goal", 3, "audience", "MEMBERS", "kind", "PLEDGE"));
        assertThat(petition.status()).as(petition.body()).isEqualTo(201);
        long id = petition.id();

        assertThat(api.post("member", "/api/petitions/" + id + "/signatures", Map.of()).json().get("counted").asBoolean()).isTrue();
        var second = api.post("member", "/api/petitions/" + id + "/signatures", Map.of("memberId", "M1"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("counted").asBoolean()).isFalse();
        assertThat(api.post("labor", "/api/petitions/" + id + "/signatures", Map.of("memberId", "M2")).status()).isEqualTo(201);
        assertThat(api.get("member", "/api/petitions/" + id).json().get("signatures").asInt()).isEqualTo(2);
        assertThat(api.post("labor", "/api/petitions/" + id + "/signatures", Map.of("name", "Pat", "email", "pat@example.org")).status())
                .as("a members' pledge takes no public signature").isEqualTo(400);

        assertThat(api.send("DELETE", "member", "/api/petitions/" + id + "/signatures/mine").status()).isEqualTo(204);
        assertThat(api.get("labor", "/api/petitions/" + id).json().get("signatures").asInt()).isEqualTo(1);
        assertThat(api.get("management", "/api/petitions/" + id).status()).as("management never sees a members' pledge").isEqualTo(404);
        assertThat(api.get("labor", "/api/petitions/" + id + "/signatures.csv").body()).contains("Ana").doesNotContain("Mo Member");
    }

    @Test
    void aPublicPetitionCountsAnEmailOnceHoweverItIsTyped() {
        long negotiation = new Scenario(api).negotiation("Public petition " + UUID.randomUUID(), "2026-06-30");
        long id = api.post("labor", "/api/petitions", Map.of("negotiationId", negotiation, "title", "Safe staffing",
                "text", "Patients deserve safe staffing.", "goal", 100, "audience", "PUBLIC")).id();
        Api.Pages visitor = api.anonymous();
        visitor.get("/public/petitions/" + id);
        assertThat(visitor.submit("/public/petitions/" + id + "/signatures", Map.of("name", "Pat Doe", "email", "Pat@Example.org ")).body())
                .contains("your signature is counted");
        visitor.get("/public/petitions/" + id);
        assertThat(visitor.submit("/public/petitions/" + id + "/signatures", Map.of("name", "Pat", "email", "pat@example.org")).body())
                .contains("already signed");
        assertThat(api.get("labor", "/api/petitions/" + id).json().get("signatures").asInt()).isEqualTo(1);
    }

    @Test
    void theFirstSignUpsTakeTheSeatsAndACancellationMovesTheWaitlistUp() {
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation("Observers " + UUID.randomUUID(), "2026-12-31");
        long table = scenario.table(negotiation, "Observer table");
        String tomorrow = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(1).toString();
        long session = scenario.session(table, tomorrow, "PLANNED");
        assertThat(api.patch("labor", "/api/sessions/" + session, Map.of("observerSeats", 1)).json().get("observerSeats").asInt()).isEqualTo(1);
        Members members = new Members(api);
        members.importRoster("labor", negotiation, "member_id,name,email\nM1,Mo Member,mo@example.org\nM2,Ana,ana@example.org\n", false);
        members.linkTestMember(negotiation, "M1");

        var seated = api.post("labor", "/api/sessions/" + session + "/observers", Map.of("memberId", "M2"));
        assertThat(seated.status()).as(seated.body()).isEqualTo(201);
        assertThat(seated.json().get("status").asString()).isEqualTo("SEATED");
        var waiting = api.post("member", "/api/sessions/" + session + "/observers", Map.of("memberId", "M1")).json();
        assertThat(waiting.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(api.post("member", "/api/sessions/" + session + "/observers", Map.of("memberId", "M2")).status())
                .as("a member signs up only themselves").isEqualTo(403);

        api.send("DELETE", "labor", "/api/sessions/" + session + "/observers?memberId=M2");
        var observers = api.get("labor", "/api/sessions/" + session + "/observers").json();
        assertThat(observers.size()).isEqualTo(1);
        assertThat(observers.get(0).get("name").asString()).isEqualTo("Mo Member");
        assertThat(observers.get(0).get("status").asString()).isEqualTo("SEATED");
        assertThat(api.signIn("labor").get("/sessions/" + session).body()).contains("Mo Member").contains("Seated");
    }
}
