package org.parley.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Members;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Revoking access ends existing access at once: an account an administrator disables, and a member a
 * roster re-import makes inactive, lose every open browser session, API token and private feed, and
 * cannot sign in again. Checked against the database on each request, so it holds across instances.
 */
@ParleyIntegrationTest
class RevokedAccessTest {

    @Autowired
    Api api;

    @Test
    void aDisabledAccountsOpenSessionAndTokenStopAtOnce() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        String username = "lena-" + m;
        long account = api.post("admin", "/api/accounts", Map.of("username", username, "displayName", "Lena " + m,
                "role", "LABOR_TEAM", "password", Api.PASSWORD)).id();
        long table = new Scenario(api).freshTable("Revoked " + m);
        long session = new Scenario(api).session(table, "2026-03-02", "HELD");

        Api.Pages browser = api.signIn(username);
        assertThat(browser.get("/sessions/" + session).status()).isEqualTo(200);
        assertThat(browser.submit("/sessions/" + session + "/notes", Map.of("audience", "LABOR", "text", "before " + m)).status())
                .isEqualTo(302);
        assertThat(api.get(username, "/api/sessions/" + session + "/notes").status()).isEqualTo(200);

        Api.Pages admin = api.signIn("admin");
        admin.get("/admin/accounts");
        assertThat(admin.submit("/admin/accounts/" + account + "/enabled", Map.of("enabled", "false")).status()).isEqualTo(302);

        var page = browser.get("/sessions/" + session);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).contains("/login");
        browser.submit("/sessions/" + session + "/notes", Map.of("audience", "LABOR", "text", "after " + m));
        assertThat(api.get("labor", "/api/sessions/" + session + "/notes").body()).contains("before " + m).doesNotContain("after " + m);
        var byToken = api.get(username, "/api/sessions/" + session + "/notes");
        assertThat(byToken.status()).isEqualTo(401);
        assertThat(byToken.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.post(null, "/api/tokens", Map.of("username", username, "password", Api.PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void aMemberMadeInactiveByARosterReImportLosesSessionTokenFeedAndPasswordSignIn() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        String username = "mia-" + m;
        api.post("admin", "/api/accounts", Map.of("username", username, "displayName", "Mia " + m, "role", "MEMBER",
                "password", Api.PASSWORD));
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation("Inactive " + m, "2026-12-31");
        Members members = new Members(api);
        members.importRoster("labor", negotiation, "member_id,name,email\nR1,Mia " + m + ",mia-" + m + "@example.org\n"
                + "R2,Rae " + m + ",rae-" + m + "@example.org\n", false);
        assertThat(api.put("admin", "/api/negotiations/" + negotiation + "/roster/R1/account", Map.of("username", username))
                .status()).isEqualTo(200);
        String passcode = "PASS" + m;
        String tomorrow = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(1).toString();
        long townHall = api.post("labor", "/api/events", Map.of("negotiationId", negotiation, "kind", "TOWN_HALL",
                "title", "Town hall " + m, "startsAt", tomorrow + "T18:00", "timeZone", "America/New_York",
                "virtualLink", "https://meet.example.org/" + m, "passcode", passcode, "audience", "MEMBERS")).id();

        Api.Pages browser = api.signIn(username);
        assertThat(browser.get("/events/" + townHall).body()).contains(passcode);
        assertThat(api.get(username, "/api/events/" + townHall).body()).contains(passcode);
        browser.get("/member/feeds");
        var feeds = browser.submit("/member/feeds", Map.of()).body();
        var token = java.util.regex.Pattern.compile("updates\\.atom\\?token=([A-Za-z0-9_-]+)").matcher(feeds);
        assertThat(token.find()).as(feeds).isTrue();
        String calendar = "/calendar/" + negotiation + ".ics?token=" + token.group(1);
        assertThat(api.anonymous().get(calendar).body()).contains("Town hall " + m);

        var reImport = members.importRoster("labor", negotiation, "member_id,name,email\nR2,Rae " + m + ",rae-" + m
                + "@example.org\n", false);
        assertThat(reImport.json().get("inactivated").asInt()).isEqualTo(1);

        var page = browser.get("/events/" + townHall);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.body()).doesNotContain(passcode);
        assertThat(api.get(username, "/api/events/" + townHall).status()).isEqualTo(401);
        assertThat(api.anonymous().get(calendar).body()).doesNotContain("Town hall " + m);
        assertThat(api.post(null, "/api/tokens", Map.of("username", username, "password", Api.PASSWORD)).status()).isEqualTo(401);
        Api.Pages again = api.anonymous();
        again.get("/login");
        var signIn = again.submit("/login", Map.of("username", username, "password", Api.PASSWORD));
        assertThat(signIn.header("Location")).contains("error");
    }
}
