package org.parley.platform;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings read from the environment (README, "Settings"). Kept in one record so that a
 * newcomer finds every knob in one place.
 *
 * @param dataDir where the embedded H2 database lives (PARLEY_DATA_DIR)
 * @param dbUrl   a PostgreSQL JDBC URL (PARLEY_DB_URL); blank means the embedded database
 * @param today   pins "today" for figures and clocks (PARLEY_TODAY); blank means the real date
 * @param demo    the demo negotiation
 */
@ConfigurationProperties("parley")
public record ParleySettings(String dataDir, String dbUrl, LocalDate today, Demo demo) {

    /**
     * @param enabled  "true", "false" or blank; blank means on for the embedded database only
     * @param password the demo accounts' password (PARLEY_DEMO_PASSWORD); blank means generate one
     * @param today    the day the demo pins "today" to when PARLEY_TODAY is not set
     */
    public record Demo(String enabled, String password, LocalDate today) {
    }

    public boolean embeddedDatabase() {
        return dbUrl == null || dbUrl.isBlank() || dbUrl.startsWith("jdbc:h2:");
    }

    public boolean demoEnabled() {
        String flag = demo == null ? null : demo.enabled();
        if (flag == null || flag.isBlank() || flag.equalsIgnoreCase("auto")) {
            return embeddedDatabase();
        }
        return Boolean.parseBoolean(flag.strip());
    }

    /** The date "today" is pinned to, or null for the real date. */
    public LocalDate pinnedToday() {
        if (today != null) {
            return today;
        }
        return demoEnabled() && demo != null ? demo.today() : null;
    }
}
