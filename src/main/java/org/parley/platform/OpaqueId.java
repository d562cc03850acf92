package org.parley.platform;

import java.security.SecureRandom;
import java.util.function.LongUnaryOperator;
import org.springframework.dao.DuplicateKeyException;

/**
 * Identifiers for side-private records (audit entries, session notes, proposal drafts, unpublished updates):
 * random rather than sequential, so that one side cannot count the other's private activity from the gaps
 * between the ids it sees. Whole numbers below 2^53 (exact in JavaScript), above 2^40 (above anything a
 * sequence handed out before), so URLs and the API keep their shape.
 */
public final class OpaqueId {

    static final long FLOOR = 1L << 40;
    static final long CEILING = 1L << 53;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OpaqueId() {
    }

    public static long next() {
        return RANDOM.nextLong(FLOOR, CEILING);
    }

    /** Runs an insert with a fresh id, and again with another in the very unlikely case that it was taken. */
    public static long insert(LongUnaryOperator insertWithId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return insertWithId.applyAsLong(next());
            } catch (DuplicateKeyException taken) {
                if (attempt == 3) {
                    throw taken;
                }
            }
        }
    }
}
