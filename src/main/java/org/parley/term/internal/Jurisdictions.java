package org.parley.term.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.platform.ParleyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jurisdictions whose rules are known: every {@code legal-clock/*.json} on the classpath, and
 * every {@code *.json} in the folder {@code parley.legal-clock.rules-dir} (PARLEY_LEGAL_CLOCK_RULES_DIR),
 * which may add a jurisdiction or replace a shipped one without a new release. Read once at start;
 * a file that does not parse stops the start with its name, rather than computing from half a rule.
 */
@Component
class Jurisdictions {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final Map<String, Jurisdiction> byCode = new TreeMap<>();

    Jurisdictions(@Value("${parley.legal-clock.rules-dir:}") String rulesDir) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:legal-clock/*.json")) {
            try (InputStream in = resource.getInputStream()) {
                add(read(in, resource.getFilename()));
            }
        }
        if (rulesDir != null && !rulesDir.isBlank() && Files.isDirectory(Path.of(rulesDir))) {
            try (var files = Files.list(Path.of(rulesDir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        add(read(in, file.toString()));
                    }
                }
            }
        }
    }

    static Jurisdiction read(InputStream in, String name) {
        try {
            Jurisdiction jurisdiction = JSON.readValue(in, Jurisdiction.class);
            if (jurisdiction.code() == null || jurisdiction.rules() == null || jurisdiction.notices() == null) {
                throw new IllegalStateException("The legal clock rules in " + name + " need a code, notices and rules");
            }
            for (Jurisdiction.Rule rule : jurisdiction.rules()) {
                if (rule.type() == null || rule.kind() == null || rule.basis() == null) {
                    throw new IllegalStateException("Rule " + rule.id() + " in " + name + " needs a type, a kind and a basis");
                }
            }
            return jurisdiction;
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalStateException("The legal clock rules in " + name + " do not parse: " + e.getOriginalMessage(), e);
        }
    }

    private void add(Jurisdiction jurisdiction) {
        byCode.put(jurisdiction.code(), jurisdiction);
    }

    boolean knows(String code) {
        return code != null && byCode.containsKey(code);
    }

    Optional<Jurisdiction> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    Jurisdiction get(String code) {
        return find(code).orElseThrow(() -> ParleyException.conflict("There are no legal clock rules for the jurisdiction '" + code
                + "'. Add them as legal-clock/" + code + ".json (see docs/ARCHITECTURE.md)."));
    }

    java.util.Collection<Jurisdiction> all() {
        return byCode.values();
    }
}
