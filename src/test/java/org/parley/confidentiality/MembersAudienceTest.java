package org.parley.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.Members;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The members' side from the outside, for every role: members never see LABOR, MANAGEMENT or
 * TABLE records; management never sees MEMBERS records (members' updates, town-hall passcodes);
 * nobody sees a members-only passcode without signing in: not a public page, feed or calendar.
 * Feeds and calendars are parsed with Rome and ical4j, as readers and calendar apps would.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersAudienceTest {

    @Autowired
    Api api;

    String m;
    long negotiation;
    long table;
    long session;
    long membersUpdate;
    long publicUpdate;
    long townHall;
    long rally;
    String passcode;
    String laborSecret;
    String managementSecret;
    String tableNote;
    String draftSecret;
    String feedToken;

    @BeforeAll
    void recordEveryAudience() {
        m = UUID.randomUUID().toString().substring(0, 8);
        passcode = "PASS" + m;
        laborSecret = "laborcaucus" + m;
        managementSecret = "mgmtcaucus" + m;
        tableNote = "jointnote" + m;
        draftSecret = "draftonly" + m;
        Scenario scenario = new Scenario(api);
        negotiation = scenario.negotiation("Audience " + m, "2026-12-31");
        table = scenario.table(negotiation, "Audience table");
        session = scenario.session(table, LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(2).toString(), "PLANNED");
        api.patch("labor", "/api/sessions/" + session, Map.of("observerSeats", 3));
        String notes = "/api/sessions/" + session + "/notes";
        api.post("labor", notes, Map.of("audience", "LABOR", "text", laborSecret));
        api.post("management", notes, Map.of("audience", "MANAGEMENT", "text", managementSecret));
        api.post("labor", notes, Map.of("audience", "TABLE", "text", tableNote));
        Members members = new Members(api);
        members.importRoster("labor", negotiation, "member_id,name,email\nA1,Mo Member,mo-" + m + "@example.org\n", false);
        members.linkTestMember(negotiation, "A1");

        membersUpdate = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Members update " + m,
                "markdown", "membersonly" + m, "audience", "MEMBERS")).id();
        api.post("labor", "/api/updates/" + membersUpdate + "/publish", null);
        publicUpdate = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Public update " + m,
                "markdown", "everyone" + m, "audience", "PUBLIC")).id();
        api.post("labor", "/api/updates/" + publicUpdate + "/publish", null);
        api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Draft " + m,
                "markdown", draftSecret, "audience", "PUBLIC"));
        String tomorrow = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(1).toString();
        townHall = api.post("labor", "/api/events", Map.of("negotiationId", negotiation, "kind", "TOWN_HALL",
                "title", "Town hall " + m, "startsAt", tomorrow + "T18:00", "timeZone", "America/New_York",
                "virtualLink", "https://meet.example.org/" + m, "passcode", passcode, "audience", "MEMBERS")).id();
        rally = api.post("labor", "/api/events", Map.of("negotiationId", negotiation, "kind", "RALLY",
                "title", "Rally " + m, "startsAt", tomorrow + "T16:30", "timeZone", "America/Los_Angeles",
                "location", "Main entrance", "passcode", passcode, "audience", "PUBLIC")).id();
        Api.Pages member = api.signIn("member");
        member.get("/member/feeds");
        String page = member.submit("/member/feeds", Map.of()).body();
        var matcher = java.util.regex.Pattern.compile("updates\\.atom\\?token=([A-Za-z0-9_-]+)").matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        feedToken = matcher.group(1);
    }

    List<String> everythingSeenBy(String role) {
        List<String> seen = new ArrayList<>();
        if (role != null) {
            for (String path : List.of("/api/updates/" + membersUpdate, "/api/updates/" + publicUpdate,
                    "/api/negotiations/" + negotiation + "/updates", "/api/events/" + townHall, "/api/events/" + rally,
                    "/api/negotiations/" + negotiation + "/events", "/api/sessions/" + session, "/api/sessions/" + session + "/notes")) {
                seen.add(api.get(role, path).body());
            }
            Api.Pages pages = api.signIn(role);
            for (String path : List.of("/member", "/updates/" + membersUpdate, "/updates/" + publicUpdate, "/events/" + townHall,
                    "/events/" + rally, "/events/" + townHall + ".ics", "/sessions/" + session + ".ics", "/sessions/" + session,
                    "/negotiations/" + negotiation + "/updates", "/negotiations/" + negotiation + "/events")) {
                seen.add(pages.get(path).body());
            }
        }
        Api.Pages anonymous = api.anonymous();
        for (String path : List.of("/public/negotiations/" + negotiation, "/public/updates/" + publicUpdate,
                "/public/updates/" + membersUpdate, "/public/events/" + rally, "/public/events/" + townHall,
                "/public/events/" + rally + ".ics", "/feeds/updates.atom", "/calendar/" + negotiation + ".ics")) {
            seen.add(anonymous.get(path).body());
        }
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = {"labor", "management", "admin", "member", "anonymous"})
    void eachRoleSeesOnlyItsAudiences(String role) {
        String everything = String.join("\n", everythingSeenBy(role.equals("anonymous") ? null : role));
        assertThat(everything).contains("everyone" + m);
        if (!role.equals("management")) {
            assertThat(everything).doesNotContain(managementSecret);
        }
        if (!role.equals("labor")) {
            assertThat(everything).doesNotContain(laborSecret).doesNotContain(draftSecret);
        }
        if (role.equals("member") || role.equals("anonymous")) {
            assertThat(everything).doesNotContain(tableNote).doesNotContain(laborSecret).doesNotContain(managementSecret);
        }
        boolean seesMembers = role.equals("labor") || role.equals("admin") || role.equals("member");
        if (seesMembers) {
            assertThat(everything).contains("membersonly" + m).contains(passcode);
        } else {
            assertThat(everything).doesNotContain("membersonly" + m).doesNotContain(passcode)
                    .doesNotContain("Town hall " + m);
        }
    }

    @Test
    void thePublicFeedAndCalendarCarryOnlyPublicRecordsAndNeverAPasscode() throws Exception {
        String atom = api.anonymous().get("/feeds/updates.atom?negotiation=" + negotiation).body();
        var feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getEntries()).extracting(e -> e.getTitle()).containsExactly("Public update " + m);

        String ics = api.anonymous().get("/calendar/" + negotiation + ".ics").body();
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactly("Rally: Rally " + m);
        assertThat(ics).doesNotContain(passcode).doesNotContain("Town hall");
        List<net.fortuna.ical4j.model.component.VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).extracting(z -> z.getTimeZoneId().getValue()).containsExactly("America/Los_Angeles");
        assertThat(events.get(0).getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/Los_Angeles");
        assertThat(events.get(0).getDateTimeStart().getValue()).endsWith("T163000");
    }

    @Test
    void aMembersPrivateFeedCarriesMembersUpdatesUntilTheTokenIsRevoked() throws Exception {
        String atom = api.anonymous().get("/feeds/updates.atom?token=" + feedToken).body();
        var feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getEntries()).extracting(e -> e.getTitle()).contains("Members update " + m, "Public update " + m);

        String ics = api.anonymous().get("/calendar/" + negotiation + ".ics?token=" + feedToken).body();
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(e -> e.getSummary().getValue())
                .contains("Town hall: Town hall " + m, "Rally: Rally " + m, "Bargaining session (observer seats)");
        assertThat(ics).doesNotContain(passcode);
        VEvent townHallEvent = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getSummary().getValue().startsWith("Town hall")).findFirst().orElseThrow();
        assertThat(townHallEvent.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/New_York");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(2);

        Api.Pages member = api.signIn("member");
        member.get("/member/feeds");
        member.submit("/member/feeds/revoke", Map.of());
        assertThat(api.anonymous().get("/feeds/updates.atom?token=" + feedToken).status()).isEqualTo(404);
    }

    @Test
    void aMemberCannotPublishOrReadTheDeliveryReport() {
        assertThat(api.post("member", "/api/updates/" + publicUpdate + "/publish", null).status()).isEqualTo(403);
        assertThat(api.get("member", "/api/updates/" + publicUpdate + "/delivery").status()).isEqualTo(403);
        assertThat(api.get("management", "/api/updates/" + membersUpdate).status()).isEqualTo(404);
    }
}
