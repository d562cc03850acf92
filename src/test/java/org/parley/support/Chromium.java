package org.parley.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright; never a browser Playwright downloads. Tests using it skip
 * with a message where /usr/bin/chromium is missing, unless PARLEY_TEST_BROWSER=required.
 */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public static class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(EXECUTABLE)) {
                return ConditionEvaluationResult.enabled("Chromium at " + EXECUTABLE);
            }
            if ("required".equalsIgnoreCase(System.getenv("PARLEY_TEST_BROWSER"))) {
                throw new IllegalStateException("PARLEY_TEST_BROWSER=required but there is no Chromium at " + EXECUTABLE);
            }
            System.err.println("No Chromium at " + EXECUTABLE + ": the browser journey is SKIPPED (apt-get install chromium).");
            return ConditionEvaluationResult.disabled("No Chromium at " + EXECUTABLE + "; skipped");
        }
    }
}
