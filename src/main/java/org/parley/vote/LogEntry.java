package org.parley.vote;

import java.time.Instant;

/**
 * One entry of a vote's append-only record. {@code hash} is SHA-256 over the vote, the sequence number,
 * the time, the type, the data and the previous entry's hash (docs/VOTING.md gives the exact form).
 *
 * @param data the entry's details as JSON text, hashed exactly as stored
 */
public record LogEntry(long seq, Instant at, String type, String data, String previous, String hash) {
}
