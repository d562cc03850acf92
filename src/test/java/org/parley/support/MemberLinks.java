package org.parley.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Members signing in as members do: a one-time link asked for on the sign-in page, read from the mail it
 * came in (GreenMail where the test has it, else the outbox folder), used in a browser or exchanged for an
 * API token. Such a sign-in carries the address the link went to, which a vote checks.
 */
public final class MemberLinks {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]*(/member/sign-in/[A-Za-z0-9_\\-]+)");
    private static final Path OUTBOX = Path.of("target/test-outbox");

    private final Api api;

    public MemberLinks(Api api) {
        this.api = api;
    }

    /** Asks for a link for this address on the sign-in page and returns its path, once it has arrived. */
    public String link(String email) {
        String before = latest(email).orElse(null);
        Api.Pages browser = api.anonymous();
        browser.get("/member/sign-in");
        assertThat(browser.submit("/member/sign-in", Map.of("email", email)).body()).contains("If this address is on your unit's roster");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<String> link = latest(email);
            if (link.isPresent() && !link.get().equals(before)) {
                return link.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No sign-in link reached " + email);
    }

    /** A browser signed in by a link e-mailed to this address. */
    public Api.Pages browser(String email) {
        String path = link(email);
        Api.Pages browser = api.anonymous();
        browser.get(path);
        var signedIn = browser.submit(path, Map.of());
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/member");
        return browser;
    }

    /** An API token from a link e-mailed to this address ({@code POST /api/member/tokens}). */
    public String token(String email) {
        var response = api.post(null, "/api/member/tokens", Map.of("link", link(email)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("token").asString();
    }

    /** The last sign-in link sent to this address, if any. */
    private static Optional<String> latest(String email) {
        if (TestMail.started()) {
            List<jakarta.mail.internet.MimeMessage> messages = TestMail.to(email);
            for (int i = messages.size() - 1; i >= 0; i--) {
                Matcher m = LINK.matcher(TestMail.body(messages.get(i)));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        if (!Files.isDirectory(OUTBOX)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(OUTBOX)) {
            for (Path file : files.sorted(Comparator.comparing(Path::getFileName).reversed()).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                if (text.contains("<" + email + ">") || text.contains("To: " + email)) {
                    Matcher m = LINK.matcher(text.replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
                    if (m.find()) {
                        return Optional.of(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }
}
