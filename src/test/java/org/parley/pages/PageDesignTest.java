package org.parley.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.platform.Times;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.MemberLinks;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/** The design items of issue 14 that can be read in a page's HTML, for the roles that see them. */
@ParleyIntegrationTest
class PageDesignTest {

    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    @Autowired
    Api api;

    private final String m = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theDashboardOpensWithTheDayAtTheTableThatMeetsTodayAndCardsSayOneThingEach() {
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation("Hierarchy " + m, "2026-12-31");
        long quiet = scenario.table(negotiation, "Quiet table");
        long busy = scenario.table(negotiation, "Busy table");
        LocalDate today = LocalDate.now(ZONE);
        scenario.session(quiet, today.minusDays(40).toString(), "HELD");
        scenario.session(busy, today.minusDays(7).toString(), "HELD");
        scenario.session(busy, today.toString(), "PLANNED");

        String page = api.signIn("labor").get("/negotiations/" + negotiation).body();
        assertThat(page).contains("Today marks <strong>day 2</strong> at the <span>Busy table</span>.");
        assertThat(page.indexOf(">Busy table</h2>")).as("the table that meets today first").isLessThan(page.indexOf(">Quiet table</h2>"));
        assertThat(page).contains("<li>0 signed</li>").contains("<li>0 walked back</li>").doesNotContain("TAs standing ·");
        assertThat(page).containsPattern("<a href=\"/negotiations\" aria-current=\"page\">Negotiations</a>");
    }

    @Test
    void aThreadReadsLikeTheStatusSheetAndEachActionSaysWhatItRecorded() {
        Scenario scenario = new Scenario(api);
        long table = scenario.freshTable("Wording " + m);
        long session = scenario.session(table, LocalDate.now(ZONE).minusDays(1).toString(), "HELD");
        long thread = scenario.thread(table, "Night differential");
        scenario.version(thread, "LABOR", session, "Night shift differential of $4 per hour.");
        Api.Pages labor = api.signIn("labor");
        labor.get("/threads/" + thread);
        var countered = labor.submit("/threads/" + thread + "/versions", Map.of("side", "MANAGEMENT", "sessionId", String.valueOf(session),
                "language", "Night shift differential of $3 per hour.", "summary", "counter"));
        assertThat(countered.status()).as(countered.body()).isEqualTo(302);
        String page = labor.get("/threads/" + thread).body();
        assertThat(page).contains("Counter M-1 recorded.");
        assertThat(page).containsPattern("id=\"thread-status\">Countered by management<");
        String sheet = labor.get("/tables/" + table + "/status-sheet").body();
        assertThat(sheet).contains("Countered by management");
    }

    @Test
    void membersSeeAnOpenVoteAsABannerAndNeverARawZoneId() {
        Ballots ballots = new Ballots(api);
        long negotiation = ballots.negotiationWithRoster("Banner " + m, 2);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Banner vote " + m, "MAJORITY_OF_VOTES_CAST"));
        // A ballot needs a sign-in by link to the elector's frozen address, never a password Parley set.
        Api.Pages member = new MemberLinks(api).browser(Ballots.m1(negotiation));
        String home = member.get("/member").body();
        assertThat(home).containsPattern("class=\"banner\" href=\"/votes/" + vote + "\">\\s*<strong>Strike authorization: Banner vote " + m)
                .contains("Vote now →").doesNotContain("Etc/UTC").doesNotContain("(America/");
        member.get("/votes/" + vote + "/ballot");
        member.submit("/votes/" + vote + "/ballot", Map.of("at", "0", "go", "next", "a0", "Yes"));
        member.submit("/votes/" + vote + "/ballot", Map.of("at", "1", "go", "cast", "a0", "Yes"));
        assertThat(member.get("/member").body()).contains("You have voted ✓");

        String record = member.get("/votes/" + vote).body();
        assertThat(record).containsPattern("<li>Defined by Cam Committee on [A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} Pacific Time, with 2 members eligible.</li>")
                .containsPattern("<li>Opened by Cam Committee on ");
        assertThat(Times.zoneName(ZoneId.of("Etc/UTC"))).isEqualTo("UTC");
        assertThat(Times.choices()).extracting(Times.Choice::id).contains("America/Chicago").doesNotContain("Etc/UTC");
    }

    @Test
    void aSignedPetitionSaysSignedAndOffersToWithdrawNotToSignAgain() {
        long negotiation = new Ballots(api).negotiationWithRoster("Petition " + m, 1);
        long petition = api.post("labor", "/api/petitions", Map.of("negotiationId", negotiation, "title", "Pledge " + m,
                "text", "I pledge.", "goal", 10, "audience", "MEMBERS", "kind", "PLEDGE")).id();
        Api.Pages member = api.signIn("member");
        assertThat(member.get("/petitions/" + petition).body()).contains(">Sign</button>");
        member.submit("/petitions/" + petition + "/signatures", Map.of());
        String signed = member.get("/petitions/" + petition).body();
        assertThat(signed).contains("Signed ✓").contains("Withdraw my signature").doesNotContain(">Sign</button>").doesNotContain("Sign again");
    }

    @Test
    void developerNoticesAboutMailAreForAdministratorsOnly() {
        long negotiation = new Scenario(api).negotiation("Mail notice " + m, "2026-12-31");
        assertThat(api.signIn("labor").get("/negotiations/" + negotiation + "/updates").body()).doesNotContain("SPRING_MAIL_HOST");
    }
}
