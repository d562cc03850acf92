package org.parley.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application over real HTTP, on the database the build selects:
 * H2 by default, PostgreSQL when the system property {@code parley.test.database=postgresql}
 * is set (the build's second test run does that). All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(TestDatabase.Availability.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.demo.enabled=false", "parley.today=", "logging.level.org.parley=WARN",
                "parley.outbox-dir=target/test-outbox", "parley.delivery.poll=PT0.2S",
                "parley.metrics-token=" + ParleyIntegrationTest.METRICS_TOKEN,
                // The tests' HTTP client plays a trusted reverse proxy: X-Forwarded-For names the client.
                "server.tomcat.remoteip.internal-proxies=127[.]0[.]0[.]1|0:0:0:0:0:0:0:1"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestParley.class)
public @interface ParleyIntegrationTest {

    /** The Prometheus scraper's bearer token (PARLEY_METRICS_TOKEN) in these tests. */
    String METRICS_TOKEN = "test-metrics-scraper-token";
}
