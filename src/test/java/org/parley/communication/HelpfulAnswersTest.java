package org.parley.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Members;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/** "Was this helpful?" counts one answer per member, and fresh anonymous sessions cannot inflate it. */
@ParleyIntegrationTest
class HelpfulAnswersTest {

    @Autowired
    Api api;

    @Test
    void aMemberCountsOnceWhereverTheyAnswerAndAnonymousAnswersAreLimitedPerAddress() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = new Scenario(api).negotiation("Helpful " + m, "2026-12-31");
        new Members(api).importRoster("labor", negotiation, "member_id,name,email\nH1,Mo Member,mo-" + m + "@example.org\n", false);
        new Members(api).linkTestMember(negotiation, "H1");
        long update = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Helpful " + m,
                "markdown", "Day six.", "audience", "PUBLIC")).id();
        api.post("labor", "/api/updates/" + update + "/publish", null);

        Api.Pages member = api.signIn("member");
        member.get("/updates/" + update);
        member.submit("/updates/" + update + "/helpful", Map.of("helpful", "true"));
        member.get("/public/updates/" + update);
        member.submit("/public/updates/" + update + "/helpful", Map.of("helpful", "true"));
        assertThat(api.post("member", "/api/updates/" + update + "/feedback", Map.of("helpful", true)).status()).isEqualTo(200);
        assertThat(feedback(update)).isEqualTo("1 yes, 0 no");

        int refused = 0;
        for (int i = 0; i < 10; i++) {
            Api.Pages stranger = api.anonymous();
            stranger.get("/public/updates/" + update);
            String answer = stranger.submit("/public/updates/" + update + "/helpful", Map.of("helpful", "true")).body();
            if (answer.contains("enough answers came from your network")) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(7);
        assertThat(feedback(update)).isEqualTo("4 yes, 0 no");

        Api.Pages changesTheirMind = api.anonymous();
        changesTheirMind.get("/public/updates/" + update);
        assertThat(changesTheirMind.submit("/public/updates/" + update + "/helpful", Map.of("helpful", "false")).body())
                .contains("enough answers");
        assertThat(feedback(update)).isEqualTo("4 yes, 0 no");
    }

    private String feedback(long update) {
        var json = api.get("labor", "/api/updates/" + update + "/feedback").json();
        return json.get("yes").asLong() + " yes, " + json.get("no").asLong() + " no";
    }
}
