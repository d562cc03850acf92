package org.parley.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.ParleyApplication;
import org.parley.account.Accounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Parley instances, as behind a load balancer: two application contexts on random ports, sharing one fresh
 * PostgreSQL database (made by {@link TestDatabase}) and the {@link TestMail} GreenMail SMTP server.
 * {@code TwoInstances both = TwoInstances.start();} then {@code both.a()} and {@code both.b()}; close it after.
 * The first instance migrates the database before the second starts, as a rolling deployment does.
 */
public final class TwoInstances implements AutoCloseable {

    /** One running instance: its context and an {@link Api} that drives it over HTTP. */
    public record Instance(String name, ConfigurableApplicationContext context, Api api) {

        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        public JdbcClient jdbc() {
            return bean(JdbcClient.class);
        }

        @Override
        public String toString() {
            return name + " at " + api.base();
        }
    }

    private final Instance a;
    private final Instance b;

    private TwoInstances(Instance a, Instance b) {
        this.a = a;
        this.b = b;
    }

    /** Starts both instances on a new PostgreSQL database; the test accounts of {@link Api} exist. */
    public static TwoInstances start() {
        String url = TestDatabase.createPostgresDatabase();
        int smtp = TestMail.server().getSmtp().getPort();
        Instance a = run("A", url, smtp);
        try {
            a.api().ensureAccounts();
            return new TwoInstances(a, run("B", url, smtp));
        } catch (RuntimeException e) {
            a.context().close();
            throw e;
        }
    }

    private static Instance run(String name, String url, int smtp) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("parley-instance-" + name);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        // The same settings as ParleyIntegrationTest, TestDatabase and TestMail, for two processes' worth of contexts.
        Map<String, String> settings = Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("spring.datasource.url", url),
                Map.entry("spring.datasource.username", TestDatabase.POSTGRES_USER),
                Map.entry("spring.datasource.password", TestDatabase.POSTGRES_PASSWORD),
                Map.entry("parley.db-url", url),
                Map.entry("parley.data-dir", dataDir.toString()),
                Map.entry("parley.demo.enabled", "false"),
                Map.entry("parley.today", ""),
                Map.entry("spring.mail.host", "127.0.0.1"),
                Map.entry("spring.mail.port", String.valueOf(smtp)),
                Map.entry("parley.delivery.retry-after", "PT0.3S"),
                Map.entry("parley.delivery.poll", "PT0.2S"),
                // Small batches, so that both instances' workers take turns at a queue of a few hundred messages.
                Map.entry("parley.delivery.batch-size", "25"),
                Map.entry("logging.level.org.parley", "WARN"),
                // The tests' HTTP client plays a trusted reverse proxy: X-Forwarded-For names the client.
                Map.entry("server.tomcat.remoteip.internal-proxies", "127[.]0[.]0[.]1|0:0:0:0:0:0:0:1"));
        // As command-line arguments: they outrank application.yml (default properties would not).
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ParleyApplication.class).run(arguments);
        return new Instance(name, context, new Api(context.getEnvironment(), context.getBean(Accounts.class)));
    }

    public Instance a() {
        return a;
    }

    public Instance b() {
        return b;
    }

    public List<Instance> both() {
        return List.of(a, b);
    }

    /** The instance a round-robin balancer sends the {@code i}-th request to: A, B, A, B… */
    public Instance roundRobin(int i) {
        return i % 2 == 0 ? a : b;
    }

    /** Runs all calls at once (a latch releases them together) and returns their results in order. */
    public static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    @Override
    public void close() {
        try {
            b.context().close();
        } finally {
            a.context().close();
        }
    }
}
