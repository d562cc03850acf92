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

    /** Converts several files in one LibreOffice run (starting it is the slow part), returning the converted files in order. */
    public static List<Path> convertAll(List<Path> inputs, String format, String extension) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("parley-lo-out");
        Path profile = Files.createTempDirectory("parley-lo-profile");
        List<String> command = new java.util.ArrayList<>(List.of(EXECUTABLE.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", format, "--outdir", out.toString()));
        inputs.forEach(input -> command.add(input.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish converting " + inputs);
        }
        List<Path> converted = new java.util.ArrayList<>();
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            Path file = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
            if (!Files.exists(file)) {
                throw new IllegalStateException("LibreOffice could not convert " + input + ": " + output);
            }
            converted.add(file);
        }
        return converted;
    }

    /** LibreOffice with Calc, to recalculate the workbooks Parley writes. */
    public static class CalcAvailable implements ExecutionCondition {

        static final Path CALC = Path.of("/usr/lib/libreoffice/program/libsclo.so");

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(EXECUTABLE) && Files.exists(CALC)) {
                return ConditionEvaluationResult.enabled("LibreOffice Calc at " + EXECUTABLE);
            }
            if ("required".equalsIgnoreCase(System.getenv("PARLEY_TEST_LIBREOFFICE"))) {
                throw new IllegalStateException("PARLEY_TEST_LIBREOFFICE=required but there is no LibreOffice Calc (" + CALC + ")");
            }
            System.err.println("No LibreOffice Calc (" + CALC + "): the workbook recalculation test is SKIPPED "
                    + "(apt-get install libreoffice-calc-nogui).");
            return ConditionEvaluationResult.disabled("No LibreOffice Calc; skipped");
        }
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
