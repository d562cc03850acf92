package org.parley.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.BrowserJourney;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A bargaining day in a real browser: the labor note-taker signs in, runs the session from the
 * console (table → management caucus → table), records management's counter, signs the TA, and
 * sees the dashboard's figures change.
 */
@ParleyIntegrationTest
class BargainingDayJourneyTest extends BrowserJourney {

    @Autowired
    Api api;

    @Test
    void laborRunsABargainingDayFromThePhone() {
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation("Journey", "2026-12-31");
        long table = scenario.table(negotiation, "Journey table");
        String today = LocalDate.now(ZoneId.of("America/Los_Angeles")).toString();
        long session = scenario.session(table, today, "PLANNED");
        long thread = scenario.thread(table, "Shift differentials");
        scenario.version(thread, "LABOR", session, "Night shift differential of $4.00 per hour.");
        api.ensureAccounts();

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
        page.navigate(api.base() + "/login");
        page.getByLabel("Username").fill("labor");
        page.getByLabel("Password").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.navigate(api.base() + "/negotiations/" + negotiation);
        assertThat(page.locator(".day-count .figure")).hasText("0");
        assertThat(page.locator(".ta-count .figure")).hasText("0");
        assertThat(page.locator(".proposal-count .figure")).hasText("1 : 0");

        page.navigate(api.base() + "/sessions/" + session);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as held"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("At the table").setExact(true)).click();
        assertThat(page.locator(".clock .kind")).hasText("At the table");
        // the first interval marked the session held; a day that has started is not cancelled from here
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as held"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel session"))).hasCount(0);
        // A button below the fold (Break) keeps the clock in view, not the notes form further down
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Break")).scrollIntoViewIfNeeded();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Break")).click();
        assertThat(page.locator(".clock .kind")).hasText("Break");
        assertThat(page.locator(".clock")).isInViewport();
        page.waitForTimeout(1100);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Management caucus")).click();
        assertThat(page.locator(".clock .kind")).hasText("Management caucus");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Management caucus")))
                .hasAttribute("aria-pressed", "true");
        page.waitForTimeout(1100);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("At the table").setExact(true)).click();
        assertThat(page.locator(".clock .kind")).hasText("At the table");
        assertThat(page.locator("#ledger + ol li")).hasCount(4);
        assertThat(page.locator("#session-status")).hasText("Held");

        page.navigate(api.base() + "/threads/" + thread);
        page.getByLabel("Management", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Language").fill("Night shift differential of $3.25 per hour.");
        page.getByLabel("Summary").fill("Management counter: $3.25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record counter")).click();
        assertThat(page.locator(".versions > li")).hasCount(2);
        assertThat(page.locator(".versions > li").nth(1)).containsText("Counter to L-1");

        page.getByLabel("Labor's initials").fill("LL");
        page.getByLabel("Management's initials").fill("MM");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign TA")).click();
        assertThat(page.locator("#thread-status")).hasText("Tentatively agreed");

        page.navigate(api.base() + "/negotiations/" + negotiation);
        assertThat(page.locator(".day-count .figure")).hasText("1");
        assertThat(page.locator(".ta-count .figure")).hasText("1");
        assertThat(page.locator(".proposal-count .figure")).hasText("1 : 1");
        assertThat(page.locator(".line-chart svg polyline").first()).isVisible();

        var figures = api.get("labor", "/api/tables/" + table + "/figures").json();
        assertThat(figures.get("tentativeAgreements").get("standing").asInt()).isEqualTo(1);
        assertThat(figures.get("daysSinceLastTentativeAgreement").asInt()).isZero();
        assertThat(api.get("labor", "/api/sessions/" + session + "/ledger").json().get("intervals").size()).isEqualTo(4);
        assertThat(api.get("labor", "/api/threads/" + thread).json().get("tentativeAgreements").get(0).get("laborInitials").asString())
                .isEqualTo("LL");
        page.close();
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTyped() {
        Scenario scenario = new Scenario(api);
        long table = scenario.freshTable("Refusals");
        scenario.session(table, "2026-01-12", "HELD");
        api.ensureAccounts();
        Page page = browser.newPage();
        page.navigate(api.base() + "/login");
        page.getByLabel("Username").fill("labor");
        page.getByLabel("Password").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.navigate(api.base() + "/tables/" + table + "/status-sheet");
        page.getByLabel("Subject", new Page.GetByLabelOptions().setExact(true)).fill("Tuition");
        page.getByLabel("Language").fill("   ");
        page.locator("#language").evaluate("e => e.removeAttribute('required')");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record proposal")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("language (or the changes to the agreement) is required");
        assertThat(page.getByLabel("Subject", new Page.GetByLabelOptions().setExact(true))).hasValue("Tuition");
        assertThat(api.get("labor", "/api/tables/" + table + "/threads").json().size()).isZero();
        page.close();
    }

}
