package org.parley.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.BrowserJourney;
import org.parley.support.MailIntegrationTest;
import org.parley.support.Members;
import org.parley.support.Scenario;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member on a phone: signs in with the link from the e-mail, RSVPs to a town hall, takes an
 * observer seat, signs a pledge and sees it signed (with a way to withdraw, not to sign again); the team publishes an update and
 * the member reads it.
 */
@MailIntegrationTest
class MemberJourneyTest extends BrowserJourney {

    @Autowired
    Api api;

    @Test
    void aMemberSignsInByLinkRsvpsObservesSignsOnceAndReadsTheUpdate() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        String email = "kim-" + m + "@example.org";
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation("Journey members " + m, "2026-12-31");
        long table = scenario.table(negotiation, "Journey table");
        String inTwoDays = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(2).toString();
        long session = scenario.session(table, inTwoDays, "PLANNED");
        api.patch("labor", "/api/sessions/" + session, Map.of("observerSeats", 2));
        new Members(api).importRoster("labor", negotiation, "member_id,name,email\nK1,Kim Park," + email + "\n", false);
        api.post("labor", "/api/events", Map.of("negotiationId", negotiation, "kind", "TOWN_HALL", "title", "Town hall " + m,
                "startsAt", inTwoDays + "T18:00", "timeZone", "America/Los_Angeles", "virtualLink", "https://meet.example.org/x",
                "passcode", "RED" + m, "audience", "MEMBERS"));
        api.post("labor", "/api/petitions", Map.of("negotiationId", negotiation, "title", "Strike pledge " + m,
                "text", "I pledge to strike if called.", "goal", 10, "audience", "MEMBERS", "kind", "PLEDGE"));

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
        page.navigate(api.base() + "/member/sign-in");
        page.getByLabel("Your e-mail address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a sign-in link")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("sign-in link is on its way");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMail.to(email).isEmpty());
        page.navigate(TestMail.link(TestMail.to(email).get(0), "/member/sign-in/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Your contract campaign");
        assertThat(page.locator(".site-nav .who")).containsText("Kim Park");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Town hall: Town hall " + m)).click();
        assertThat(page.locator(".passcode")).containsText("RED" + m);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I will come")).click();
        assertThat(page.locator(".rsvp-status")).hasText("You said you will come.");
        assertThat(api.get("labor", "/api/events/" + page.url().replaceAll(".*/events/", "") + "/rsvps").json()
                .get("going").asInt()).isEqualTo(1);

        page.navigate(api.base() + "/member");
        assertThat(page.locator("#session-" + session + " strong")).containsText("Journey table: ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take a seat")).click();
        assertThat(page.locator(".observer-status")).hasText("You have a seat.");
        assertThat(api.get("labor", "/api/sessions/" + session + "/observers").json().get(0).get("status").asString()).isEqualTo("SEATED");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Strike pledge " + m)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign").setExact(true)).click();
        assertThat(page.locator(".signature-count")).hasText("1");
        assertThat(page.locator(".signed")).containsText("Signed ✓");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign").setExact(true))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw my signature"))).isVisible();

        long update = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Day six " + m,
                "markdown", "Today marks the **sixth** day at the table.", "audience", "MEMBERS")).id();
        api.post("labor", "/api/updates/" + update + "/publish", null);
        page.navigate(api.base() + "/member");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Day six " + m)).click();
        assertThat(page.locator("article strong")).hasText("sixth");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes")).click();
        assertThat(api.get("labor", "/api/updates/" + update + "/feedback").json().get("yes").asInt()).isEqualTo(1);
        page.close();
    }
}
