package org.parley.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.BrowserJourney;
import org.parley.support.Scenario;
import org.parley.support.TestDatabase;
import org.parley.support.TestParley;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * The README's screenshots, at phone size on the demo: the dashboard, the session console with a
 * running clock, the member's home with an open vote, and the ballot. Regenerate them with
 * {@code ./parley screenshots} (this test with -Dparley.screenshots=true); they land in docs/screenshots/.
 */
@EnabledIfSystemProperty(named = "parley.screenshots", matches = "true")
@ExtendWith(TestDatabase.Availability.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.demo.enabled=true", "parley.demo.password=every-page-test", "parley.today=",
                "logging.level.org.parley=WARN"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestParley.class)
class ScreenshotsTest extends BrowserJourney {

    private static final Path FOLDER = Path.of("docs", "screenshots");

    @Autowired
    Api api;

    @Autowired
    Clock clock;

    @Test
    void phoneScreenshotsOfTheDashboardTheConsoleTheMembersHomeAndTheBallot() {
        api.ensureAccounts();
        JsonNode negotiation = api.get("labor", "/api/negotiations").json().get(0);
        long negotiationId = negotiation.get("id").asLong();
        ZoneId zone = ZoneId.of(negotiation.get("timeZone").asString());
        long localTable = 0;
        for (JsonNode table : api.get("labor", "/api/negotiations/" + negotiationId + "/tables").json()) {
            if ("LOCAL".equals(table.get("kind").asString())) {
                localTable = table.get("id").asLong();
            }
        }
        long today = new Scenario(api).session(localTable, LocalDate.now(clock.withZone(zone)).toString(), "PLANNED");

        Map<String, Object> strike = Ballots.yesNo(negotiationId, "Strike authorization, second call", "TWO_THIRDS_OF_VOTES_CAST");
        strike.put("opensAt", clock.instant().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        strike.put("closesAt", clock.instant().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        long vote = new Ballots(api).openVote(strike);

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            PageInspector.signIn(page, api, "labor");
            page.navigate(api.base() + "/negotiations/" + negotiationId);
            shoot(page, "dashboard");
            page.navigate(api.base() + "/sessions/" + today);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("At the table").setExact(true)).click();
            assertThat(page.locator(".clock .kind")).hasText("At the table");
            page.waitForTimeout(1100); // intervals are whole seconds apart
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Labor caucus")).click();
            assertThat(page.locator(".clock .kind")).hasText("Labor caucus");
            page.waitForTimeout(1500); // the clock has ticked
            shoot(page, "console");
        }
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            PageInspector.signIn(page, api, "member");
            page.navigate(api.base() + "/member");
            shoot(page, "member-home");
            page.navigate(api.base() + "/votes/" + vote + "/ballot");
            shoot(page, "ballot");
        }
    }

    private BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(PageInspector.PHONE_WIDTH, PageInspector.PHONE_HEIGHT).setDeviceScaleFactor(2));
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(FOLDER.resolve(name + ".png")));
    }
}
