package org.parley.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.MailIntegrationTest;
import org.parley.support.Members;
import org.parley.support.Scenario;
import org.parley.support.TestMail;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;

/** Voting keys by e-mail over real SMTP (GreenMail): one key per member with an address, the others in the CSV. */
@MailIntegrationTest
class VotingKeysByEmailTest {

    private static final Pattern KEY = Pattern.compile("\\b[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}\\b");

    @Autowired
    Api api;

    @Test
    void membersWithAnAddressGetTheirKeyByEmailTheOthersAreInTheCsvAndEarlierKeysStopWorking() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = new Scenario(api).negotiation("Keys " + m, "2026-12-31");
        var imported = new Members(api).importRoster("labor", negotiation, "member_id,name,email,worksite\n"
                + "K1,Ana Alvarez,ana-" + m + "@example.org,North\nK2,Ben Brown,ben-" + m + "@example.org,North\n"
                + "K3,Cy Chen,,South\nK4,Dee Diaz,dee-" + m + "@example.org,South\n", false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        Ballots ballots = new Ballots(api);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Ratification " + m, "MAJORITY_OF_VOTES_CAST"));
        Map<String, String> printed = ballots.keys(vote);

        assertThat(api.post("labor", "/api/votes/" + vote + "/keys?email=true", null).status())
                .as("the bargaining team does not handle keys").isIn(403, 404);
        var issued = api.post("committee", "/api/votes/" + vote + "/keys?email=true", null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.header("Keys-Emailed")).isEqualTo("3");
        List<String> rows = issued.body().lines().toList();
        assertThat(rows).hasSize(2).first().isEqualTo("member_id,name,email,worksite,key");
        assertThat(rows.get(1)).startsWith("K3,Cy Chen,,South,");
        String cysKey = rows.get(1).substring(rows.get(1).lastIndexOf(',') + 1);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                api.get("committee", "/api/votes/" + vote + "/keys/delivery").json().get("queued").asInt() == 0);
        JsonNode delivery = api.get("committee", "/api/votes/" + vote + "/keys/delivery").json();
        assertThat(delivery.get("sent").asInt()).isEqualTo(3);
        assertThat(delivery.get("failed").asInt()).isZero();
        for (String who : List.of("labor", "management", "member", "observer")) {
            assertThat(api.get(who, "/api/votes/" + vote + "/keys/delivery").status()).as(who).isIn(403, 404);
        }

        List<MimeMessage> toBen = TestMail.to("ben-" + m);
        assertThat(toBen).as("one key per member").hasSize(1);
        String body = TestMail.body(toBen.get(0));
        assertThat(body).contains("Ben Brown").contains("Ratification " + m).contains("/votes/" + vote + "/key");
        String bensKey = key(body);
        assertThat(key(TestMail.body(TestMail.to("ana-" + m).get(0)))).as("each member has a key of their own").isNotEqualTo(bensKey);

        assertThat(ballots.castWithKey(vote, printed.get("K2"), "Yes").status()).as("the printed key was replaced").isEqualTo(403);
        assertThat(ballots.castWithKey(vote, bensKey, "Yes").status()).isEqualTo(201);
        assertThat(ballots.castWithKey(vote, bensKey, "No").status()).as("one member, one ballot").isEqualTo(409);
        assertThat(ballots.castWithKey(vote, cysKey, "No").status()).isEqualTo(201);

        Api.Pages committee = api.signIn("committee");
        committee.get("/votes/" + vote);
        var fromThePage = committee.submit("/votes/" + vote + "/keys/email", Map.of());
        assertThat(fromThePage.status()).as("the page offers the keys of members without e-mail at once").isEqualTo(200);
        assertThat(fromThePage.header("Content-Type")).startsWith("text/csv");
        assertThat(fromThePage.header("Content-Disposition")).contains("keys-without-email.csv");
        assertThat(fromThePage.body().lines().skip(1).toList()).singleElement().asString().startsWith("K3,Cy Chen,,South,");

        JsonNode log = api.get("observer", "/api/votes/" + vote + "/log").json();
        assertThat(log.toString()).contains("KEYS_ISSUED").contains("byEmail").doesNotContain(bensKey);
    }

    @Test
    void aKeyThatCannotBeDeliveredIsReportedAsFailedWithTheMember() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = new Scenario(api).negotiation("Keys fail " + m, "2026-12-31");
        var imported = new Members(api).importRoster("labor", negotiation,
                "member_id,name,email\nF1,Fay Fox,fay-" + m + "@example.org\n", false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        long vote = new Ballots(api).openVote(Ballots.yesNo(negotiation, "Strike " + m, "MAJORITY_OF_VOTES_CAST"));
        TestMail.stop();
        try {
            assertThat(api.post("committee", "/api/votes/" + vote + "/keys?email=true", null).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    api.get("committee", "/api/votes/" + vote + "/keys/delivery").json().get("failed").asInt() == 1);
        } finally {
            TestMail.restart();
        }
        JsonNode delivery = api.get("committee", "/api/votes/" + vote + "/keys/delivery").json();
        assertThat(delivery.get("sent").asInt()).isZero();
        assertThat(delivery.get("failures").get(0).asString()).startsWith("Fay Fox <fay-" + m + "@example.org>: ");
    }

    private static String key(String body) {
        Matcher matcher = KEY.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group();
    }
}
