package org.parley.communication.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-member unsubscribe links that work without signing in: {@code <negotiation>.<roster entry>.<signature>},
 * signed with a key kept in the database (made on first use), so no row is needed per member
 * and a link cannot be made up for someone else.
 */
@Component
class UnsubscribeLinks {

    record Subscriber(long negotiationId, long rosterId) {
    }

    private final JdbcClient jdbc;
    private volatile byte[] key;

    UnsubscribeLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String token(long negotiationId, long rosterId) {
        String subject = negotiationId + "." + rosterId;
        return subject + "." + sign(subject);
    }

    Optional<Subscriber> read(String token) {
        String[] parts = token == null ? new String[0] : token.strip().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String subject = Long.parseLong(parts[0]) + "." + Long.parseLong(parts[1]);
            boolean valid = MessageDigest.isEqual(sign(subject).getBytes(StandardCharsets.US_ASCII),
                    parts[2].getBytes(StandardCharsets.US_ASCII));
            return valid ? Optional.of(new Subscriber(Long.parseLong(parts[0]), Long.parseLong(parts[1]))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] full = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        Optional<String> stored = jdbc.sql("select secret from communication_secret where id = 1").query(String.class).optional();
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                jdbc.sql("insert into communication_secret (id, secret) values (1, :secret)")
                        .param("secret", Base64.getEncoder().encodeToString(fresh)).update();
            } catch (DuplicateKeyException raced) {
                // another thread made it first: use that one
            }
            stored = jdbc.sql("select secret from communication_secret where id = 1").query(String.class).optional();
        }
        key = Base64.getDecoder().decode(stored.orElseThrow());
        return key;
    }
}
