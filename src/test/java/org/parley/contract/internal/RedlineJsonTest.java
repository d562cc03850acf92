package org.parley.contract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.contract.Redline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RedlineJsonTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theAnswerIsTheRunsAsTheJsonMapperWritesThem() {
        String old = "Overtime \"at\" 1.5× pay\\n\n\tafter 8 hours\u0001; café 𝄞 — § 4.\r\n";
        String updated = "Overtime \"at\" 2× pay\\n\n\tafter 6 hours\u001f; café 𝄟 — § 4.\r\n";
        byte[] written = RedlineJson.redline(old, updated);
        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(JSON.writeValueAsString(Map.of("runs", Redline.between(old, updated))));
    }

    /** Property: whatever the texts, a JSON reader gets back runs that spell both, as the mapper would have written them. */
    @Test
    void aJsonReaderGetsBackTheSameRunsForRandomTexts() {
        Random random = new Random(20261202L);
        String[] pieces = {"the ", "Employer ", "\"", "\\", "\n", "\t", "\r", "\u0000", "\u001f", "\u007f", "é", "€", "𝄞", "𝄟",
                "\ud834", "\udd1e", "\u2028", "/", "<", "4.00 ", "(a) ", "\n\n"};
        for (int round = 0; round < 3000; round++) {
            String old = text(random, pieces);
            String updated = random.nextInt(4) == 0 ? text(random, pieces) : old.substring(0, old.length() / 2) + text(random, pieces);
            JsonNode runs = JSON.readTree(RedlineJson.redline(old, updated)).get("runs");
            List<Redline.Run> expected = Redline.between(old, updated);
            assertThat(runs.size()).as("round %d", round).isEqualTo(expected.size());
            for (int k = 0; k < expected.size(); k++) {
                assertThat(runs.get(k).get("type").asString()).isEqualTo(expected.get(k).type().name());
                assertThat(runs.get(k).get("text").asString()).as("round %d", round).isEqualTo(expected.get(k).text());
            }
        }
    }

    @Test
    void noTextsMakeNoRuns() {
        assertThat(new String(RedlineJson.redline("", null), StandardCharsets.UTF_8)).isEqualTo("{\"runs\":[]}");
    }

    private static String text(Random random, String[] pieces) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(40);
        for (int k = 0; k < count; k++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
