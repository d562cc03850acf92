package org.parley.platform.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;
import org.parley.platform.OutgoingMail;
import org.parley.platform.Postbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * SMTP through Spring Boot's {@link JavaMailSender} when {@code spring.mail.host} is set, else
 * {@code .eml} files in the outbox folder. A refusal with a 5xx reply or a rejected address is
 * permanent; anything else (no connection, a 4xx reply, a time-out) is temporary.
 */
@Component
class MailPostbox implements Postbox {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final JavaMailSender sender;
    private final Path outbox;
    private final String from;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    MailPostbox(ObjectProvider<JavaMailSender> sender, @Value("${parley.outbox-dir:}") String outboxDir,
            @Value("${parley.data-dir:./data}") String dataDir, @Value("${parley.mail-from:}") String from, Clock clock) {
        this.sender = sender.getIfAvailable();
        this.outbox = Path.of(outboxDir == null || outboxDir.isBlank() ? Path.of(dataDir, "outbox").toString() : outboxDir)
                .toAbsolutePath().normalize();
        this.from = from == null || from.isBlank() ? "Parley <parley@localhost>" : from;
        this.clock = clock;
    }

    @Override
    public boolean smtp() {
        return sender != null;
    }

    @Override
    public String outboxFolder() {
        return outbox.toString();
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = sender != null ? sender.createMimeMessage() : new MimeMessage(session);
            MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
            helper.setFrom(InternetAddress.parse(from)[0]);
            helper.setTo(mail.toName() == null ? new InternetAddress(mail.to(), true)
                    : new InternetAddress(mail.to(), mail.toName(), "UTF-8"));
            helper.setSubject(mail.subject());
            if (mail.html() != null) {
                helper.setText(mail.text(), mail.html());
            } else {
                helper.setText(mail.text());
            }
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            message.setSentDate(java.util.Date.from(clock.instant()));
            if (sender != null) {
                sender.send(message);
            } else {
                write(message);
            }
        } catch (MailSendException e) {
            throw new MailFailure("The SMTP server did not take the message: " + e.getMessage(), temporary(e), e);
        } catch (MailAuthenticationException e) {
            throw new MailFailure("The SMTP server refused Parley's credentials: " + e.getMessage(), true, e);
        } catch (MailException e) {
            throw new MailFailure("The message could not be sent: " + e.getMessage(), true, e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailFailure("'" + mail.to() + "' is not an e-mail address a message can be sent to.", false, e);
        } catch (IOException e) {
            throw new MailFailure("The message could not be written to " + outbox + ": " + e.getMessage(), true, e);
        }
    }

    private void write(MimeMessage message) throws IOException, MessagingException {
        Files.createDirectories(outbox);
        message.saveChanges();
        Path file = outbox.resolve(FILE_TIME.format(clock.instant().atZone(clock.getZone())) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
    }

    /** Permanent when the server answered 5xx or rejected the address; temporary otherwise. */
    static boolean temporary(MailSendException e) {
        for (Exception failed : e.getFailedMessages().values()) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                // The SMTP reply ("550 5.1.1 no such user", "451 4.3.0 try again later") leads the message.
                var reply = java.util.regex.Pattern.compile("^\\s*([245])\\d\\d[ -]").matcher(String.valueOf(cause.getMessage()));
                if (cause instanceof MessagingException && reply.find()) {
                    return !reply.group(1).equals("5");
                }
                if (cause instanceof SendFailedException rejected && rejected.getInvalidAddresses() != null
                        && rejected.getInvalidAddresses().length > 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
