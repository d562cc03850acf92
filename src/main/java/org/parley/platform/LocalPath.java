package org.parley.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A page address to come back to after signing in, carried through a sign-in form or an e-mailed
 * link. Only a path on this site is accepted: never another host ({@code //evil.example},
 * {@code https://…}, {@code /\evil.example}), so the parameter cannot send anyone elsewhere.
 */
public final class LocalPath {

    private static final int MAX_LENGTH = 500;

    private LocalPath() {
    }

    /** The path with its query if it is a local one, otherwise empty. */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.indexOf('\\') >= 0
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
