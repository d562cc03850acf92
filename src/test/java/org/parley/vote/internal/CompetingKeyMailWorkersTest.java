package org.parley.vote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.CompetingWorkers;
import org.parley.support.MailIntegrationTest;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Voting keys mailed by workers competing on one database (two threads beside the scheduled sender, as
 * instances behind a load balancer): each elector gets one key, once, and every key mailed casts.
 */
@MailIntegrationTest
class CompetingKeyMailWorkersTest {

    private static final Pattern KEY = Pattern.compile("\\b[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}\\b");

    @Autowired
    Api api;

    @Autowired
    KeyMailWorker worker;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keysMailedWhileTwoWorkersRunReachEachElectorOnceAndEveryKeyCasts() throws Exception {
        int electors = 30;
        Ballots ballots = new Ballots(api);
        long negotiation = ballots.negotiationWithRoster("Competing key senders", electors);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Strike authorization", "MAJORITY_OF_VOTES_CAST"));

        List<Integer> took = CompetingWorkers.race(2, () -> worker.sendBatch(2),
                () -> assertThat(api.post("committee", "/api/votes/" + vote + "/keys?email=true", null).status()).isEqualTo(200),
                () -> queued(vote) == 0 && rows(vote) > 0);

        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= electors; i++) {
            var mails = TestMail.to("m" + i + "-" + negotiation + "@");
            assertThat(mails).as("elector %d (the workers took %s)", i, took).hasSize(1);
            keys.add(key(TestMail.body(mails.get(0))));
        }
        assertThat(keys).doesNotHaveDuplicates();
        for (String key : keys) {
            assertThat(ballots.castWithKey(vote, key, "Yes").status()).as("every key mailed casts").isEqualTo(201);
        }
    }

    @Test
    void aKeyMailedAgainAfterACrashBeforeItWasMarkedSentLeavesTheFirstKeyWorking() {
        Ballots ballots = new Ballots(api);
        long negotiation = ballots.negotiationWithRoster("Key sent twice", 1);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Ratification", "MAJORITY_OF_VOTES_CAST"));
        assertThat(api.post("committee", "/api/votes/" + vote + "/keys?email=true", null).status()).isEqualTo(200);
        String address = "m1-" + negotiation + "@";
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.to(address).size() == 1 && queued(vote) == 0);
        String first = key(TestMail.body(TestMail.to(address).get(0)));

        // The instance that sent it died before marking it sent: the row is queued again when its lease runs out.
        jdbc.sql("update vote_key_mail set status = 'QUEUED', attempts = 0 where vote_id = :vote").param("vote", vote).update();
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.to(address).size() == 2 && queued(vote) == 0);
        String second = key(TestMail.body(TestMail.to(address).get(1)));

        assertThat(second).isNotEqualTo(first);
        assertThat(ballots.castWithKey(vote, first, "Yes").status()).as("the key mailed first still works").isEqualTo(201);
        assertThat(ballots.castWithKey(vote, second, "No").status()).as("one member, one ballot, whichever key").isEqualTo(409);
    }

    private long queued(long vote) {
        return jdbc.sql("select count(*) from vote_key_mail where vote_id = :v and status = 'QUEUED'").param("v", vote)
                .query(Long.class).single();
    }

    private long rows(long vote) {
        return jdbc.sql("select count(*) from vote_key_mail where vote_id = :v").param("v", vote).query(Long.class).single();
    }

    private static String key(String body) {
        Matcher matcher = KEY.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group();
    }
}
