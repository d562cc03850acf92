package org.parley.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.parley.platform.Postbox;
import org.parley.platform.RealTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The "mail" component of {@code /actuator/health}, shown to administrators. An unreachable SMTP server is
 * reported as {@link #UNREACHABLE}, a status outside the aggregation order, so that it never changes the
 * instance's overall status nor its readiness: mail waits in the database queue and is retried, and a
 * load balancer must not take every instance out of service because the mail server is down. The SMTP
 * server is asked at most once per {@code parley.health.mail-recheck} (30 seconds), not on every health call.
 */
@Component("mailHealthIndicator")
class MailHealth implements HealthIndicator {

    static final Status UNREACHABLE = new Status("UNREACHABLE", "The SMTP server does not answer; e-mail waits in the queue");

    private final JavaMailSender sender;
    private final Postbox postbox;
    private final Clock clock;
    private final Duration recheck;
    private Health last;
    private Instant checkedAt = Instant.MIN;

    MailHealth(ObjectProvider<JavaMailSender> sender, Postbox postbox, @RealTime Clock clock,
            @Value("${parley.health.mail-recheck:PT30S}") Duration recheck) {
        this.recheck = recheck;
        this.sender = sender.getIfAvailable();
        this.postbox = postbox;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(recheck))) {
            last = check();
            checkedAt = now;
        }
        return last;
    }

    private Health check() {
        if (!postbox.smtp()) {
            return Health.up().withDetail("outbox", postbox.outboxFolder()).build();
        }
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            return Health.unknown().withDetail("sender", sender.getClass().getSimpleName()).build();
        }
        String server = smtp.getHost() + ":" + smtp.getPort();
        try {
            smtp.testConnection();
            return Health.up().withDetail("server", server).build();
        } catch (Exception e) {
            return Health.status(UNREACHABLE).withDetail("server", server).withDetail("error", e.getMessage()).build();
        }
    }
}
