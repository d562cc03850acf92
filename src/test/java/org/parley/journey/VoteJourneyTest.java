package org.parley.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.BrowserJourney;
import org.parley.support.Ballots;
import org.parley.support.MailIntegrationTest;
import org.parley.support.Members;
import org.parley.support.Scenario;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member on a phone votes: signs in with the e-mailed link, opens the vote from the members' page,
 * answers one question per screen, changes an answer on the confirmation screen, casts, and keeps the
 * tracker; once the committee closes the vote, the member finds the tracker on the board and reads
 * the result.
 */
@MailIntegrationTest
class VoteJourneyTest extends BrowserJourney {

    @Autowired
    Api api;

    @Test
    void aMemberSignedInByLinkVotesOneQuestionPerScreenAndFindsTheTrackerOnTheBoardAfterTheClose() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        String email = "ana-" + m + "@example.org";
        long negotiation = new Scenario(api).negotiation("Journey vote " + m, "2026-12-31");
        new Members(api).importRoster("labor", negotiation, "member_id,name,email\nV1,Ana Silva," + email
                + "\nV2,Ben Ode,ben-" + m + "@example.org\nV3,Cy Lee,cy-" + m + "@example.org\n", false);
        Map<String, Object> body = Ballots.yesNo(negotiation, "Strike vote " + m, "TWO_THIRDS_OF_VOTES_CAST");
        body.put("questions", List.of(Map.of("text", "Do you authorize a strike?", "choices", List.of("Yes", "No")),
                Map.of("text", "Which day should a strike start?", "choices", List.of("Monday", "Wednesday"))));
        Ballots ballots = new Ballots(api);
        long vote = ballots.openVote(body);
        Map<String, String> keys = ballots.keys(vote);
        ballots.castWithKey(vote, keys.get("V2"), "Yes", "Monday");
        ballots.castWithKey(vote, keys.get("V3"), "No", "Monday");

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
        page.navigate(api.base() + "/member/sign-in");
        page.getByLabel("Your e-mail address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a sign-in link")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMail.to(email).isEmpty());
        page.navigate(TestMail.link(TestMail.to(email).get(0), "/member/sign-in/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Your contract campaign");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Strike authorization: Strike vote " + m)).click();
        assertThat(page.locator(".fingerprint").first()).hasText(api.get("committee", "/api/votes/" + vote).json()
                .get("electorateFingerprint").asString());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vote now")).click();

        assertThat(page.locator(".step")).hasText("Question 1 of 2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(page.locator(".step")).hasText("Question 1 of 2"); // the browser asks for an answer first
        page.getByLabel("No").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(page.locator(".step")).hasText("Question 2 of 2");
        assertThat(page.locator("legend")).hasText("Which day should a strike start?");
        page.getByLabel("Wednesday").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();

        assertThat(page.locator("h1")).hasText("Check your ballot");
        assertThat(page.locator(".your-answer")).containsText(new String[] {"No", "Wednesday"});
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change your answer to: Do you authorize a strike?")).click();
        assertThat(page.getByLabel("No")).isChecked();
        page.getByLabel("Yes").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(page.getByLabel("Wednesday")).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(page.locator(".your-answer")).containsText(new String[] {"Yes", "Wednesday"});
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cast my ballot")).click();

        assertThat(page.locator("h1")).hasText("Your ballot is cast");
        String tracker = page.locator(".tracker").textContent().strip();
        assertThat(tracker).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the vote")).click();
        assertThat(page.locator(".voted")).containsText("You have voted");
        assertThat(page.locator(".result")).hasCount(0);

        ballots.close(vote);
        page.reload();
        assertThat(page.locator(".outcome")).hasText("Passed");
        assertThat(page.locator(".result table").first()).containsText("Yes");
        assertThat(page.locator(".result .card").first()).containsText("100.0%");
        page.getByLabel("Your ballot tracker").fill(tracker);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find it")).click();
        assertThat(page.locator(".tracker-found")).hasText("Tracker " + tracker + " is on the board: that ballot was counted.");
        page.close();

        Page anonymous = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844));
        anonymous.navigate(api.base() + "/votes/" + vote + "/key/tracker");
        anonymous.getByLabel("Your ballot tracker").fill(tracker.toLowerCase());
        anonymous.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check it")).click();
        assertThat(anonymous.getByRole(AriaRole.STATUS)).containsText("is on the board");
        anonymous.close();
    }
}
