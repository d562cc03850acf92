package org.parley.member;

/** An active member with an e-mail address, as a mailing needs it. */
public record Recipient(long rosterId, String name, String email) {
}
