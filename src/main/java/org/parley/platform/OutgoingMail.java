package org.parley.platform;

import java.util.Map;

/**
 * One e-mail to one person.
 *
 * @param text    the plain-text body (always sent)
 * @param html    an HTML alternative, or null
 * @param headers extra headers, e.g. {@code List-Unsubscribe}
 */
public record OutgoingMail(String to, String toName, String subject, String text, String html, Map<String, String> headers) {

    public OutgoingMail {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static OutgoingMail plain(String to, String toName, String subject, String text) {
        return new OutgoingMail(to, toName, subject, text, null, Map.of());
    }
}
