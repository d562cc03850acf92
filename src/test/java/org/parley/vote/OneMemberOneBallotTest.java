package org.parley.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.ParleyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One member, one ballot, whatever the concurrency: 1,000 simultaneous submissions for one member
 * give exactly one ballot; 1,000 members voting at once give 1,000 ballots and no error. Over real
 * HTTP, on H2 and again on PostgreSQL.
 */
@ParleyIntegrationTest
class OneMemberOneBallotTest {

    static final int SUBMISSIONS = 1_000;

    @Autowired
    Api api;

    /** Sends all bodies at once (a latch releases them together) and returns the responses. */
    List<Api.Response> atOnce(long vote, List<String> keys) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                String choice = i % 3 == 0 ? "No" : "Yes";
                futures.add(threads.submit(() -> {
                    start.await();
                    return new Ballots(api).castWithKey(vote, key, choice);
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        }
    }

    @Test
    void aThousandSimultaneousSubmissionsForOneMemberGiveExactlyOneBallot() throws Exception {
        Ballots ballots = new Ballots(api);
        long negotiation = ballots.negotiationWithRoster("Double clicks " + UUID.randomUUID(), 3);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Double clicks", "MAJORITY_OF_VOTES_CAST"));
        String key = ballots.keys(vote).get("M2");

        List<Api.Response> responses = atOnce(vote, java.util.Collections.nCopies(SUBMISSIONS, key));
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 201).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.body()).contains("already used");
        });

        ballots.close(vote);
        JsonNode result = api.get("committee", "/api/votes/" + vote + "/result").json();
        assertThat(result.get("cast").asInt()).isEqualTo(1);
        assertThat(api.get("committee", "/api/votes/" + vote + "/board").json().size()).isEqualTo(1);
    }

    @Test
    void aThousandMembersVotingAtOnceGiveAThousandBallotsAndNoError() throws Exception {
        Ballots ballots = new Ballots(api);
        long negotiation = ballots.negotiationWithRoster("Rush " + UUID.randomUUID(), SUBMISSIONS);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Rush hour", "MAJORITY_OF_VOTES_CAST"));
        Map<String, String> keys = ballots.keys(vote);
        keys.remove("M1");
        List<String> all = new ArrayList<>(keys.values());

        List<Api.Response> responses = atOnce(vote, all);
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        long trackers = responses.stream().map(r -> r.json().get("tracker").asString()).distinct().count();
        assertThat(trackers).isEqualTo(SUBMISSIONS - 1);

        ballots.close(vote);
        JsonNode result = api.get("committee", "/api/votes/" + vote + "/result").json();
        assertThat(result.get("cast").asInt()).isEqualTo(SUBMISSIONS - 1);
        assertThat(result.get("questions").get(0).get("counts").get("No").asInt()).isEqualTo(333);
        String record = api.get("committee", "/api/votes/" + vote + "/record").body();
        assertThat(RecordVerifier.verify(tools.jackson.databind.json.JsonMapper.builder().build().readTree(record)).problems()).isEmpty();
    }
}
