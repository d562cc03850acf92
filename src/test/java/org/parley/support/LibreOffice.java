package org.parley.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's headless LibreOffice, to open the documents Parley writes the way a real word processor
 * does. Tests using it skip with a message where it is missing, unless PARLEY_TEST_LIBREOFFICE=required.
 */
public final class LibreOffice {

    public static final Path EXECUTABLE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    /** Converts a file with "soffice --headless --convert-to", returning the converted file. */
    public static Path convert(Path input, String format, String extension) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("parley-lo-out");
        Path profile = Files.createTempDirectory("parley-lo-profile");
        Process process = new ProcessBuilder(List.of(EXECUTABLE.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", format, "--outdir", out.toString(), input.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish converting " + input);
        }
        String name = input.getFileName().toString();
        Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
        if (!Files.exists(converted)) {
            throw new IllegalStateException("LibreOffice could not convert " + input + ": " + output);
        }
        return converted;
    }

    public static class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(EXECUTABLE)) {
                return ConditionEvaluationResult.enabled("LibreOffice at " + EXECUTABLE);
            }
            if ("required".equalsIgnoreCase(System.getenv("PARLEY_TEST_LIBREOFFICE"))) {
                throw new IllegalStateException("PARLEY_TEST_LIBREOFFICE=required but there is no LibreOffice at " + EXECUTABLE);
            }
            System.err.println("No LibreOffice at " + EXECUTABLE + ": the document test is SKIPPED (apt-get install libreoffice-writer-nogui).");
            return ConditionEvaluationResult.disabled("No LibreOffice; skipped");
        }
    }
}
