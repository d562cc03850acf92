package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /actuator/prometheus} from outside: who may read it, and what it tells (counts, never people). */
@ParleyIntegrationTest
class MetricsScrapeTest {

    @Autowired
    Api api;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onlyTheScrapersTokenReadsTheMetrics() throws Exception {
        HttpResponse<String> anonymous = scrape(null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("# TYPE");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

        assertThat(scrape("Bearer not-the-token").statusCode()).isEqualTo(401);
        // An administrator's API token is an account's, not the scraper's.
        assertThat(scrape("Bearer " + api.token("admin")).statusCode()).isEqualTo(401);
        // Nor does an administrator's browser session read them.
        Api.Response signedIn = api.signIn("admin").get("/actuator/prometheus");
        assertThat(signedIn.status()).isEqualTo(401);
        assertThat(signedIn.body()).doesNotContain("# TYPE");

        HttpResponse<String> scraper = scrape("Bearer " + ParleyIntegrationTest.METRICS_TOKEN);
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(scraper.body()).contains("# TYPE http_server_requests_seconds").contains("jvm_memory_used_bytes");
    }

    @Test
    void requestsAreCountedByTheirRouteNotByTheRecordTheyName() throws Exception {
        long negotiation = new Scenario(api).negotiation("Metrics by route", "2026-12-31");
        assertThat(api.get("labor", "/api/negotiations/" + negotiation).status()).isEqualTo(200);

        String metrics = scrape("Bearer " + ParleyIntegrationTest.METRICS_TOKEN).body();
        assertThat(metrics).contains("uri=\"/api/negotiations/{id}\"");
        assertThat(metrics).doesNotContain("uri=\"/api/negotiations/" + negotiation + "\"");
    }

    @Test
    void anAcceptedBallotCountsOnceAndARefusedOneNotAtAllWithoutSayingWhoOrWhat() throws Exception {
        Ballots ballots = new Ballots(api);
        long negotiation = ballots.negotiationWithRoster("Metrics vote", 2);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Counted", "MAJORITY_OF_VOTES_CAST"));
        String key = ballots.keys(vote).get("M2");

        double before = value("parley_votes_cast_total");
        assertThat(ballots.castWithKey(vote, key, "Yes").status()).isEqualTo(201);
        assertThat(value("parley_votes_cast_total")).isEqualTo(before + 1);
        assertThat(ballots.castWithKey(vote, key, "No").status()).isEqualTo(409);
        assertThat(value("parley_votes_cast_total")).isEqualTo(before + 1);

        String metrics = scrape("Bearer " + ParleyIntegrationTest.METRICS_TOKEN).body();
        String castLines = String.join("\n", metrics.lines().filter(line -> line.startsWith("parley_votes_cast")).toList());
        assertThat(castLines).doesNotContain("{").doesNotContain("Yes").doesNotContain("M2").doesNotContain(key);
    }

    @Test
    void wrongPasswordsAreCountedWithoutTheUsername() throws Exception {
        String wrong = "parley_sign_in_failures_total{reason=\"wrong_password\"}";
        double before = value(wrong);
        assertThat(api.post(null, "/api/tokens", Map.of("username", "metrics-guesser", "password", "guess-1")).status()).isEqualTo(401);
        assertThat(value(wrong)).isEqualTo(before + 1);
        assertThat(scrape("Bearer " + ParleyIntegrationTest.METRICS_TOKEN).body()).doesNotContain("metrics-guesser");
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + "/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A sample's value in the text format; 0 while the meter has no sample yet. */
    private double value(String sample) throws Exception {
        String metrics = scrape("Bearer " + ParleyIntegrationTest.METRICS_TOKEN).body();
        Matcher line = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
