package org.parley.vote.internal;

import java.util.ArrayList;
import java.util.List;
import org.parley.platform.Times;
import org.parley.vote.LogEntry;
import org.parley.vote.Vote;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vote's record told in sentences, for members, above the raw entries: who defined it, when
 * it opened and closed and by whom, how many voted. The raw record and the verifier stay below it.
 */
record VoteRecordSummary(List<String> lines) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static VoteRecordSummary of(Vote vote, List<LogEntry> log) {
        List<String> lines = new ArrayList<>();
        boolean opened = false;
        boolean closed = false;
        for (LogEntry entry : log) {
            JsonNode data = data(entry);
            String when = Times.at(entry.at(), vote.timeZone());
            switch (entry.type()) {
                case "DEFINED" -> lines.add("Defined by " + text(data, "definedBy", "the election committee") + " on " + when
                        + ", with " + text(data, "eligible", "?") + " members eligible.");
                case "OPENED" -> {
                    opened = true;
                    lines.add("Opened by " + text(data, "by", "the election committee") + " on " + when + ".");
                }
                case "CLOSED" -> {
                    closed = true;
                    lines.add("Closed by " + text(data, "by", "the election committee") + " on " + when
                            + (data.path("early").asBoolean(false) ? " (before the planned close)" : "") + ": "
                            + text(data, "onlineBallots", "0") + " online ballots and " + text(data, "sealedEnvelopes", "0")
                            + " sealed paper envelopes.");
                }
                case "TALLIED" -> lines.add("Counted on " + when + "; the result and the board of trackers are published.");
                default -> {
                    // keys issued, envelopes, batches and electorate changes are in the raw record below
                }
            }
        }
        if (!opened) {
            lines.add("Opens " + Times.at(vote.opens()) + ".");
        }
        if (opened && !closed) {
            lines.add("Closes " + Times.at(vote.closes()) + (vote.turnout() != null ? "; " + vote.turnout() + " of "
                    + vote.eligible() + " have voted so far." : "."));
        }
        return new VoteRecordSummary(lines);
    }

    private static JsonNode data(LogEntry entry) {
        try {
            return JSON.readTree(entry.data() == null ? "{}" : entry.data());
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode data, String field, String otherwise) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? otherwise : value.asString();
    }
}
