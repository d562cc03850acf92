package org.parley.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real bargaining documents in ../shared/corpus (never copied into this repository). Tests
 * that read them skip with a message where the folder is absent, unless PARLEY_TEST_CORPUS=required.
 */
public final class SharedCorpus {

    public static final Path ROOT = Path.of(System.getenv().getOrDefault("PARLEY_SHARED", "../shared"), "corpus");

    private SharedCorpus() {
    }

    public static Path file(String relative) {
        Path file = ROOT.resolve(relative);
        if (!Files.isReadable(file)) {
            if ("required".equalsIgnoreCase(System.getenv("PARLEY_TEST_CORPUS"))) {
                throw new IllegalStateException("PARLEY_TEST_CORPUS=required but " + file.toAbsolutePath() + " is missing");
            }
            System.err.println(file.toAbsolutePath() + " is missing: this corpus test is SKIPPED.");
            assumeTrue(false, "the shared corpus is absent (" + file.toAbsolutePath() + ")");
        }
        return file;
    }
}
