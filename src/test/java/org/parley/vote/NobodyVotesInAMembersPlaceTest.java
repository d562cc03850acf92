package org.parley.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.MailIntegrationTest;
import org.parley.support.MemberLinks;
import org.parley.support.Members;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Those who run Parley cannot vote in a member's place unseen (issue 13, item 1), replayed over HTTP as
 * an attacker would: the labor team redirecting an elector's address to its own inbox, an administrator
 * setting a member's password. Each refusal, each address change, is on the vote's record, which still
 * verifies and names no member.
 */
@MailIntegrationTest
class NobodyVotesInAMembersPlaceTest {

    @Autowired
    Api api;

    Ballots ballots() {
        return new Ballots(api);
    }

    /** The roster Ballots.negotiationWithRoster imports, with M2's address replaced. */
    String rosterWithM2At(long negotiation, int size, String m2Address) {
        StringBuilder csv = new StringBuilder("member_id,name,email,worksite\n");
        for (int i = 1; i <= size; i++) {
            csv.append("M").append(i).append(",Member ").append(i).append(',')
                    .append(i == 2 ? m2Address : "m" + i + "-" + negotiation + "@example.org").append(',')
                    .append(i % 2 == 0 ? "North" : "South").append('\n');
        }
        return csv.toString();
    }

    @Test
    void aLaborTeamThatRedirectsAnElectorsAddressToItselfCannotVoteInTheirPlace() {
        long negotiation = ballots().negotiationWithRoster("Redirect " + UUID.randomUUID(), 3);
        long vote = ballots().openVote(Ballots.yesNo(negotiation, "Strike authorization", "MAJORITY_OF_VOTES_CAST"));
        String teamInbox = "labor-inbox-" + negotiation + "@example.org";

        var reimported = new Members(api).importRoster("labor", negotiation, rosterWithM2At(negotiation, 3, teamInbox), false);
        assertThat(reimported.status()).as(reimported.body()).isEqualTo(200);
        assertThat(reimported.json().get("updated").asInt()).isEqualTo(1);

        // The team asks for a member sign-in link for its own address, signs in as M2 and votes: refused.
        Api.Pages browser = new MemberLinks(api).browser(teamInbox);
        browser.get("/votes/" + vote + "/ballot");
        String page = browser.submit("/votes/" + vote + "/ballot", Map.of("at", "1", "go", "cast", "a0", "No")).body();
        assertThat(page).doesNotContain("Your ballot is cast").contains("not the one this vote has for you");
        // The same through the API, with a token for another link to the team's address.
        String asM2 = "redirected@" + negotiation;
        api.remember(asM2, new MemberLinks(api).token(teamInbox));
        var cast = api.post(asM2, "/api/votes/" + vote + "/ballots", Ballots.answer("No"));
        assertThat(cast.status()).as(cast.body()).isEqualTo(403);
        assertThat(cast.json().get("detail").asString()).contains("not the one this vote has for you");

        // The committee sees the change waiting for it; voting keys still go to the frozen address.
        JsonNode changes = api.get("committee", "/api/votes/" + vote + "/address-changes").json();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("memberId").asString()).isEqualTo("M2");
        assertThat(changes.get(0).get("frozenEmail").asString()).isEqualTo("m2-" + negotiation + "@example.org");
        assertThat(changes.get(0).get("newEmail").asString()).isEqualTo(teamInbox);
        assertThat(changes.get(0).get("status").asString()).isEqualTo("PENDING");
        for (String who : List.of("labor", "admin", "observer", "member", "management")) {
            assertThat(api.get(who, "/api/votes/" + vote + "/address-changes").status()).as(who).isIn(403, 404);
        }
        assertThat(api.post("committee", "/api/votes/" + vote + "/keys?email=true", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("committee", "/api/votes/" + vote + "/keys/delivery").json().get("queued").asInt() == 0);
        assertThat(TestMail.to("m2-" + negotiation + "@example.org")).as("the key goes to the frozen address").hasSize(1);
        assertThat(TestMail.to(teamInbox).stream().map(TestMail::body).filter(b -> b.contains("voting key")).toList())
                .as("never to the address the roster was changed to").isEmpty();

        String log = api.get("observer", "/api/votes/" + vote + "/log").body();
        assertThat(log).contains("ADDRESS_CHANGE_PENDING").as("refusals, like ballots, are shown at the count").doesNotContain("CAST_REFUSED");

        ballots().close(vote);
        JsonNode result = api.get("committee", "/api/votes/" + vote + "/result").json();
        assertThat(result.get("cast").asInt()).as("the team's ballot was not counted").isZero();
        String record = api.get("management", "/api/votes/" + vote + "/record").body();
        assertRecordHoldsAndNamesNoMember(record, negotiation, teamInbox);
        assertThat(record).contains("ADDRESS_CHANGE_PENDING").contains("CAST_REFUSED").contains("CHANGED_ADDRESS");
    }

    @Test
    void anAdministratorWhoSetsAMembersPasswordCannotVoteWithIt() {
        long negotiation = ballots().negotiationWithRoster("Password " + UUID.randomUUID(), 3);
        long vote = ballots().openVote(Ballots.yesNo(negotiation, "Ratification", "MAJORITY_OF_VOTES_CAST"));
        String m3 = "m3-" + negotiation + "@example.org";
        new MemberLinks(api).browser(m3); // M3 signs in once: their member account exists
        long account = api.get("labor", "/api/negotiations/" + negotiation + "/roster?q=M3").json().get(0).get("accountId").asLong();
        String username = "member-" + api.get("labor", "/api/negotiations/" + negotiation + "/roster?q=M3").json().get(0).get("id").asLong();

        Api.Pages admin = api.signIn("admin");
        admin.get("/admin/accounts");
        assertThat(admin.submit("/admin/accounts/" + account + "/password", Map.of("password", "set-by-the-admin-1")).status()).isEqualTo(302);
        var token = api.post(null, "/api/tokens", Map.of("username", username, "password", "set-by-the-admin-1"));
        assertThat(token.status()).as("the administrator can sign in as the member: " + token.body()).isEqualTo(201);
        String asM3 = "admin-as-m3@" + negotiation;
        api.remember(asM3, token.json().get("token").asString());
        var cast = api.post(asM3, "/api/votes/" + vote + "/ballots", Ballots.answer("Yes"));
        assertThat(cast.status()).as(cast.body()).isEqualTo(403);
        assertThat(cast.json().get("detail").asString()).contains("set by an administrator");

        // The member, signed in by a link to their frozen address, still votes.
        String member = "m3@" + negotiation;
        api.remember(member, new MemberLinks(api).token(m3));
        assertThat(api.post(member, "/api/votes/" + vote + "/ballots", Ballots.answer("No")).status()).isEqualTo(201);

        ballots().close(vote);
        String record = api.get("management", "/api/votes/" + vote + "/record").body();
        assertRecordHoldsAndNamesNoMember(record, negotiation, null);
        assertThat(record).contains("CAST_REFUSED").contains("PASSWORD_SET_BY_ADMINISTRATOR");
        assertThat(api.get("committee", "/api/votes/" + vote + "/result").json().get("cast").asInt()).isEqualTo(1);
    }

    @Test
    void theCommitteeAcceptsANewAddressWithAReasonThenItVotesAndTheOldAddressIsTold() {
        long negotiation = ballots().negotiationWithRoster("Moved " + UUID.randomUUID(), 3);
        long vote = ballots().openVote(Ballots.yesNo(negotiation, "Strike authorization", "MAJORITY_OF_VOTES_CAST"));
        String old = "m2-" + negotiation + "@example.org";
        String moved = "m2-new-" + negotiation + "@example.org";
        new Members(api).importRoster("labor", negotiation, rosterWithM2At(negotiation, 3, moved), false);

        String acceptance = "/api/votes/" + vote + "/address-changes/M2/acceptance";
        assertThat(api.post("labor", acceptance, Map.of("reason", "x")).status()).as("only the committee").isIn(403, 404);
        assertThat(api.post("committee", acceptance, Map.of()).status()).as("a reason is required").isEqualTo(400);
        assertThat(api.post("committee", "/api/votes/" + vote + "/address-changes/M1/acceptance", Map.of("reason", "x")).status())
                .as("nothing waits for M1").isEqualTo(409);
        // The committee accepts it on the vote's page, with a reason.
        Api.Pages committee = api.signIn("committee");
        assertThat(committee.get("/votes/" + vote).body()).contains("Changed addresses").contains(old).contains(moved)
                .contains("Accept the new address");
        var accepted = committee.submit("/votes/" + vote + "/address-changes",
                Map.of("memberId", "M2", "reason", "She wrote to the committee from her new address"));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(committee.get("/votes/" + vote).body()).contains("now counts for this vote")
                .contains("Accepted by Cam Committee: She wrote to the committee from her new address");
        JsonNode changes = api.get("committee", "/api/votes/" + vote + "/address-changes").json();
        assertThat(changes.get(0).get("status").asString()).isEqualTo("ACCEPTED");

        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMail.to(old).isEmpty());
        String notice = TestMail.body(TestMail.to(old).get(TestMail.to(old).size() - 1));
        assertThat(notice).contains("accepted a new e-mail address").contains(moved).contains("tell the election committee");

        String asM2 = "moved@" + negotiation;
        api.remember(asM2, new MemberLinks(api).token(moved));
        var cast = api.post(asM2, "/api/votes/" + vote + "/ballots", Ballots.answer("Yes"));
        assertThat(cast.status()).as(cast.body()).isEqualTo(201);

        ballots().close(vote);
        String record = api.get("management", "/api/votes/" + vote + "/record").body();
        assertRecordHoldsAndNamesNoMember(record, negotiation, moved);
        assertThat(record).contains("ADDRESS_CHANGE_PENDING").contains("ADDRESS_CHANGE_ACCEPTED").contains("commitment")
                .doesNotContain("new address").doesNotContain("CAST_REFUSED");
    }

    void assertRecordHoldsAndNamesNoMember(String record, long negotiation, String otherAddress) {
        RecordVerifier.Report report = RecordVerifier.verify(JsonMapper.builder().build().readTree(record));
        assertThat(report.problems()).isEmpty();
        List<String> named = new ArrayList<>(List.of("Member 1", "Member 2", "Member 3", "-" + negotiation + "@example.org"));
        if (otherAddress != null) {
            named.add(otherAddress);
        }
        for (String name : named) {
            assertThat(record).as("the record names no member").doesNotContain(name);
        }
        assertThat(record).doesNotContainPattern("\\bM[1-3]\\b");
    }
}
