package org.parley.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A GreenMail SMTP server on a free port (never a fixed one: other test runs may use the machine),
 * and the application's {@code spring.mail.*} pointed at it. Retries are fast so a test can watch one.
 */
public class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;
    private static int port;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
        }
        return server;
    }

    /** Whether this JVM's tests started the GreenMail server. */
    public static synchronized boolean started() {
        return server != null;
    }

    /** Stops the SMTP server: sending fails as with a server that is down. */
    public static synchronized void stop() {
        server().stop();
    }

    /** Starts it again on the same port, with an empty mailbox. */
    public static synchronized void restart() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static String body(MimeMessage message) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The first link in a message that starts with the given path. */
    public static String link(MimeMessage message, String path) {
        Matcher matcher = Pattern.compile("https?://[^\\s\"<>]*" + Pattern.quote(path) + "[A-Za-z0-9_\\-./]*").matcher(body(message));
        if (!matcher.find()) {
            throw new IllegalStateException("No " + path + " link in: " + body(message));
        }
        return matcher.group();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        server();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("parley-test-mail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(port),
                "parley.delivery.retry-after", "PT0.3S",
                "parley.delivery.poll", "PT0.2S")));
    }
}
