package org.parley.member;

import java.time.Instant;

/**
 * One signer of a petition.
 *
 * @param counted        false when this signer had already signed: signing again counts once
 * @param withdrawToken  for a public signer, the secret that lets them withdraw; null otherwise
 */
public record Signature(long petitionId, String name, String email, String memberId, Instant signedAt,
                        boolean counted, long signatures, String withdrawToken) {
}
