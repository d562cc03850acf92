package org.parley.vote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * The exact forms that are hashed in a vote's record, shared by the server that writes it and the
 * verifier that checks it (docs/VOTING.md states them for anyone writing their own verifier).
 */
public final class RecordFormat {

    public static final String FORMAT = "parley-vote-record/1";
    /** The "previous" hash of a record's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private RecordFormat() {
    }

    /** SHA-256 over: vote id, seq, time (ISO-8601 UTC, whole seconds), type, data, previous hash — each followed by a newline. */
    public static String entryHash(long voteId, long seq, String at, String type, String data, String previous) {
        return sha256(voteId + "\n" + seq + "\n" + at + "\n" + type + "\n" + data + "\n" + previous + "\n");
    }

    /** SHA-256 over the lines, each followed by a newline, in the order given (callers sort them). */
    public static String linesHash(Collection<String> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return sha256(text.toString());
    }

    /** A ballot as one line: its choices' texts in question order, separated by tabs. */
    public static String ballotLine(List<String> choices) {
        return String.join("\t", choices);
    }

    /** The electorate's fingerprint: SHA-256 over the eligible member IDs, sorted, each followed by a newline. */
    public static String fingerprint(Collection<String> memberIds) {
        return linesHash(memberIds.stream().sorted().toList());
    }

    /**
     * How the record names an elector it must not name (a member added to the electorate, an address
     * change accepted): SHA-256 over "elector", the vote id, the member ID, the committee's reason and a
     * random salt the committee keeps, each followed by a newline. Whoever holds the salt can show which
     * member and reason the entry stands for; nobody can find them from the record.
     */
    public static String electorCommitment(long voteId, String memberId, String reason, String salt) {
        return sha256("elector\n" + voteId + "\n" + memberId + "\n" + reason + "\n" + salt + "\n");
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
