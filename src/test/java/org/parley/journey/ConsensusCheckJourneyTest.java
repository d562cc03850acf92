package org.parley.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.support.Api;
import org.parley.support.BrowserJourney;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A subgroup's labor co-lead runs a consensus check from a phone (390 × 844) with six participants:
 * starts it with everyone present, states their own stance, goes round the room recording the others
 * as they speak, sees who has not yet been heard, is told that a block needs a reason, and sees
 * consensus once everyone was heard and nobody blocks.
 */
@ParleyIntegrationTest
class ConsensusCheckJourneyTest extends BrowserJourney {

    @Autowired
    Api api;

    @Autowired
    Accounts accounts;

    @Test
    void aCoLeadRunsAConsensusCheckOnAPhone() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        api.ensureAccounts();
        Map<String, Long> people = new LinkedHashMap<>();
        people.put("Rosa Jimenez", accounts.createOrReset("rosa." + marker, "Rosa Jimenez", Role.LABOR_TEAM, Api.PASSWORD).accountId());
        people.put("Ken Abara", accounts.createOrReset("ken." + marker, "Ken Abara", Role.LABOR_TEAM, Api.PASSWORD).accountId());
        people.put("Dana Kim", accounts.createOrReset("dana." + marker, "Dana Kim", Role.MANAGEMENT_TEAM, Api.PASSWORD).accountId());
        people.put("Priya Nair", accounts.createOrReset("priya." + marker, "Priya Nair", Role.LABOR_TEAM, Api.PASSWORD).accountId());
        people.put("Tom Weiss", accounts.createOrReset("tom." + marker, "Tom Weiss", Role.MANAGEMENT_TEAM, Api.PASSWORD).accountId());
        people.put("Ines Duarte", accounts.createOrReset("ines." + marker, "Ines Duarte", Role.MANAGEMENT_TEAM, Api.PASSWORD).accountId());
        Scenario scenario = new Scenario(api);
        long table = scenario.table(scenario.negotiation("Consensus journey " + marker, "2026-12-31"), "National table");
        Map<String, Object> charter = new LinkedHashMap<>();
        charter.put("name", "Staffing and patient care");
        charter.put("charge", List.of("Staffing committees"));
        charter.put("coLeads", Map.of("LABOR", List.of(people.get("Rosa Jimenez"), people.get("Ken Abara")),
                "MANAGEMENT", List.of(people.get("Dana Kim"))));
        charter.put("members", Map.of("LABOR", List.of(people.get("Priya Nair")),
                "MANAGEMENT", List.of(people.get("Tom Weiss"), people.get("Ines Duarte"))));
        long subgroup = api.post("labor", "/api/tables/" + table + "/subgroups", charter).id();
        long issue = api.post("labor", "/api/subgroups/" + subgroup + "/issues", Map.of("title", "Staffing committees",
                "statement", "Staffing committees lack the data they need")).id();
        long option = api.post("labor", "/api/ibb-issues/" + issue + "/options",
                Map.of("text", "Create toolkits and educational materials to support staffing committees")).id();

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
        page.navigate(api.base() + "/login");
        page.getByLabel("Username").fill("rosa." + marker);
        page.getByLabel("Password").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.navigate(api.base() + "/subgroups/" + subgroup);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staffing committees")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consensus check")).click();
        assertThat(page.getByRole(AriaRole.CHECKBOX)).hasCount(6);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the consensus check")).click();
        assertThat(page.locator("#consensus-result .figure")).hasText("6 not yet heard");
        assertThat(page.locator(".not-yet-heard li")).hasCount(6);

        page.getByLabel("Support", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("State my stance")).click();
        assertThat(page.locator("#consensus-result .figure")).hasText("5 not yet heard");

        record(page, "Ken Abara", "Support", null);
        record(page, "Dana Kim", "Can live with it", null);
        record(page, "Tom Weiss", "Stand aside", null);
        assertThat(page.locator("#consensus-result .figure")).hasText("2 not yet heard");
        assertThat(page.locator(".not-yet-heard li")).hasText(new String[] {"Priya Nair", "Ines Duarte"});

        record(page, "Ines Duarte", "Block", null);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("A block needs a reason");
        assertThat(page.locator(".not-yet-heard li")).hasText(new String[] {"Priya Nair", "Ines Duarte"});

        record(page, "Ines Duarte", "Can live with it", null);
        assertThat(page.locator(".not-yet-heard li")).hasText(new String[] {"Priya Nair"});
        record(page, "Priya Nair", "Support", null);
        assertThat(page.locator("#consensus-result .figure")).hasText("Consensus");
        assertThat(page.locator(".not-yet-heard li")).hasCount(0);

        Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("the page fits a 390 px phone without sideways scrolling").isEqualTo(true);
        assertThat(api.get("labor", "/api/options/" + option + "/consensus").json().get("reached").asBoolean()).isTrue();
    }

    private static void record(Page page, String name, String stance, String reason) {
        Locator row = page.locator("form.stance-row[data-participant='" + name + "']");
        row.getByLabel("Stance", new Locator.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(stance));
        if (reason != null) {
            row.getByLabel("Reason", new Locator.GetByLabelOptions().setExact(true)).fill(reason);
        }
        row.getByRole(AriaRole.BUTTON).click();
        page.waitForLoadState();
    }
}
