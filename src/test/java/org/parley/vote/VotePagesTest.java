package org.parley.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.MemberLinks;
import org.parley.support.Ballots;
import org.parley.support.ParleyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The committee's pages and voting with a key, as a browser without JavaScript posts them. */
@ParleyIntegrationTest
class VotePagesTest {

    @Autowired
    Api api;

    @Test
    void theCommitteeDefinesOpensAndClosesAVoteFromItsPagesAndTheFormKeepsWhatWasTypedOnAMistake() {
        long negotiation = new Ballots(api).negotiationWithRoster("Committee pages " + UUID.randomUUID(), 4);
        Api.Pages committee = api.signIn("committee");
        assertThat(committee.get("/").header("Location")).endsWith("/votes");
        committee.get("/votes/new");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("America/Los_Angeles")).withSecond(0).withNano(0);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("negotiationId", String.valueOf(negotiation));
        form.put("kind", "RATIFICATION");
        form.put("title", "Ratify the agreement");
        form.put("question0", "Do you ratify?");
        form.put("choices0", "Ratify\nReject");
        form.put("opensAt", now.minusMinutes(5).toString());
        form.put("closesAt", now.minusMinutes(10).toString());
        form.put("ruleType", "MAJORITY_OF_VOTES_CAST");
        var mistake = committee.submit("/votes", form);
        assertThat(mistake.status()).isEqualTo(200);
        assertThat(mistake.body()).contains("A vote closes after it opens.").contains("Ratify the agreement");

        form.put("closesAt", now.plusHours(2).toString());
        var created = committee.submit("/votes", form);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String page = created.header("Location").replaceFirst("^https?://[^/]+", "");
        long vote = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(committee.get(page).body()).contains("Announced").contains("Open the vote")
                .contains(RecordFormat.fingerprint(java.util.List.of("M1", "M2", "M3", "M4")));
        committee.submit(page + "/open", Map.of());
        assertThat(committee.get(page).body()).contains("Vote opened");
        String csv = committee.submit(page + "/keys", Map.of()).body();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("member_id,name,email,worksite,key");
        var emailed = committee.submit(page + "/keys/email", Map.of());
        assertThat(emailed.status()).as("every member has an address: nothing to download").isEqualTo(302);
        assertThat(committee.get(page).body()).contains("4 voting keys are being e-mailed").contains("Keys by e-mail");
        assertThat(committee.get(page + "/keys/delivery").body()).contains("keys-sent");

        var member = new MemberLinks(api).browser(Ballots.m1(negotiation));
        assertThat(member.get(page).body()).contains("Vote now").contains("tentative contract");
        member.get(page + "/ballot");
        assertThat(member.submit(page + "/ballot", Map.of("at", "0", "go", "next", "a0", "Ratify")).body()).contains("Check your ballot");
        String receipt = member.submit(page + "/ballot", Map.of("at", "1", "go", "cast", "a0", "Ratify")).body();
        assertThat(receipt).contains("Your ballot is cast");

        committee.get(page);
        committee.submit(page + "/close", Map.of());
        String closed = committee.get(page).body();
        assertThat(closed).contains("Passed").contains("Ratify").contains("25.0%");
        assertThat(api.get("committee", "/api/votes/" + vote + "/result").json().get("cast").asInt()).isEqualTo(1);
    }

    @Test
    void aMemberWithoutAnAccountVotesWithAKeyOneScreenPerQuestionAndChecksTheTracker() {
        Ballots ballots = new Ballots(api);
        long negotiation = ballots.negotiationWithRoster("Key pages " + UUID.randomUUID(), 3);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Key vote", "MAJORITY_OF_VOTES_CAST"));
        String key = ballots.keys(vote).get("M3");

        Api.Pages browser = api.anonymous();
        browser.get("/votes/" + vote + "/key");
        assertThat(browser.submit("/votes/" + vote + "/key", Map.of("key", "NOT-A-KEY")).body()).contains("not valid for this vote");
        String question = browser.submit("/votes/" + vote + "/key", Map.of("key", key)).body();
        assertThat(question).contains("Question 1 of 1").contains("Do you authorize a strike?");
        assertThat(browser.submit("/votes/" + vote + "/key/ballot", Map.of("key", key, "at", "0", "go", "next")).body())
                .as("no answer chosen").contains("Choose one answer");
        String confirm = browser.submit("/votes/" + vote + "/key/ballot", Map.of("key", key, "at", "0", "go", "next", "a0", "No")).body();
        assertThat(confirm).contains("Check your ballot").contains("No");
        String receipt = browser.submit("/votes/" + vote + "/key/ballot", Map.of("key", key, "at", "1", "go", "cast", "a0", "No")).body();
        Matcher tracker = Pattern.compile("class=\"tracker\">([0-9A-Z-]+)<").matcher(receipt);
        assertThat(tracker.find()).as(receipt).isTrue();
        assertThat(browser.submit("/votes/" + vote + "/key", Map.of("key", key)).body()).contains("already used");

        assertThat(browser.get("/votes/" + vote + "/key/tracker?tracker=" + tracker.group(1)).body())
                .contains("The board is published when the vote is counted");
        ballots.close(vote);
        assertThat(browser.get("/votes/" + vote + "/key/tracker?tracker=" + tracker.group(1)).body()).contains("is on the board");
        assertThat(browser.get("/votes/" + vote).status()).as("the vote's page itself is for signed-in viewers").isEqualTo(302);
    }
}
