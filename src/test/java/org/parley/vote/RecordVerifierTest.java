package org.parley.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The verifier on records built here by hand, as an independent party would check them: no database, no server. */
class RecordVerifierTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    Path folder;

    /** A counted vote: 3 online ballots (Yes, Yes, No) and a paper batch of 1 (Yes), 4 eligible. */
    static ObjectNode validRecord() {
        long vote = 7;
        List<Map<String, Object>> log = new ArrayList<>();
        String previous = RecordFormat.GENESIS;
        List<String> trackers = List.of("0AAA-BBBB-CCCC", "1DDD-EEEE-FFFF", "2GGG-HHHH-JJJJ");
        List<String> lines = List.of("No", "Yes", "Yes");
        String[][] entries = {
                {"DEFINED", "{\"title\":\"Strike\"}"}, {"OPENED", "{}"}, {"BALLOT", "{}"}, {"BALLOT", "{}"}, {"ENVELOPE_RECEIVED", "{}"},
                {"BALLOT", "{}"}, {"CLOSED", "{\"onlineBallots\":3}"},
                {"PAPER_BATCH", "{\"number\":1,\"total\":1}"},
                {"TALLIED", "{\"cast\":4,\"questions\":[{\"counts\":{\"Yes\":3,\"No\":1}}],\"trackers\":\"" + RecordFormat.linesHash(trackers)
                        + "\",\"ballots\":\"" + RecordFormat.linesHash(lines) + "\"}"}};
        for (int i = 0; i < entries.length; i++) {
            String at = "2026-04-0" + (1 + i / 5) + "T00:00:00Z";
            String hash = RecordFormat.entryHash(vote, i + 1, at, entries[i][0], entries[i][1], previous);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("seq", i + 1);
            entry.put("at", at);
            entry.put("type", entries[i][0]);
            entry.put("data", entries[i][1]);
            entry.put("previous", previous);
            entry.put("hash", hash);
            log.add(entry);
            previous = hash;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("format", RecordFormat.FORMAT);
        record.put("vote", Map.of("id", vote, "questions", List.of(Map.of("text", "Strike?", "choices", List.of("Yes", "No")))));
        record.put("electorate", Map.of("eligible", 4, "fingerprint", RecordFormat.fingerprint(List.of("A", "B", "C", "D"))));
        record.put("voters", Map.of("online", 3, "paper", 1, "total", 4));
        record.put("board", Map.of("trackers", trackers, "ballots", List.of(List.of("No"), List.of("Yes"), List.of("Yes"))));
        record.put("paperBatches", List.of(Map.of("number", 1, "total", 1, "ballots", List.of(Map.of("answers", List.of("Yes"), "count", 1)))));
        record.put("tally", Map.of("cast", 4, "questions", List.of(Map.of("counts", Map.of("Yes", 3, "No", 1)))));
        record.put("log", log);
        return (ObjectNode) JSON.valueToTree(record);
    }

    int run(JsonNode record, StringBuilder output) throws Exception {
        Path file = folder.resolve("record.json");
        Files.writeString(file, JSON.writeValueAsString(record));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = RecordVerifier.run(new String[] {"verify", file.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output.append(bytes.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void aValidRecordHoldsAndTheCommandExitsZero() throws Exception {
        StringBuilder out = new StringBuilder();
        assertThat(run(validRecord(), out)).as(out.toString()).isZero();
        assertThat(out).contains("The record holds").contains("9 log entries linked").contains("4 ballots");
    }

    @Test
    void aChangedEntryIsReportedAtItsLink() throws Exception {
        ObjectNode record = validRecord();
        ((ObjectNode) record.get("log").get(3)).put("type", "BALLOT_REPLACED");
        StringBuilder out = new StringBuilder();
        assertThat(run(record, out)).isEqualTo(1);
        assertThat(out).contains("Broken link at entry 4").contains("was changed");
    }

    @Test
    void aChangedEntryWhoseHashWasRecomputedBreaksTheNextLink() throws Exception {
        ObjectNode record = validRecord();
        ObjectNode entry = (ObjectNode) record.get("log").get(1);
        entry.put("data", "{\"early\":true}");
        entry.put("hash", RecordFormat.entryHash(7, 2, entry.get("at").asString(), "OPENED", "{\"early\":true}",
                entry.get("previous").asString()));
        StringBuilder out = new StringBuilder();
        assertThat(run(record, out)).isEqualTo(1);
        assertThat(out).contains("Broken link at entry 3").contains("entry 2 was changed or replaced");
    }

    @Test
    void aRemovedEntryIsReportedWhereTheNumbersJump() throws Exception {
        ObjectNode record = validRecord();
        ((ArrayNode) record.get("log")).remove(4);
        StringBuilder out = new StringBuilder();
        assertThat(run(record, out)).isEqualTo(1);
        assertThat(out).contains("Broken link at entry 5").contains("removed");
    }

    @Test
    void reorderedEntriesAreReportedAtTheFirstOutOfPlace() throws Exception {
        ObjectNode record = validRecord();
        ArrayNode log = (ArrayNode) record.get("log");
        JsonNode third = log.get(2);
        log.set(2, log.get(4));
        log.set(4, third);
        StringBuilder out = new StringBuilder();
        assertThat(run(record, out)).isEqualTo(1);
        assertThat(out).contains("Broken link at entry 3").contains("reordered");
    }

    @Test
    void aTallyThatDiffersFromTheBoardIsReported() throws Exception {
        ObjectNode record = validRecord();
        ((ObjectNode) record.get("tally").get("questions").get(0).get("counts")).put("No", 2);
        StringBuilder out = new StringBuilder();
        assertThat(run(record, out)).isEqualTo(1);
        assertThat(out).contains("The published tally for question 1").contains("the ballots count {Yes=3, No=1}");
    }

    @Test
    void aBallotSlippedOntoTheBoardIsReported() throws Exception {
        ObjectNode record = validRecord();
        ((ArrayNode) record.get("board").get("ballots")).add(JSON.valueToTree(List.of("Yes")));
        ((ArrayNode) record.get("board").get("trackers")).add("9ZZZ-ZZZZ-ZZZZ");
        StringBuilder out = new StringBuilder();
        assertThat(run(record, out)).isEqualTo(1);
        assertThat(out).contains("The log accepted 3 online ballots but the board holds 4")
                .contains("differs from the number of members recorded as having voted (4)")
                .contains("not the ones the tally entry fixed");
    }

    @Test
    void moreBallotsThanVotersIsReported() throws Exception {
        ObjectNode record = validRecord();
        ((ObjectNode) record.get("voters")).put("total", 3).put("paper", 0);
        StringBuilder out = new StringBuilder();
        assertThat(run(record, out)).isEqualTo(1);
        assertThat(out).contains("The number of ballots (4) differs from the number of members recorded as having voted (3)");
    }

    @Test
    void somethingThatIsNotARecordCannotBeRead() throws Exception {
        Path file = folder.resolve("nonsense.json");
        Files.writeString(file, "not json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(RecordVerifier.run(new String[] {"verify", file.toString()}, new PrintStream(bytes))).isEqualTo(2);
        assertThat(RecordVerifier.run(new String[] {"verify"}, new PrintStream(bytes))).isEqualTo(2);
    }
}
