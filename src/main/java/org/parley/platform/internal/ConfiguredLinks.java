package org.parley.platform.internal;

import org.parley.platform.Links;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links start with PARLEY_BASE_URL (e.g. {@code https://parley.example.org}); without it,
 * with {@code http://localhost:<port>}, which is right on the machine Parley runs on.
 */
@Component
class ConfiguredLinks implements Links {

    private final String baseUrl;
    private final Environment environment;

    ConfiguredLinks(@Value("${parley.base-url:}") String baseUrl, Environment environment) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        this.environment = environment;
    }

    @Override
    public String absolute(String path) {
        String base = !baseUrl.isEmpty() ? baseUrl
                : "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
