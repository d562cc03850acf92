package org.parley.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.ParleyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ParleyIntegrationTest
class VoteApiTest {

    @Autowired
    Api api;

    Ballots ballots() {
        return new Ballots(api);
    }

    @Test
    void aVoteIsCastSecretlyCountedAtTheCloseAndItsExportedRecordVerifies() {
        long negotiation = ballots().negotiationWithRoster("Strike vote " + UUID.randomUUID(), 5);
        long vote = ballots().openVote(Ballots.yesNo(negotiation, "Strike authorization", "TWO_THIRDS_OF_VOTES_CAST"));
        JsonNode shown = api.get("member", "/api/votes/" + vote).json();
        assertThat(shown.get("eligible").asInt()).isEqualTo(5);
        assertThat(shown.get("electorateFingerprint").asString())
                .isEqualTo(RecordFormat.fingerprint(List.of("M1", "M2", "M3", "M4", "M5")));
        assertThat(shown.has("turnout")).as("no live turnout unless the vote allows it").isFalse();

        String member = ballots().memberByLink(negotiation);
        var receipt = api.post(member, "/api/votes/" + vote + "/ballots", Ballots.answer("Yes"));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
        String tracker = receipt.json().get("tracker").asString();
        assertThat(tracker).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        var again = api.post(member, "/api/votes/" + vote + "/ballots", Ballots.answer("No"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already voted");

        Map<String, String> keys = ballots().keys(vote);
        assertThat(keys).containsOnlyKeys("M1", "M2", "M3", "M4", "M5");
        assertThat(ballots().castWithKey(vote, keys.get("M1"), "No").status()).as("M1 voted signed in").isEqualTo(409);
        assertThat(ballots().castWithKey(vote, keys.get("M2"), "Yes").status()).isEqualTo(201);
        assertThat(ballots().castWithKey(vote, keys.get("M3").toLowerCase(), "No").status()).as("keys are read as typed").isEqualTo(201);

        for (String who : List.of("member", "committee", "observer", "admin", "labor")) {
            assertThat(api.get(who, "/api/votes/" + vote + "/result").status()).as(who + " sees no result before the close").isEqualTo(409);
            assertThat(api.get(who, "/api/votes/" + vote + "/board").status()).isEqualTo(409);
            assertThat(api.get(who, "/api/votes/" + vote + "/record").status()).isEqualTo(409);
        }
        assertThat(api.get("management", "/api/votes/" + vote).status()).isEqualTo(404);

        ballots().close(vote);
        JsonNode result = api.get("member", "/api/votes/" + vote + "/result").json();
        assertThat(api.get("management", "/api/votes/" + vote + "/result").json().get("cast").asInt())
                .as("the employer can check a counted result").isEqualTo(3);
        assertThat(result.get("eligible").asInt()).isEqualTo(5);
        assertThat(result.get("cast").asInt()).isEqualTo(3);
        assertThat(result.get("turnout").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(result.get("questions").get(0).get("counts").get("Yes").asInt()).isEqualTo(2);
        assertThat(result.get("questions").get(0).get("counts").get("No").asInt()).isEqualTo(1);
        assertThat(result.get("questions").get(0).get("percentages").get("Yes").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(result.get("passed").asBoolean()).as("exactly two-thirds passes").isTrue();
        assertThat(api.get("observer", "/api/votes/" + vote + "/board").json().toString()).contains(tracker);

        String record = api.get("observer", "/api/votes/" + vote + "/record").body();
        RecordVerifier.Report report = RecordVerifier.verify(tools.jackson.databind.json.JsonMapper.builder().build().readTree(record));
        assertThat(report.problems()).isEmpty();
        // Whole words only: a random tracker such as 6K9W-M2EV-QAH9 may hold the letters of a member ID.
        assertThat(record).doesNotContainPattern("\\bM[1-5]\\b").doesNotContain("Mo Member");
    }

    @Test
    void badBallotsAreRefusedWithAClearMessageAndNothingIsCounted() {
        long negotiation = ballots().negotiationWithRoster("Bad input " + UUID.randomUUID(), 4);
        Map<String, Object> body = Ballots.yesNo(negotiation, "North only", "MAJORITY_OF_VOTES_CAST");
        body.put("electorate", Map.of("worksites", List.of("North")));
        long vote = ballots().openVote(body);
        assertThat(api.get("committee", "/api/votes/" + vote).json().get("eligible").asInt()).isEqualTo(2);

        var outside = api.post("member", "/api/votes/" + vote + "/ballots", Ballots.answer("Yes"));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.json().get("detail").asString()).contains("not in this vote's electorate");

        Map<String, String> keys = ballots().keys(vote);
        String key = keys.get("M2");
        var noSuchQuestion = api.postWithHeaders("/api/votes/" + vote + "/ballots",
                Map.of("answers", List.of(Map.of("question", 3, "choice", "Yes"))), Map.of("Voting-Key", key));
        assertThat(noSuchQuestion.status()).isEqualTo(400);
        assertThat(noSuchQuestion.json().get("detail").asString()).contains("There is no question 3");
        var noSuchChoice = ballots().castWithKey(vote, key, "Maybe");
        assertThat(noSuchChoice.status()).isEqualTo(400);
        assertThat(noSuchChoice.json().get("detail").asString()).contains("'Maybe' is not a choice");
        var forged = ballots().castWithKey(vote, "AAAAA-BBBBB-CCCCC-DDDDD", "Yes");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("detail").asString()).contains("not valid for this vote");
        var anonymous = api.postWithHeaders("/api/votes/" + vote + "/ballots", Ballots.answer("Yes"), Map.of());
        assertThat(anonymous.status()).isEqualTo(401);

        assertThat(ballots().castWithKey(vote, key, "No").status()).isEqualTo(201);
        var reused = ballots().castWithKey(vote, key, "Yes");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("detail").asString()).contains("already used");
        assertThat(api.post("labor", "/api/votes/" + vote + "/ballots", Ballots.answer("Yes")).status())
                .as("only members cast").isEqualTo(403);

        ballots().close(vote);
        var closed = ballots().castWithKey(vote, keys.get("M4"), "Yes");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("detail").asString()).contains("closed");
        JsonNode result = api.get("committee", "/api/votes/" + vote + "/result").json();
        assertThat(result.get("cast").asInt()).isEqualTo(1);
        assertThat(result.get("questions").get(0).get("counts").get("No").asInt()).isEqualTo(1);
        assertThat(result.get("passed").asBoolean()).isFalse();
    }

    @Test
    void onlyTheElectionCommitteeRunsAVoteAndLiveTurnoutIsShownOnlyWhereAllowed() {
        long negotiation = ballots().negotiationWithRoster("Rights " + UUID.randomUUID(), 3);
        Map<String, Object> body = Ballots.yesNo(negotiation, "Live turnout", "MAJORITY_OF_VOTES_CAST");
        body.put("liveTurnout", true);
        for (String who : List.of("labor", "admin", "management", "member", "observer")) {
            assertThat(api.post(who, "/api/votes", body).status()).as(who).isEqualTo(403);
        }
        long vote = ballots().openVote(body);
        assertThat(api.post("labor", "/api/votes/" + vote + "/close", null).status()).isEqualTo(403);
        assertThat(api.post("observer", "/api/votes/" + vote + "/keys", null).status()).isEqualTo(403);
        assertThat(api.post(ballots().memberByLink(negotiation), "/api/votes/" + vote + "/ballots", Ballots.answer("Yes")).status())
                .isEqualTo(201);
        JsonNode shown = api.get("observer", "/api/votes/" + vote).json();
        assertThat(shown.get("voted").asInt()).isEqualTo(1);
        assertThat(shown.get("turnout").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(api.get("member", "/api/votes/" + vote + "/result").status()).isEqualTo(409);
    }

    @Test
    void aMemberMayReplaceTheirBallotWithTheChangeCodeWhereAllowedAndTheLastCounts() {
        long negotiation = ballots().negotiationWithRoster("Revote " + UUID.randomUUID(), 2);
        Map<String, Object> body = Ballots.yesNo(negotiation, "Revote", "MAJORITY_OF_VOTES_CAST");
        body.put("allowRevote", true);
        long vote = ballots().openVote(body);
        String member = ballots().memberByLink(negotiation);
        JsonNode first = api.post(member, "/api/votes/" + vote + "/ballots", Ballots.answer("No")).json();
        String code = first.get("changeCode").asString();
        var withoutCode = api.post(member, "/api/votes/" + vote + "/ballots", Ballots.answer("Yes"));
        assertThat(withoutCode.status()).isEqualTo(409);
        assertThat(withoutCode.json().get("detail").asString()).contains("change code");
        var wrongCode = api.post(member, "/api/votes/" + vote + "/ballots", Map.of("answers",
                List.of(Map.of("question", 0, "choice", "Yes")), "changeCode", "WRONG-CODE"));
        assertThat(wrongCode.status()).isEqualTo(409);
        var replaced = api.post(member, "/api/votes/" + vote + "/ballots", Map.of("answers",
                List.of(Map.of("question", 0, "choice", "Yes")), "changeCode", code));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        assertThat(replaced.json().get("replaced").asBoolean()).isTrue();
        var stale = api.post(member, "/api/votes/" + vote + "/ballots", Map.of("answers",
                List.of(Map.of("question", 0, "choice", "No")), "changeCode", code));
        assertThat(stale.status()).as("a change code works once").isEqualTo(409);

        ballots().close(vote);
        JsonNode result = api.get("member", "/api/votes/" + vote + "/result").json();
        assertThat(result.get("cast").asInt()).isEqualTo(1);
        assertThat(result.get("questions").get(0).get("counts").get("Yes").asInt()).isEqualTo(1);
        List<String> board = IntStream.range(0, 1).mapToObj(i -> "").toList();
        assertThat(api.get("member", "/api/votes/" + vote + "/board").json().toString())
                .contains(replaced.json().get("tracker").asString())
                .doesNotContain(first.get("tracker").asString());
        assertThat(board).hasSize(1);
        assertVerifies(vote);
    }

    @Test
    void paperBallotsCountOnceUnderTheVotesRuleInBatchesSignedOffByTwoCommitteeMembers() {
        long negotiation = ballots().negotiationWithRoster("Paper " + UUID.randomUUID(), 5);
        long vote = ballots().openVote(Ballots.yesNo(negotiation, "Paper and online", "MAJORITY_OF_VOTES_CAST"));
        Map<String, String> keys = ballots().keys(vote);
        assertThat(ballots().castWithKey(vote, keys.get("M2"), "Yes").status()).isEqualTo(201);

        String envelopes = "/api/votes/" + vote + "/paper-envelopes";
        assertThat(api.post("committee", envelopes, Map.of("memberId", "M3")).json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(api.post("committee", envelopes, Map.of("memberId", "M4")).json().get("status").asString()).isEqualTo("ACCEPTED");
        JsonNode duplicate = api.post("committee", envelopes, Map.of("memberId", "M2")).json();
        assertThat(duplicate.get("status").asString()).isEqualTo("SET_ASIDE");
        assertThat(duplicate.get("reason").asString()).contains("already voted online");
        var late = ballots().castWithKey(vote, keys.get("M3"), "No");
        assertThat(late.status()).as("first received counts").isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("paper ballot reached the election committee first");

        ballots().close(vote);
        assertThat(api.get("committee", "/api/votes/" + vote).json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get("member", "/api/votes/" + vote + "/result").status()).isEqualTo(409);
        String batches = "/api/votes/" + vote + "/paper-batches";
        var tooMany = api.post("committee", batches, Map.of("label", "Box A", "ballots",
                List.of(Map.of("answers", List.of(Map.of("question", 0, "choice", "No")), "count", 3))));
        assertThat(tooMany.status()).isEqualTo(400);
        var batch = api.post("committee", batches, Map.of("label", "Box A", "ballots",
                List.of(Map.of("answers", List.of(Map.of("question", 0, "choice", "No")), "count", 2))));
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        assertThat(api.post("committee", batches + "/1/sign-off", null).status()).as("the recorder cannot sign off").isEqualTo(409);
        assertThat(api.get("member", "/api/votes/" + vote + "/result").status()).isEqualTo(409);
        var signed = api.post("committee2", batches + "/1/sign-off", null);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);

        JsonNode result = api.get("member", "/api/votes/" + vote + "/result").json();
        assertThat(result.get("cast").asInt()).isEqualTo(3);
        assertThat(result.get("paper").asInt()).isEqualTo(2);
        assertThat(result.get("questions").get(0).get("counts").get("No").asInt()).isEqualTo(2);
        assertThat(result.get("passed").asBoolean()).isFalse();
        String log = api.get("observer", "/api/votes/" + vote + "/log").body();
        assertThat(log).contains("ENVELOPE_SET_ASIDE").contains("PAPER_BATCH").contains("Cleo Committee");
        assertVerifies(vote);
    }

    @Test
    void underOnlineWinsASealedEnvelopeGivesWayToTheMembersOnlineBallot() {
        long negotiation = ballots().negotiationWithRoster("Online wins " + UUID.randomUUID(), 3);
        Map<String, Object> body = Ballots.yesNo(negotiation, "Online wins", "MAJORITY_OF_VOTES_CAST");
        body.put("duplicateRule", "ONLINE_WINS");
        long vote = ballots().openVote(body);
        Map<String, String> keys = ballots().keys(vote);
        api.post("committee", "/api/votes/" + vote + "/paper-envelopes", Map.of("memberId", "M2"));
        assertThat(ballots().castWithKey(vote, keys.get("M2"), "Yes").status()).isEqualTo(201);
        assertThat(ballots().castWithKey(vote, keys.get("M2"), "No").status()).isEqualTo(409);
        ballots().close(vote);
        JsonNode result = api.get("member", "/api/votes/" + vote + "/result").json();
        assertThat(result.get("cast").asInt()).as("counted at the close: no envelope is left sealed").isEqualTo(1);
        assertThat(api.get("member", "/api/votes/" + vote + "/log").body()).contains("ENVELOPE_SET_ASIDE");
        assertVerifies(vote);
    }

    @Test
    void addingAMemberToTheFrozenElectorateIsRecordedWithoutNamingThemAndChangesTheFingerprint() {
        long negotiation = ballots().negotiationWithRoster("Electorate " + UUID.randomUUID(), 3);
        Map<String, Object> body = Ballots.yesNo(negotiation, "South only", "MAJORITY_OF_VOTES_CAST");
        body.put("electorate", Map.of("worksites", List.of("South")));
        long vote = ballots().define(body);
        JsonNode before = api.get("member", "/api/votes/" + vote).json();
        assertThat(before.get("eligible").asInt()).isEqualTo(2);
        var missingReason = api.post("committee", "/api/votes/" + vote + "/electorate", Map.of("memberId", "M2"));
        assertThat(missingReason.status()).isEqualTo(400);
        var added = api.post("committee", "/api/votes/" + vote + "/electorate", Map.of("memberId", "M2", "reason", "Transferred to South on 1 March"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.json().get("eligible").asInt()).isEqualTo(3);
        assertThat(added.json().get("electorateFingerprint").asString()).isEqualTo(RecordFormat.fingerprint(List.of("M1", "M2", "M3")));
        String log = api.get("observer", "/api/votes/" + vote + "/log").body();
        assertThat(log).contains("ELECTORATE_CHANGED").contains("commitment")
                .as("the record names no member and keeps no reason that could name one").doesNotContain("Transferred to South")
                .doesNotContainPattern("\\bM2\\b");

        api.post("committee", "/api/votes/" + vote + "/open", null);
        ballots().close(vote);
        String record = api.get("management", "/api/votes/" + vote + "/record").body();
        assertThat(record).as("the employer's copy of a counted record").contains("ELECTORATE_CHANGED")
                .doesNotContain("Transferred to South").doesNotContainPattern("\\bM[1-3]\\b").doesNotContain("Member 2");
        assertVerifies(vote);
    }

    void assertVerifies(long vote) {
        String record = api.get("committee", "/api/votes/" + vote + "/record").body();
        var report = RecordVerifier.verify(tools.jackson.databind.json.JsonMapper.builder().build().readTree(record));
        assertThat(report.problems()).isEmpty();
    }
}
