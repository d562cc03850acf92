package org.parley.vote;

/**
 * A round of voting keys where those with an e-mail address get theirs by e-mail.
 *
 * @param emailing     electors whose key is queued to go by e-mail
 * @param withoutEmail electors with no e-mail address on the roster, whose keys are in {@code csv}
 * @param csv          the keys for mail-out, in the form of {@link Votes#issueKeys}
 */
public record KeyMailing(int emailing, int withoutEmail, String csv) {
}
