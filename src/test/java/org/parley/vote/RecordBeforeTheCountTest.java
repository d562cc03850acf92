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
import org.parley.support.ParleyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Without live turnout, nothing shown before the close tells how many have voted (issue 13, item 3): not
 * the record's numbering, nor its hashes, nor its size. Two votes run the same acts, one with ballots and
 * one without; before the count their records read alike. After the count the whole chain is shown and
 * verifies.
 */
@ParleyIntegrationTest
class RecordBeforeTheCountTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void beforeTheCountTheRecordReadsTheSameWhetherOrNotAnyoneVoted() {
        Ballots ballots = new Ballots(api);
        long negotiation = ballots.negotiationWithRoster("Turnout " + UUID.randomUUID(), 5);
        Map<String, Object> south = Ballots.yesNo(negotiation, "Busy", "MAJORITY_OF_VOTES_CAST");
        south.put("electorate", Map.of("worksites", List.of("South"))); // M1, M3, M5
        long busy = ballots.openVote(south);
        south.put("title", "Quiet");
        long quiet = ballots.openVote(south);
        Map<String, String> keys = ballots.keys(busy);
        ballots.keys(quiet);
        String beforeBallots = api.get("member", "/api/votes/" + busy + "/log").body();
        for (String member : List.of("M1", "M3", "M5")) {
            assertThat(ballots.castWithKey(busy, keys.get(member), "Yes").status()).isEqualTo(201);
        }
        // The ballots' entries are chained into the record (about once a second) before the next act.
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from vote_log_pending where vote_id = :v")
                .param("v", busy).query(Long.class).single() == 0);
        assertThat(api.get("member", "/api/votes/" + busy + "/log").body())
                .as("ballots change nothing shown: not a number, a hash or a byte").isEqualTo(beforeBallots);
        for (long vote : List.of(busy, quiet)) {
            var added = api.post("committee", "/api/votes/" + vote + "/electorate", Map.of("memberId", "M2", "reason", "Moved to South"));
            assertThat(added.status()).as(added.body()).isEqualTo(200);
        }

        for (String who : List.of("member", "observer", "committee", "admin", "labor")) {
            JsonNode busyLog = api.get(who, "/api/votes/" + busy + "/log").json();
            JsonNode quietLog = api.get(who, "/api/votes/" + quiet + "/log").json();
            assertThat(numbers(busyLog)).as(who + ": the acts, numbered among themselves").containsExactly(1L, 2L, 3L, 4L);
            assertThat(numbers(busyLog)).isEqualTo(numbers(quietLog));
            assertThat(types(busyLog)).containsExactly("DEFINED", "OPENED", "KEYS_ISSUED", "ELECTORATE_CHANGED");
            for (JsonNode entry : busyLog) {
                boolean afterOpening = !List.of("DEFINED", "OPENED").contains(entry.get("type").asString());
                assertThat(entry.path("hash").isNull() || entry.path("hash").isMissingNode())
                        .as("an entry's hash covers its place in the whole record: none is shown after the opening")
                        .isEqualTo(afterOpening);
            }
        }
        String page = api.signIn("member").get("/votes/" + busy).body();
        String record = page.substring(page.indexOf("id=\"record\""));
        assertThat(record).doesNotContain("BALLOT").contains("at the count");
        assertThat(record.replaceAll("<td data-label=\"#\">(\\d+)</td>", "#$1")).contains("#4").doesNotContain("#5").doesNotContain("#7");

        ballots.close(busy);
        JsonNode counted = api.get("member", "/api/votes/" + busy + "/log").json();
        assertThat(numbers(counted)).as("after the count, every entry in its place").hasSize(4 + 3 + 2);
        assertThat(types(counted)).contains("BALLOT");
        String exported = api.get("observer", "/api/votes/" + busy + "/record").body();
        assertThat(RecordVerifier.verify(tools.jackson.databind.json.JsonMapper.builder().build().readTree(exported)).problems()).isEmpty();
    }

    private static List<Long> numbers(JsonNode log) {
        List<Long> numbers = new ArrayList<>();
        log.forEach(e -> numbers.add(e.get("seq").asLong()));
        return numbers;
    }

    private static List<String> types(JsonNode log) {
        List<String> types = new ArrayList<>();
        log.forEach(e -> types.add(e.get("type").asString()));
        return types;
    }
}
