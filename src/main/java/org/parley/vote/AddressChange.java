package org.parley.vote;

import java.time.Instant;

/**
 * An elector's roster address that changed while the vote is defined or open. It stands for the vote
 * (voting keys, sign-in links that may cast a ballot) only once the election committee accepts it with a
 * reason; the member is then told at the old address. Shown to the election committee only.
 *
 * @param status PENDING or ACCEPTED
 */
public record AddressChange(String memberId, String name, String frozenEmail, String newEmail, String status, String reason,
                            String decidedBy, Instant requestedAt, Instant decidedAt) {
}
