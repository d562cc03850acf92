package org.parley.platform.internal;

import org.parley.platform.ParleySettings;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where Parley answers once it is ready: the first thing a person starting it looks for. */
@Component
class StartupBanner {

    private final Environment environment;
    private final ParleySettings settings;

    StartupBanner(Environment environment, ParleySettings settings) {
        this.environment = environment;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return;
        }
        System.out.println();
        System.out.println("  Parley is ready: http://localhost:" + port + "/");
        System.out.println("  Database: " + (settings.embeddedDatabase() ? "embedded H2 in " + settings.dataDir() : "PostgreSQL (PARLEY_DB_URL)"));
        System.out.println();
    }
}
