package org.parley.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to run votes through the API, as the election committee and members would. */
public final class Ballots {

    private final Api api;

    public Ballots(Api api) {
        this.api = api;
    }

    /** A roster of {@code size} active members M1…Mn (the first linked to the test account {@code member}). */
    public long negotiationWithRoster(String name, int size) {
        long negotiation = new Scenario(api).negotiation(name, "2026-12-31");
        StringBuilder csv = new StringBuilder("member_id,name,email,worksite\n");
        for (int i = 1; i <= size; i++) {
            csv.append("M").append(i).append(",Member ").append(i).append(",m").append(i).append("-").append(negotiation)
                    .append("@example.org,").append(i % 2 == 0 ? "North" : "South").append('\n');
        }
        var imported = new Members(api).importRoster("labor", negotiation, csv.toString(), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        new Members(api).linkTestMember(negotiation, "M1");
        return negotiation;
    }

    /** M1's address on this negotiation's roster (the test account {@code member}'s entry). */
    public static String m1(long negotiation) {
        return "m1-" + negotiation + "@example.org";
    }

    /**
     * The test account {@code member}, signed in as a member would to vote: by a link e-mailed to M1's
     * address on this negotiation's roster, exchanged for an API token. Returns the name to pass to
     * {@link Api}'s methods. (A password set by an administrator, as the test accounts have, cannot vote.)
     */
    public String memberByLink(long negotiation) {
        String as = "member@" + negotiation;
        api.remember(as, new MemberLinks(api).token(m1(negotiation)));
        return as;
    }

    /** The body of POST /api/votes for a yes/no vote open from a minute ago for an hour. */
    public static Map<String, Object> yesNo(long negotiation, String title, String rule) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("negotiationId", negotiation);
        body.put("kind", "STRIKE_AUTHORIZATION");
        body.put("title", title);
        body.put("explanation", "Do you authorize your bargaining team to call a strike?");
        body.put("questions", List.of(Map.of("text", "Do you authorize a strike?", "choices", List.of("Yes", "No"))));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        body.put("opensAt", now.minusSeconds(60).toString());
        body.put("closesAt", now.plusSeconds(3600).toString());
        body.put("rule", Map.of("type", rule));
        body.put("allowRevote", false);
        return body;
    }

    public long define(Map<String, Object> body) {
        var response = api.post("committee", "/api/votes", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.id();
    }

    public long openVote(Map<String, Object> body) {
        long id = define(body);
        var opened = api.post("committee", "/api/votes/" + id + "/open", null);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return id;
    }

    /** Voting keys by member ID, from the committee's CSV. */
    public Map<String, String> keys(long vote) {
        var response = api.post("committee", "/api/votes/" + vote + "/keys", null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(response.body().lines().toList());
        assertThat(lines.get(0)).endsWith(",key");
        for (String line : lines.subList(1, lines.size())) {
            keys.put(line.substring(0, line.indexOf(',')), line.substring(line.lastIndexOf(',') + 1));
        }
        return keys;
    }

    public static Map<String, Object> answer(String... choices) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int q = 0; q < choices.length; q++) {
            answers.add(Map.of("question", q, "choice", choices[q]));
        }
        return Map.of("answers", answers);
    }

    public Api.Response castWithKey(long vote, String key, String... choices) {
        return api.postWithHeaders("/api/votes/" + vote + "/ballots", answer(choices), Map.of("Voting-Key", key));
    }

    public void close(long vote) {
        var closed = api.post("committee", "/api/votes/" + vote + "/close", null);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    }
}
