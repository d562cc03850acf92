package org.parley.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.parley.support.Members;
import org.parley.support.Scenario;
import org.parley.support.TestDatabase;
import org.parley.support.TestMail;
import org.parley.support.TwoInstances;

/**
 * Two Parley instances on one PostgreSQL database and one SMTP server, as behind a load balancer: whatever
 * keeps state (browser sessions, sign-in throttles, link limits, ballots) holds across both, and the e-mail
 * both instances' workers send from the shared queues reaches each member once. PostgreSQL only:
 * it runs in the build's PostgreSQL run, skipped with a message where no server answers (a failure with
 * {@code PARLEY_TEST_POSTGRES=required}).
 */
@Tag("database")
@ExtendWith(TwoInstancesOnOneDatabaseTest.OnPostgres.class)
class TwoInstancesOnOneDatabaseTest {

    private static final Pattern KEY = Pattern.compile("\\b[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}\\b");
    private static final Duration MAIL_DRAINED = Duration.ofMinutes(2);

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

    @Test
    void anUpdatePublishedWhileBothInstancesRunReachesEveryMemberExactlyOnce() {
        int members = 400; // sixteen of the harness's batches: both instances' workers take turns at the queue
        String run = "update-" + UUID.randomUUID().toString().substring(0, 8);
        Api a = instances.a().api();
        long negotiation = negotiationWithMembers(a, run, members);
        long update = a.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Day nine " + run,
                "markdown", "Both sides met for nine hours.", "audience", "MEMBERS")).id();
        Map<String, Double> sentBefore = sentByEachInstance("updates");

        Api b = instances.b().api();
        assertThat(b.post("labor", "/api/updates/" + update + "/publish", null).status()).isEqualTo(200);
        await().atMost(MAIL_DRAINED).until(() -> b.get("labor", "/api/updates/" + update + "/delivery").json().get("queued").asInt() == 0);

        var report = a.get("labor", "/api/updates/" + update + "/delivery").json();
        assertThat(report.get("sent").asInt()).as(report.toString()).isEqualTo(members);
        assertThat(messagesByAddress(run).values()).as("messages per member").hasSize(members).allSatisfy(m -> assertThat(m).hasSize(1));
        Map<String, Double> sent = sentSince(sentBefore, "updates");
        assertThat(sent.values()).as("messages each instance handed to the mail server: %s", sent)
                .allSatisfy(n -> assertThat(n).isPositive());
        assertThat(sent.values().stream().mapToDouble(Double::doubleValue).sum()).as("%s", sent).isEqualTo(members);
    }

    @Test
    void votingKeysMailedWhileBothInstancesRunReachEveryElectorOnceAndEveryKeyCastsOneBallot() {
        int electors = 200;
        String run = "keys-" + UUID.randomUUID().toString().substring(0, 8);
        Api a = instances.a().api();
        Ballots ballots = new Ballots(a);
        long negotiation = negotiationWithMembers(a, run, electors);
        long vote = ballots.openVote(Ballots.yesNo(negotiation, "Ratification " + run, "MAJORITY_OF_VOTES_CAST"));
        Map<String, Double> sentBefore = sentByEachInstance("voting-keys");

        Api b = instances.b().api();
        assertThat(b.post("committee", "/api/votes/" + vote + "/keys?email=true", null).status()).isEqualTo(200);
        await().atMost(MAIL_DRAINED).until(() -> b.get("committee", "/api/votes/" + vote + "/keys/delivery").json().get("queued").asInt() == 0);
        var delivery = a.get("committee", "/api/votes/" + vote + "/keys/delivery").json();
        assertThat(delivery.get("sent").asInt()).as(delivery.toString()).isEqualTo(electors);

        Map<String, List<MimeMessage>> received = messagesByAddress(run);
        assertThat(received.values()).as("keys per elector").hasSize(electors).allSatisfy(m -> assertThat(m).hasSize(1));
        Map<String, Double> sent = sentSince(sentBefore, "voting-keys");
        assertThat(sent.values()).as("keys each instance handed to the mail server: %s", sent).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(sent.values().stream().mapToDouble(Double::doubleValue).sum()).as("%s", sent).isEqualTo(electors);

        List<String> keys = received.values().stream().map(m -> key(TestMail.body(m.get(0)))).toList();
        assertThat(keys).doesNotHaveDuplicates();
        for (int i = 0; i < keys.size(); i++) {
            var cast = new Ballots(instances.roundRobin(i).api()).castWithKey(vote, keys.get(i), "Yes");
            assertThat(cast.status()).as("key %d cast on %s: %s", i, instances.roundRobin(i), cast.body()).isEqualTo(201);
            var again = new Ballots(instances.roundRobin(i + 1).api()).castWithKey(vote, keys.get(i), "No");
            assertThat(again.status()).as("key %d cast again on %s: %s", i, instances.roundRobin(i + 1), again.body()).isEqualTo(409);
            assertThat(again.body()).contains("already used");
        }
        ballots.close(vote);
        assertThat(b.get("committee", "/api/votes/" + vote + "/result").json().get("cast").asInt()).isEqualTo(electors);
    }

    /** A negotiation whose roster has {@code size} members, each at an address of this run only: {@code run-i@example.org}. */
    private static long negotiationWithMembers(Api api, String run, int size) {
        long negotiation = new Scenario(api).negotiation("Two instances " + run, "2026-12-31");
        StringBuilder csv = new StringBuilder("member_id,name,email\n");
        for (int i = 1; i <= size; i++) {
            csv.append("R").append(i).append(",Member ").append(i).append(',').append(run).append('-').append(i).append("@example.org\n");
        }
        var imported = new Members(api).importRoster("labor", negotiation, csv.toString(), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return negotiation;
    }

    /** The messages the SMTP server received for each address of this run. */
    private static Map<String, List<MimeMessage>> messagesByAddress(String run) {
        Map<String, List<MimeMessage>> byAddress = new HashMap<>();
        for (MimeMessage message : TestMail.server().getReceivedMessages()) {
            try {
                for (Address to : message.getAllRecipients()) {
                    String address = ((InternetAddress) to).getAddress();
                    if (address.startsWith(run + "-")) {
                        byAddress.computeIfAbsent(address, k -> new ArrayList<>()).add(message);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return byAddress;
    }

    /** How many messages of {@code queue} each instance has handed to the mail server so far. */
    private static Map<String, Double> sentByEachInstance(String queue) {
        Map<String, Double> sent = new LinkedHashMap<>();
        for (TwoInstances.Instance instance : instances.both()) {
            sent.put(instance.name(), instance.bean(MeterRegistry.class).get("parley.mail.sent").tag("queue", queue).counter().count());
        }
        return sent;
    }

    private static Map<String, Double> sentSince(Map<String, Double> before, String queue) {
        Map<String, Double> since = new LinkedHashMap<>();
        sentByEachInstance(queue).forEach((instance, now) -> since.put(instance, now - before.get(instance)));
        return since;
    }

    private static String key(String body) {
        Matcher matcher = KEY.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group();
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
