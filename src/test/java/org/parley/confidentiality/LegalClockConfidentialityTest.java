package org.parley.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A side's planned notices, strike dates, own deadlines, readiness figures and calendar entries reach
 * that side only: never the other side, the administrator, members, the election committee, vote
 * observers or anyone not signed in — through the API, the pages, the letters, the audit trail,
 * search or the calendar feed. A notice once served is the table's.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LegalClockConfidentialityTest {

    static final List<String> ROLES = List.of("labor", "management", "admin", "member", "committee", "observer");

    @Autowired
    Api api;

    String marker;
    String laborPlan;
    String laborDeadline;
    String managementPlan;
    String managementDeadline;
    String served;
    String worksite;
    long negotiation;
    long laborPlanned;
    long managementPlanned;

    @BeforeAll
    void recordEveryAudience() {
        marker = UUID.randomUUID().toString().substring(0, 8);
        laborPlan = "laborstrikeplan" + marker;
        laborDeadline = "laborownline" + marker;
        managementPlan = "mgmtlockoutplan" + marker;
        managementDeadline = "mgmtownline" + marker;
        served = "servedtable" + marker;
        worksite = "readysite" + marker;
        negotiation = new Scenario(api).negotiation("Legal clock secrets " + marker, "2027-06-30");
        assertThat(api.patch("labor", "/api/negotiations/" + negotiation, Map.of("healthCareInstitution", true)).status()).isEqualTo(200);
        String notices = "/api/negotiations/" + negotiation + "/notices";
        var plan = api.post("labor", notices, Map.of("kind", "STRIKE_8G", "servedBy", "LABOR", "recipients", laborPlan, "planned", true,
                "servedAt", "2027-07-01T09:00", "location", "Ward " + laborPlan, "actionStartsAt", "2027-07-12T06:00"));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        laborPlanned = plan.id();
        managementPlanned = api.post("management", notices, Map.of("kind", "MODIFICATION_8D1", "servedBy", "MANAGEMENT",
                "recipients", managementPlan, "planned", true, "servedAt", "2027-03-01")).id();
        assertThat(api.post("labor", notices, Map.of("kind", "MODIFICATION_8D1", "servedBy", "LABOR", "recipients", served,
                "servedAt", "2026-11-02T10:00")).status()).isEqualTo(201);
        assertThat(api.post("labor", "/api/negotiations/" + negotiation + "/custom-deadlines",
                Map.of("label", laborDeadline, "date", "2027-05-01", "audience", "LABOR")).status()).isEqualTo(201);
        assertThat(api.post("management", "/api/negotiations/" + negotiation + "/custom-deadlines",
                Map.of("label", managementDeadline, "date", "2027-05-02", "audience", "MANAGEMENT")).status()).isEqualTo(201);
        Members members = new Members(api);
        assertThat(members.importRoster("labor", negotiation, "member_id,name,email,worksite,unit\nS1,Sam Secret,sam@example.org,"
                + worksite + ",RN\nS2,Tia Test,tia@example.org,North,RN\n", false).status()).isEqualTo(200);
        members.linkTestMember(negotiation, "S2");
        assertThat(api.post("labor", "/api/negotiations/" + negotiation + "/picket-shifts", Map.of("location", "North",
                "startsAt", "2027-07-12T06:00", "endsAt", "2027-07-12T10:00", "captain", "Cap " + marker, "slots", 5)).status()).isEqualTo(201);
    }

    List<String> everythingSeenBy(String role) {
        List<String> seen = new ArrayList<>();
        String id = String.valueOf(negotiation);
        for (String path : List.of("/api/negotiations/" + id + "/notices", "/api/negotiations/" + id + "/deadlines",
                "/api/negotiations/" + id + "/deadlines?for=LABOR", "/api/notices/" + laborPlanned, "/api/notices/" + managementPlanned,
                "/api/negotiations/" + id + "/audit", "/api/negotiations/" + id + "/strike-readiness", "/api/negotiations/" + id + "/picket-shifts",
                "/api/search?q=" + marker, "/api/negotiations/" + id, "/api/negotiations/" + id + "/extensions")) {
            seen.add(api.get(role, path).body());
        }
        Api.Pages pages = api.signIn(role);
        for (String path : List.of("/negotiations/" + id + "/legal-clock", "/negotiations/" + id, "/negotiations/" + id + "/strike-readiness",
                "/negotiations/" + id + "/audit", "/search?q=" + marker, "/member", "/member/negotiations/" + id + "/picket-shifts",
                "/notices/" + laborPlanned + "/letter.docx", "/notices/" + managementPlanned + "/letter.docx")) {
            seen.add(pages.get(path).body());
        }
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = {"labor", "management", "admin", "member", "committee", "observer"})
    void aSidesPlansReachOnlyThatSide(String role) {
        String everything = String.join("\n", everythingSeenBy(role));
        check(everything, role.equals("labor"), laborPlan, laborDeadline);
        check(everything, role.equals("management"), managementPlan, managementDeadline);
        check(everything, role.equals("labor") || role.equals("management") || role.equals("admin"), served);
        // readiness figures: the worksite row exists only on labor's readiness page
        check(everything, role.equals("labor"), worksite);
    }

    private static void check(String everything, boolean sees, String... secrets) {
        for (String secret : secrets) {
            if (sees) {
                assertThat(everything).contains(secret);
            } else {
                assertThat(everything).doesNotContain(secret);
            }
        }
    }

    @Test
    void theOtherSideGetsNotFoundForAPlannedNoticeAndItsLetter() {
        assertThat(api.get("management", "/api/notices/" + laborPlanned).status()).isEqualTo(404);
        assertThat(api.get("management", "/api/notices/" + laborPlanned + "/letter.pdf").status()).isEqualTo(404);
        assertThat(api.get("admin", "/api/notices/" + laborPlanned + "/letter.docx").status()).isEqualTo(404);
        assertThat(api.get("labor", "/api/notices/" + managementPlanned).status()).isEqualTo(404);
        assertThat(api.post("management", "/api/notices/" + laborPlanned + "/served", Map.of()).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "management", "/api/notices/" + laborPlanned).status()).isEqualTo(404);
    }

    @Test
    void membersAndOthersCannotReadOrRecordTheLegalClock() {
        for (String role : List.of("member", "committee", "observer")) {
            assertThat(api.get(role, "/api/negotiations/" + negotiation + "/deadlines").status()).as(role).isEqualTo(403);
            assertThat(api.get(role, "/api/negotiations/" + negotiation + "/notices").status()).as(role).isEqualTo(403);
            assertThat(api.get(role, "/api/negotiations/" + negotiation + "/strike-readiness").status()).as(role).isEqualTo(403);
        }
        for (String role : List.of("management", "admin")) {
            assertThat(api.get(role, "/api/negotiations/" + negotiation + "/strike-readiness").status()).as(role).isEqualTo(403);
            assertThat(api.get(role, "/api/negotiations/" + negotiation + "/picket-shifts").status()).as(role).isEqualTo(403);
        }
        assertThat(api.post("admin", "/api/negotiations/" + negotiation + "/notices", Map.of("kind", "MODIFICATION_8D1", "servedBy", "LABOR",
                "recipients", "x", "servedAt", "2026-11-01")).status()).isEqualTo(403);
        assertThat(api.post("management", "/api/negotiations/" + negotiation + "/notices", Map.of("kind", "STRIKE_8G", "servedBy", "LABOR",
                "recipients", "x", "servedAt", "2027-07-01", "planned", true, "location", "x", "actionStartsAt", "2027-07-20T06:00")).status())
                .isEqualTo(403);
        assertThat(api.get(null, "/api/negotiations/" + negotiation + "/deadlines").status()).isEqualTo(401);
        assertThat(api.anonymous().get("/negotiations/" + negotiation + "/legal-clock").status()).isEqualTo(302);
        assertThat(api.anonymous().get("/legal-clock/" + negotiation + ".ics").status()).isEqualTo(404);
        assertThat(api.anonymous().get("/legal-clock/" + negotiation + ".ics?token=guessed").status()).isEqualTo(404);
    }

    static final Pattern CALENDAR = Pattern.compile("/legal-clock/\\d+\\.ics\\?token=[A-Za-z0-9_-]+");

    String calendarOf(String role) {
        Api.Pages pages = api.signIn(role);
        pages.get("/negotiations/" + negotiation + "/legal-clock");
        var renewed = pages.submit("/negotiations/" + negotiation + "/legal-clock/calendar", Map.of());
        assertThat(renewed.status()).isEqualTo(302);
        Matcher address = CALENDAR.matcher(pages.get("/negotiations/" + negotiation + "/legal-clock").body());
        assertThat(address.find()).isTrue();
        var feed = api.anonymous().get(address.group());
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        return feed.body();
    }

    @Test
    void eachTeamsCalendarCarriesItsOwnEntriesOnly() {
        String labor = calendarOf("labor");
        assertThat(labor).contains("BEGIN:VCALENDAR").contains(laborDeadline).contains("Planned: serve").contains("Ward " + laborPlan)
                .doesNotContain(managementDeadline).doesNotContain(managementPlan);
        String management = calendarOf("management");
        assertThat(management).contains(managementDeadline).doesNotContain(laborDeadline).doesNotContain(laborPlan);
        // a member cannot make one
        Api.Pages member = api.signIn("member");
        member.get("/member");
        assertThat(member.submit("/negotiations/" + negotiation + "/legal-clock/calendar", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void onceServedAPlannedNoticeIsTheTables() {
        String secret = "laterserved" + marker;
        long id = api.post("labor", "/api/negotiations/" + negotiation + "/notices", Map.of("kind", "FMCS_8D3", "servedBy", "LABOR",
                "recipients", secret, "planned", true, "servedAt", "2027-01-05")).id();
        assertThat(api.get("management", "/api/negotiations/" + negotiation + "/notices").body()).doesNotContain(secret);
        var servedNow = api.post("labor", "/api/notices/" + id + "/served", Map.of("servedAt", "2026-11-20T09:00"));
        assertThat(servedNow.status()).as(servedNow.body()).isEqualTo(200);
        assertThat(api.get("management", "/api/negotiations/" + negotiation + "/notices").body()).contains(secret);
    }
}
