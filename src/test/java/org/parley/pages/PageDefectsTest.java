package org.parley.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.MemberLinks;
import org.parley.support.MailIntegrationTest;
import org.parley.support.Members;
import org.parley.support.Scenario;
import org.parley.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

/** The page defects of issue 14, each seen from the outside as a browser and a mail reader see it. */
@MailIntegrationTest
class PageDefectsTest {

    @Autowired
    Api api;

    private final String m = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anErrorPageShowsItsTitleNotTemplateCode() {
        var page = api.signIn("labor").get("/negotiations/987654321");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("th:").doesNotContain("${")
                .containsPattern("<title>[^<]+ · Parley</title>").containsPattern("<h1>[^<]+</h1>");
    }

    @Test
    void theUpdateEditorHoldsTheTitleAndSavingKeepsTheNewOne() {
        long negotiation = new Scenario(api).negotiation("Editor " + m, "2026-12-31");
        long update = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Day one " + m,
                "markdown", "Text.", "audience", "MEMBERS")).id();
        Api.Pages labor = api.signIn("labor");
        String editor = labor.get("/updates/" + update).body();
        assertThat(editor).contains("value=\"Day one " + m + "\"").doesNotContain("th:").doesNotContain("${");
        var saved = labor.submit("/updates/" + update, Map.of("title", "Day two " + m, "markdown", "Text.", "audience", "MEMBERS",
                "action", "save"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(labor.get("/updates/" + update).body()).contains("value=\"Day two " + m + "\"");
        assertThat(api.get("labor", "/api/updates/" + update).json().get("title").asString()).isEqualTo("Day two " + m);
    }

    @Test
    void aSignedOutMemberLandsOnTheMemberSignInAndComesBackToThePageAskedFor() throws Exception {
        long negotiation = new Scenario(api).negotiation("Come back " + m, "2026-12-31");
        String email = "back-" + m + "@example.org";
        new Members(api).importRoster("labor", negotiation, "member_id,name,email\nB1,Bea Back," + email + "\n", false);
        long update = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Read online " + m,
                "markdown", "Text.", "audience", "MEMBERS")).id();
        api.post("labor", "/api/updates/" + update + "/publish", null);

        Api.Pages browser = api.anonymous();
        for (String memberPage : new String[] {"/member", "/updates/" + update, "/events/1", "/petitions/1", "/votes/1"}) {
            assertThat(browser.get(memberPage).header("Location")).as(memberPage).contains("/member/sign-in");
        }
        assertThat(browser.get("/negotiations").header("Location")).as("the team's pages keep the password form").endsWith("/login");

        String asked = browser.get("/updates/" + update).header("Location");
        assertThat(asked).endsWith("/member/sign-in?next=%2Fupdates%2F" + update);
        String form = browser.get(asked.substring(asked.indexOf("/member"))).body();
        assertThat(form).contains("name=\"next\" value=\"/updates/" + update + "\"");
        browser.submit("/member/sign-in", Map.of("email", email, "next", "/updates/" + update));
        await().atMost(Duration.ofSeconds(10)).until(() -> signInMail(email) != null);
        String link = signInLink(signInMail(email));
        assertThat(URLDecoder.decode(link, StandardCharsets.UTF_8)).endsWith("?next=/updates/" + update);

        String path = link.substring(link.indexOf("/member/sign-in/"));
        String confirm = browser.get(path).body();
        String token = path.substring("/member/sign-in/".length(), path.indexOf('?'));
        assertThat(confirm).contains("name=\"next\" value=\"/updates/" + update + "\"");
        var signedIn = browser.submit("/member/sign-in/" + token, Map.of("next", "/updates/" + update));
        assertThat(signedIn.header("Location")).endsWith("/updates/" + update);
        assertThat(browser.get("/updates/" + update).body()).contains("Read online " + m);
    }

    @Test
    void theNextPageIsOnlyEverALocalPath() {
        for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"}) {
            String form = api.anonymous().get("/member/sign-in?next=" + java.net.URLEncoder.encode(elsewhere, StandardCharsets.UTF_8)).body();
            assertThat(form).as(elsewhere).doesNotContain("name=\"next\"");
        }
        assertThat(org.parley.platform.LocalPath.of("/updates/5?x=1")).contains("/updates/5?x=1");
        assertThat(org.parley.platform.LocalPath.of("/\tevil")).isEmpty();
    }

    @Test
    void aMemberWhoHasVotedIsToldBeforeTheFirstQuestion() {
        Ballots ballots = new Ballots(api);
        long negotiation = ballots.negotiationWithRoster("Voted " + m, 2);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Once " + m, "MAJORITY_OF_VOTES_CAST"));
        String page = "/votes/" + vote;
        // A ballot needs a sign-in by link to the elector's frozen address, never a password Parley set.
        Api.Pages member = new MemberLinks(api).browser(Ballots.m1(negotiation));
        member.get(page + "/ballot");
        member.submit(page + "/ballot", Map.of("at", "0", "go", "next", "a0", "Yes"));
        assertThat(member.submit(page + "/ballot", Map.of("at", "1", "go", "cast", "a0", "Yes")).body()).contains("Your ballot is cast");

        var again = member.get(page + "/ballot");
        assertThat(again.status()).as("no second walk through the ballot").isEqualTo(302);
        assertThat(again.header("Location")).endsWith(page);
        assertThat(member.get(page).body()).contains("You have already voted in this vote");
    }

    @Test
    void anUpdateEmailsTextPartIsReadableTextWithoutMarkdownSigns() throws Exception {
        long negotiation = new Scenario(api).negotiation("Plain text " + m, "2026-12-31");
        String email = "plain-" + m + "@example.org";
        new Members(api).importRoster("labor", negotiation, "member_id,name,email\nP1,Pat Plain," + email + "\n", false);
        long update = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Day six " + m,
                "markdown", "### Where we stand\n\nToday marks the **sixth** day at the table.\n\n- one TA\n- two counters\n",
                "audience", "MEMBERS")).id();
        api.post("labor", "/api/updates/" + update + "/publish", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> !TestMail.to(email).isEmpty());
        String text = part(TestMail.to(email).get(0), "text/plain");
        assertThat(text).contains("Where we stand").contains("Today marks the sixth day at the table.")
                .contains("one TA").contains("two counters").doesNotContain("###").doesNotContain("**");
        assertThat(part(TestMail.to(email).get(0), "text/html")).contains("<strong>sixth</strong>");
    }

    @Test
    void theUpdateFormOffersTheTableThatMetLastNotTheFirstListed() {
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation("Which table " + m, "2026-12-31");
        long national = api.post("admin", "/api/negotiations/" + negotiation + "/tables", Map.of("name", "National", "kind", "NATIONAL")).id();
        long local = scenario.table(negotiation, "Local");
        String yesterday = LocalDate.now(ZoneId.of("America/Los_Angeles")).minusDays(1).toString();
        scenario.session(local, yesterday, "HELD");
        scenario.session(national, LocalDate.now(ZoneId.of("America/Los_Angeles")).minusDays(30).toString(), "HELD");
        String form = api.signIn("labor").get("/negotiations/" + negotiation + "/updates").body();
        assertThat(form.indexOf("value=\"" + national + "\"")).as("the national table is listed first").isLessThan(form.indexOf("value=\"" + local + "\""));
        assertThat(form).containsPattern("<option value=\"" + local + "\" selected=\"selected\">Local</option>")
                .doesNotContainPattern("<option value=\"" + national + "\" selected");
    }

    private static MimeMessage signInMail(String email) throws Exception {
        for (MimeMessage message : TestMail.to(email)) {
            if (message.getSubject().contains("sign-in link")) {
                return message;
            }
        }
        return null;
    }

    private static String signInLink(MimeMessage message) {
        Matcher matcher = Pattern.compile("https?://\\S*/member/sign-in/[A-Za-z0-9_\\-]+(\\?next=[A-Za-z0-9%._\\-]+)?")
                .matcher(TestMail.body(message));
        assertThat(matcher.find()).as(TestMail.body(message)).isTrue();
        return matcher.group();
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
