package org.parley.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Short ways to set up costing through the API, as a bargaining team would. */
public final class Costs {

    /** The roll-up of the public worked example: 17.15% in all, 7.65% of it on one-time payments. */
    public static final List<Map<String, Object>> ROLL_UP = List.of(
            Map.of("name", "Social Security", "percent", "6.20", "onOneTimePayments", true),
            Map.of("name", "Medicare", "percent", "1.45", "onOneTimePayments", true),
            Map.of("name", "Pension", "percent", "6.00", "onOneTimePayments", false),
            Map.of("name", "Workers' compensation", "percent", "1.50", "onOneTimePayments", false),
            Map.of("name", "Unemployment insurance", "percent", "1.50", "onOneTimePayments", false),
            Map.of("name", "Other", "percent", "0.50", "onOneTimePayments", false));

    private final Api api;

    public Costs(Api api) {
        this.api = api;
    }

    public long economicThread(long tableId, String title) {
        return created(api.post("labor", "/api/tables/" + tableId + "/threads", Map.of("title", title, "article", "Art. 20", "economic", true)));
    }

    public long model(String as, long negotiationId, String name) {
        return created(api.post(as, "/api/costing/models", Map.of("negotiationId", negotiationId, "name", name,
                "contractStart", "2026-07-01", "years", 3, "rateRounding", "NONE", "rollUp", ROLL_UP,
                "assumptions", List.of("Headcount stays at today's " + name))));
    }

    public Api.Response workforce(String as, long modelId, String csv, boolean preview) {
        return api.upload(as, "/api/costing/models/" + modelId + "/workforce?preview=" + preview, Map.of(), "workforce.csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    public Api.Response schedule(String as, long modelId, String csv) {
        return api.upload(as, "/api/costing/models/" + modelId + "/schedule", Map.of(), "schedule.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    public static List<Map<String, Object>> atb(String... percents) {
        return java.util.stream.IntStream.range(0, percents.length)
                .mapToObj(i -> Map.<String, Object>of("type", "ATB_PERCENT", "effective", (2026 + i) + "-07-01", "percent", percents[i]))
                .toList();
    }

    public long scenario(String as, long modelId, String name, List<Map<String, Object>> terms) {
        return created(api.post(as, "/api/costing/models/" + modelId + "/scenarios", Map.of("name", name, "terms", terms)));
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.id();
    }
}
