package org.parley.vote.internal;

import java.security.SecureRandom;
import java.util.Locale;
import org.parley.vote.RecordFormat;

/**
 * Random codes people read and type: ballot trackers, voting keys and change codes, in Crockford's
 * base 32 (no I, L, O or U, so nothing is misread), in groups. Keys and change codes are stored only
 * as hashes.
 */
final class Codes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    /** 60 random bits, e.g. "7KQ2-M9XD-3HPA". */
    static String tracker() {
        return grouped(3, 4);
    }

    /** 100 random bits, e.g. "K7Q2M-9XD3H-PA4TV-0RB6N". */
    static String votingKey() {
        return grouped(4, 5);
    }

    /** 125 random bits. */
    static String changeCode() {
        return grouped(5, 5);
    }

    /** 128 random bits in hex: the salt of a commitment the committee keeps (RecordFormat.electorCommitment). */
    static String salt() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static String grouped(int groups, int length) {
        StringBuilder code = new StringBuilder();
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                code.append('-');
            }
            for (int i = 0; i < length; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    /** What a person typed, as compared: upper case, without spaces or dashes, O read as 0 and I or L as 1. */
    static String normalized(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
    }

    static String keyHash(long voteId, String key) {
        return RecordFormat.sha256("vote-key:" + voteId + ":" + normalized(key));
    }

    /** What the voter row keeps of a change code: it proves the code is this member's… */
    static String voterCheck(long voteId, String changeCode) {
        return RecordFormat.sha256("voter:" + voteId + ":" + normalized(changeCode));
    }

    /** …and what the ballot keeps: another hash of the same code, so neither row leads to the other without it. */
    static String ballotCheck(long voteId, String changeCode) {
        return RecordFormat.sha256("ballot:" + voteId + ":" + normalized(changeCode));
    }
}
