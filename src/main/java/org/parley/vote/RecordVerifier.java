package org.parley.vote;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a vote's exported record on its own, without Parley's database or server:
 * {@code java -jar parley-<version>.jar verify record.json}. It checks that every log entry links to
 * the one before (a changed, removed or reordered entry is reported at the first broken link), that the
 * tally equals the ballots on the board plus the counted paper batches, that the board is the one the
 * record's last entry fixed, and that the number of ballots equals the number of members recorded as
 * having voted. Exit code 0 when the record holds, 1 when it does not, 2 when it cannot be read.
 */
public final class RecordVerifier {

    private RecordVerifier() {
    }

    /** What the verifier found: no problems means the record holds. */
    public record Report(List<String> problems, String summary) {

        public boolean holds() {
            return problems.isEmpty();
        }
    }

    /** The command: verifies the record in the file named by the last argument and prints what it found. */
    public static int run(String[] args, PrintStream out) {
        if (args.length == 0 || args[args.length - 1].equals("verify")) {
            out.println("Usage: java -jar parley.jar verify <record.json>");
            return 2;
        }
        Path file = Path.of(args[args.length - 1]);
        JsonNode record;
        try {
            record = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            out.println("Cannot read " + file + " as a vote record: " + e.getMessage().lines().findFirst().orElse(""));
            return 2;
        }
        Report report = verify(record);
        if (report.holds()) {
            out.println("The record holds. " + report.summary());
            return 0;
        }
        out.println("The record does NOT hold:");
        report.problems().forEach(p -> out.println("  - " + p));
        return 1;
    }

    public static Report verify(JsonNode record) {
        List<String> problems = new ArrayList<>();
        if (record == null || !RecordFormat.FORMAT.equals(text(record.path("format")))) {
            return new Report(List.of("This is not a Parley vote record (format " + RecordFormat.FORMAT + ")."), "");
        }
        long voteId = record.path("vote").path("id").asLong();
        List<String> questionsChoices = new ArrayList<>();
        List<List<String>> choices = new ArrayList<>();
        for (JsonNode q : record.path("vote").path("questions")) {
            List<String> list = new ArrayList<>();
            q.path("choices").forEach(c -> list.add(text(c)));
            choices.add(list);
            questionsChoices.add(text(q.path("text")));
        }

        // 1. The chain: each entry carries the hash of the one before.
        JsonNode log = record.path("log");
        String previous = RecordFormat.GENESIS;
        int ballotEntries = 0;
        long paperFromLog = 0;
        JsonNode tallied = null;
        boolean chainHolds = true;
        int position = 0;
        for (JsonNode entry : log) {
            position++;
            long seq = entry.path("seq").asLong();
            String type = text(entry.path("type"));
            if (seq != position) {
                problems.add("Broken link at entry " + position + ": it carries number " + seq + ", so an entry before it was removed"
                        + " or the entries were reordered.");
                chainHolds = false;
                break;
            }
            if (!previous.equals(text(entry.path("previous")))) {
                problems.add("Broken link at entry " + seq + " (" + type + "): it does not carry the hash of entry " + (seq - 1)
                        + ", so entry " + (seq - 1) + " was changed or replaced, or an entry was removed or moved.");
                chainHolds = false;
                break;
            }
            String computed = RecordFormat.entryHash(voteId, seq, text(entry.path("at")), type, text(entry.path("data")), previous);
            if (!computed.equals(text(entry.path("hash")))) {
                problems.add("Broken link at entry " + seq + " (" + type + "): its hash does not match its content, so it was changed.");
                chainHolds = false;
                break;
            }
            previous = computed;
            switch (type) {
                case "BALLOT" -> ballotEntries++;
                case "PAPER_BATCH" -> paperFromLog += data(entry).path("total").asLong();
                case "TALLIED" -> tallied = entry;
                default -> {
                }
            }
        }
        if (position == 0) {
            problems.add("The record has no log entries.");
            chainHolds = false;
        }
        if (chainHolds && (tallied == null || tallied != last(log))) {
            problems.add("The record's last entry is not the tally: the vote is not counted, or entries after the tally were added"
                    + " or the tally was removed.");
        }

        // 2. The board and the paper batches against the tally.
        List<String> trackers = new ArrayList<>();
        record.path("board").path("trackers").forEach(t -> trackers.add(text(t)));
        List<String> lines = new ArrayList<>();
        List<Map<String, Long>> counts = new ArrayList<>();
        choices.forEach(list -> {
            Map<String, Long> zero = new LinkedHashMap<>();
            list.forEach(c -> zero.put(c, 0L));
            counts.add(zero);
        });
        int index = 0;
        for (JsonNode ballot : record.path("board").path("ballots")) {
            index++;
            List<String> marked = new ArrayList<>();
            ballot.forEach(c -> marked.add(text(c)));
            if (!add(counts, marked, 1)) {
                problems.add("Ballot " + index + " on the board is not a valid ballot for these questions: " + marked + ".");
            }
            lines.add(RecordFormat.ballotLine(marked));
        }
        long paper = 0;
        for (JsonNode batch : record.path("paperBatches")) {
            long total = 0;
            for (JsonNode marked : batch.path("ballots")) {
                List<String> answers = new ArrayList<>();
                marked.path("answers").forEach(c -> answers.add(text(c)));
                long count = marked.path("count").asLong();
                total += count;
                if (!add(counts, answers, count)) {
                    problems.add("Paper batch " + batch.path("number").asLong() + " holds ballots that are not valid for these questions: "
                            + answers + ".");
                }
            }
            if (total != batch.path("total").asLong()) {
                problems.add("Paper batch " + batch.path("number").asLong() + " says it holds " + batch.path("total").asLong()
                        + " ballots but lists " + total + ".");
            }
            paper += total;
        }
        long online = lines.size();
        long cast = online + paper;

        if (trackers.size() != online) {
            problems.add("The board has " + trackers.size() + " trackers but " + online + " online ballots.");
        }
        if (chainHolds && ballotEntries != online) {
            problems.add("The log accepted " + ballotEntries + " online ballots but the board holds " + online + ".");
        }
        if (chainHolds && paperFromLog != paper) {
            problems.add("The log's paper batches hold " + paperFromLog + " ballots but the record lists " + paper + ".");
        }
        JsonNode voters = record.path("voters");
        if (voters.path("total").asLong() != cast) {
            problems.add("The number of ballots (" + cast + ") differs from the number of members recorded as having voted ("
                    + voters.path("total").asLong() + ").");
        }
        if (voters.path("online").asLong() != online || voters.path("paper").asLong() != paper) {
            problems.add("Members recorded as having voted online (" + voters.path("online").asLong() + ") or on paper ("
                    + voters.path("paper").asLong() + ") differ from the ballots: " + online + " online, " + paper + " on paper.");
        }
        JsonNode tally = record.path("tally");
        compareTally("The published tally", tally, counts, cast, problems, questionsChoices);
        if (tallied != null) {
            JsonNode fixed = data(tallied);
            compareTally("The tally in the log", fixed, counts, cast, problems, questionsChoices);
            if (!Objects.equals(text(fixed.path("trackers")), RecordFormat.linesHash(trackers.stream().sorted().toList()))) {
                problems.add("The board's trackers are not the ones the tally entry fixed: a tracker was added, removed or changed.");
            }
            if (!Objects.equals(text(fixed.path("ballots")), RecordFormat.linesHash(lines.stream().sorted().toList()))) {
                problems.add("The board's ballots are not the ones the tally entry fixed: a ballot was added, removed or changed.");
            }
        }
        long eligible = record.path("electorate").path("eligible").asLong();
        if (cast > eligible) {
            problems.add("More ballots (" + cast + ") than eligible members (" + eligible + ").");
        }
        String summary = position + " log entries linked, " + cast + " ballots (" + online + " online on the board, " + paper
                + " on paper) from " + voters.path("total").asLong() + " members recorded as having voted, of " + eligible
                + " eligible; the tally equals the ballots.";
        return new Report(List.copyOf(problems), summary);
    }

    private static void compareTally(String what, JsonNode tally, List<Map<String, Long>> counts, long cast, List<String> problems,
            List<String> questions) {
        if (tally.path("cast").asLong() != cast) {
            problems.add(what + " says " + tally.path("cast").asLong() + " ballots were cast, but the board and paper batches hold "
                    + cast + ".");
        }
        JsonNode published = tally.path("questions");
        for (int q = 0; q < counts.size(); q++) {
            Map<String, Long> stated = new LinkedHashMap<>();
            published.path(q).path("counts").properties().forEach(e -> stated.put(e.getKey(), e.getValue().asLong()));
            if (!stated.equals(counts.get(q))) {
                problems.add(what + " for question " + (q + 1) + " (" + questions.get(q) + ") is " + stated
                        + ", but the ballots count " + counts.get(q) + ".");
            }
        }
    }

    /** Adds a ballot's choices to the counts; false when it does not fit the questions. */
    private static boolean add(List<Map<String, Long>> counts, List<String> marked, long times) {
        if (marked.size() != counts.size()) {
            return false;
        }
        for (int q = 0; q < marked.size(); q++) {
            if (!counts.get(q).containsKey(marked.get(q))) {
                return false;
            }
        }
        for (int q = 0; q < marked.size(); q++) {
            counts.get(q).merge(marked.get(q), times, Long::sum);
        }
        return true;
    }

    private static JsonNode last(JsonNode array) {
        return array.size() == 0 ? null : array.get(array.size() - 1);
    }

    private static JsonNode data(JsonNode entry) {
        try {
            return JsonMapper.builder().build().readTree(text(entry.path("data")));
        } catch (JacksonException e) {
            return JsonMapper.builder().build().createObjectNode();
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : node == null || node.isMissingNode() || node.isNull() ? "" : node.toString();
    }
}
