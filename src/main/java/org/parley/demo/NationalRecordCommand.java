package org.parley.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.parley.demo.internal.NationalRecord;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./parley national-record [--members N] [--url JDBC_URL]}: writes a national-size record (README,
 * "A national-size record") into the database Parley is configured with ({@code ./data}, or
 * {@code PARLEY_DB_URL}), or the one {@code --url} names, and exits (the web context starts on a free port, serving nobody: the security configuration needs it).
 */
public final class NationalRecordCommand {

    private NationalRecordCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        // command-line properties: they win over the environment's PARLEY_* settings that application.yml reads
        List<String> properties = new ArrayList<>(List.of("--parley.demo.enabled=false", "--logging.level.org.parley=WARN",
                // the pages' security needs the servlet context; a port of its own keeps it off a running Parley's
                "--server.port=0"));
        int members = NationalRecord.Size.NATIONAL.members();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--members" -> members = Integer.parseInt(value(args, ++i, "--members"));
                case "--url" -> {
                    String url = value(args, ++i, "--url");
                    properties.add("--spring.datasource.url=" + url);
                    properties.add("--parley.db-url=" + url);
                }
                default -> {
                    out.println("usage: ./parley national-record [--members N] [--url JDBC_URL]   (unknown argument " + args[i] + ")");
                    return 2;
                }
            }
        }
        SpringApplication spring = new SpringApplication(application);
        try (ConfigurableApplicationContext context = spring.run(properties.toArray(String[]::new))) {
            return context.getBean(NationalRecord.class).run(members, out);
        }
    }

    private static String value(String[] args, int index, String name) {
        if (index >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[index];
    }
}
