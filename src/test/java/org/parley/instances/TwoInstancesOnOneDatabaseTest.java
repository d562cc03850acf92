package org.parley.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.Scenario;
import org.parley.support.TestDatabase;
import org.parley.support.TwoInstances;

/**
 * Two Parley instances on one PostgreSQL database and one SMTP server, as behind a load balancer: whatever
 * keeps state (browser sessions, sign-in throttles, link limits, ballots) holds across both. PostgreSQL only:
 * it runs in the build's PostgreSQL run, skipped with a message where no server answers (a failure with
 * {@code PARLEY_TEST_POSTGRES=required}).
 */
@Tag("database")
@ExtendWith(TwoInstancesOnOneDatabaseTest.OnPostgres.class)
class TwoInstancesOnOneDatabaseTest {

    static TwoInstances instances;

    @BeforeAll
    static void start() {
        instances = TwoInstances.start();
    }

    @AfterAll
    static void stop() {
        if (instances != null) {
            instances.close();
        }
    }

    @Test
    void aBrowserSignedInOnOneInstanceIsSignedInOnTheOtherWithItsCsrfTokenFlashMessagesAndPreviews() {
        Api a = instances.a().api();
        Api b = instances.b().api();
        Api.Pages onA = a.signIn("admin");
        Api.Pages onB = onA.on(b);
        assertThat(onB.get("/admin/accounts").status()).as("the session made on A is known to B").isEqualTo(200);

        // A form read on A, posted to B with A's CSRF token; its flash message read back on A.
        onA.get("/admin/accounts");
        String username = "two-" + UUID.randomUUID().toString().substring(0, 8);
        var created = onA.on(b).submit("/admin/accounts", Map.of("username", username, "displayName", "Two Instances",
                "role", "LABOR_TEAM", "password", "long-enough-password-1"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        assertThat(onA.get("/admin/accounts").body()).contains("Account " + username + " created.");

        // An import preview made on B is confirmed on A.
        long negotiation = new Scenario(a).negotiation("Two instances " + username, "2026-12-31");
        Api.Pages labor = b.signIn("labor");
        labor.get("/negotiations/" + negotiation + "/members");
        var preview = labor.upload("/negotiations/" + negotiation + "/roster", Map.of(), "roster.csv",
                "member_id,name,email\nT1,Tess Two,tess-%s@example.org\n".formatted(username).getBytes(StandardCharsets.UTF_8));
        Matcher pending = Pattern.compile("name=\"pending\" value=\"([^\"]+)\"").matcher(preview.body());
        assertThat(pending.find()).as(preview.body()).isTrue();
        var confirmed = labor.on(a).submit("/negotiations/" + negotiation + "/roster/confirm", Map.of("pending", pending.group(1)));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(302);
        assertThat(labor.get("/negotiations/" + negotiation + "/members").body()).contains("Roster imported: 1 added").contains("Tess Two");

        // Signing out on B ends the session on A too.
        onB = onA.on(b);
        onB.get("/admin/accounts");
        assertThat(onB.submit("/logout", Map.of()).header("Location")).contains("/login?signedOut");
        var after = onA.get("/admin/accounts");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).contains("/login");
    }

    @Test
    void loginFailuresCountAcrossBothInstances() {
        Accounts accounts = instances.a().bean(Accounts.class);
        String short_ = "short-" + UUID.randomUUID().toString().substring(0, 8);
        String tripped = "tripped-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createOrReset(short_, "Four Failures", Role.LABOR_TEAM, "right-password-1");
        accounts.createOrReset(tripped, "Five Failures", Role.LABOR_TEAM, "right-password-1");

        // Four failures split across the instances: one fewer than the throttle allows, so the right password works.
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(instances.roundRobin(i).api(), short_, "wrong-" + i)).contains("/login?error");
        }
        assertThat(signIn(instances.a().api(), short_, "right-password-1")).doesNotContain("error");

        // Five, split the same way, hold the account back on both instances, as five on one instance do.
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(instances.roundRobin(i).api(), tripped, "wrong-" + i)).contains("/login?error");
        }
        for (TwoInstances.Instance instance : instances.both()) {
            Api.Pages page = instance.api().anonymous();
            page.get("/login");
            assertThat(page.submit("/login", Map.of("username", tripped, "password", "right-password-1")).header("Location"))
                    .as(instance.toString()).contains("/login?error");
            assertThat(page.get("/login").body()).as(instance.toString()).contains("Too many failed sign-in attempts");
        }
    }

    @Test
    void signInLinkLimitsCountAcrossBothInstances() {
        Api a = instances.a().api();
        long negotiation = new Scenario(a).negotiation("Links " + UUID.randomUUID(), "2026-12-31");
        String member = "links-" + negotiation + "@example.org";
        var imported = new org.parley.support.Members(a).importRoster("labor", negotiation,
                "member_id,name,email\nL1,Lou Links," + member + "\n", false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        // Per member: three links in the window, whichever instance is asked.
        for (int i = 0; i < 4; i++) {
            assertThat(requestLink(instances.roundRobin(i).api(), member)).contains("If this address is on your unit's roster");
        }
        assertThat(instances.b().jdbc().sql("""
                select count(*) from member_sign_in_link l join member_roster r on r.id = l.roster_id where r.email_key = :e
                """).param("e", member).query(Integer.class).single()).as("links made for one member by both instances").isEqualTo(3);

        // Per address: twenty requests in the window, counted across both; the 21st is refused on either.
        for (int i = 4; i < 20; i++) {
            assertThat(requestLink(instances.roundRobin(i).api(), "nobody-" + i + "-" + negotiation + "@example.org"))
                    .doesNotContain("Too many sign-in links");
        }
        for (TwoInstances.Instance instance : instances.both()) {
            assertThat(requestLink(instance.api(), "one-more-" + negotiation + "@example.org")).as(instance.toString())
                    .contains("Too many sign-in links were asked for from here");
        }
    }

    @Test
    void theSameVotingKeyCastOnBothInstancesAtOnceGivesOneBallot() throws Exception {
        Api a = instances.a().api();
        Ballots ballots = new Ballots(a);
        long negotiation = ballots.negotiationWithRoster("Two instances vote " + UUID.randomUUID(), 3);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Two instances", "MAJORITY_OF_VOTES_CAST"));
        String key = ballots.keys(vote).get("M2");

        List<Callable<Api.Response>> casts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Ballots on = new Ballots(instances.roundRobin(i).api());
            casts.add(() -> on.castWithKey(vote, key, "Yes"));
        }
        List<Api.Response> responses = TwoInstances.atOnce(casts);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 201).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.body()).contains("already used");
        });

        ballots.close(vote);
        assertThat(instances.b().api().get("committee", "/api/votes/" + vote + "/result").json().get("cast").asInt()).isEqualTo(1);
    }

    private static String signIn(Api api, String username, String password) {
        Api.Pages page = api.anonymous();
        page.get("/login");
        return page.submit("/login", Map.of("username", username, "password", password)).header("Location");
    }

    private static String requestLink(Api api, String email) {
        Api.Pages browser = api.anonymous();
        browser.get("/member/sign-in");
        return browser.submit("/member/sign-in", Map.of("email", email)).body();
    }

    /** Runs only in the PostgreSQL run (two instances share one PostgreSQL database), and only where it answers. */
    static class OnPostgres implements ExecutionCondition {

        private final TestDatabase.Availability availability = new TestDatabase.Availability();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!TestDatabase.postgres()) {
                return ConditionEvaluationResult.disabled("two instances share one PostgreSQL database: this test runs in the PostgreSQL run");
            }
            return availability.evaluateExecutionCondition(context);
        }
    }
}
