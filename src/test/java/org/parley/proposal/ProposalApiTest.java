package org.parley.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyIntegrationTest
class ProposalApiTest {

    @Autowired
    Api api;

    private Scenario scenario() {
        return new Scenario(api);
    }

    @Test
    void aThreadKeepsEveryVersionInOrderWithCountersLabelled() {
        long table = scenario().freshTable("Thread");
        long session = scenario().session(table, "2026-01-12", "HELD");
        long thread = scenario().thread(table, "Paid time off");
        scenario().version(thread, "LABOR", session, "Employees accrue 8 hours per month.");
        var counter = api.post("management", "/api/threads/" + thread + "/versions",
                Map.of("side", "MANAGEMENT", "sessionId", session, "language", "Employees accrue 6 hours per month."));
        assertThat(counter.status()).isEqualTo(201);
        assertThat(counter.json().get("label").asString()).isEqualTo("M-1");
        assertThat(counter.json().get("counterTo").asString()).isEqualTo("L-1");

        var json = api.get("management", "/api/threads/" + thread).json();
        assertThat(json.get("status").asString()).isEqualTo("ON_THE_TABLE");
        assertThat(json.get("versions").size()).isEqualTo(2);
        assertThat(json.get("versions").get(0).get("side").asString()).isEqualTo("LABOR");
        assertThat(json.get("versions").get(0).get("passedOn").asString()).isEqualTo("2026-01-12");
        assertThat(json.get("versions").get(1).get("language").asString()).isEqualTo("Employees accrue 6 hours per month.");
    }

    @Test
    void aVersionPassedAtAnotherTablesSessionIsRefused() {
        long table = scenario().freshTable("Own table");
        long otherTable = scenario().freshTable("Other table");
        long otherSession = scenario().session(otherTable, "2026-01-12", "HELD");
        long thread = scenario().thread(table, "Seniority");
        var response = api.post("labor", "/api/threads/" + thread + "/versions",
                Map.of("side", "LABOR", "sessionId", otherSession, "language", "text"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("another table");
        assertThat(api.get("labor", "/api/threads/" + thread).json().get("versions").size()).isZero();
    }

    @Test
    void anUnknownSideIsRefused() {
        long table = scenario().freshTable("Sides");
        long session = scenario().session(table, "2026-01-12", "HELD");
        long thread = scenario().thread(table, "Uniforms");
        var response = api.post("labor", "/api/threads/" + thread + "/versions",
                Map.of("side", "UNION", "sessionId", session, "language", "text"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("UNION").contains("LABOR, MANAGEMENT");
    }

    @Test
    void aTentativeAgreementRecordsDateVersionAndInitialsAndCanBeWalkedBackOnce() {
        long table = scenario().freshTable("TA");
        long session = scenario().session(table, "2026-01-12", "HELD");
        long thread = scenario().thread(table, "Bereavement leave");
        long version = scenario().version(thread, "LABOR", session, "Five days of bereavement leave.");
        var ta = api.post("labor", "/api/threads/" + thread + "/tentative-agreement",
                Map.of("versionId", version, "date", "2026-01-12", "laborInitials", "JR", "managementInitials", "KP"));
        assertThat(ta.status()).isEqualTo(201);
        assertThat(ta.json().get("signedOn").asString()).isEqualTo("2026-01-12");
        assertThat(ta.json().get("laborInitials").asString()).isEqualTo("JR");
        assertThat(api.get("labor", "/api/threads/" + thread).json().get("status").asString()).isEqualTo("TENTATIVELY_AGREED");

        var walkBack = api.post("management", "/api/tentative-agreements/" + ta.id() + "/walk-back",
                Map.of("reason", "Costing error in the days"));
        assertThat(walkBack.status()).isEqualTo(200);
        assertThat(walkBack.json().get("walkBack").get("side").asString()).isEqualTo("MANAGEMENT");
        assertThat(walkBack.json().get("walkBack").get("reason").asString()).isEqualTo("Costing error in the days");

        var again = api.post("labor", "/api/tentative-agreements/" + ta.id() + "/walk-back", Map.of("reason", "again"));
        assertThat(again.status()).isEqualTo(409);

        var kept = api.get("labor", "/api/threads/" + thread).json();
        assertThat(kept.get("status").asString()).isEqualTo("WALKED_BACK");
        assertThat(kept.get("tentativeAgreements").size()).isEqualTo(1);
        assertThat(kept.get("versions").size()).isEqualTo(1);
    }

    @Test
    void aTentativeAgreementOnAWithdrawnThreadIsRefused() {
        long table = scenario().freshTable("Withdrawn");
        long session = scenario().session(table, "2026-01-12", "HELD");
        long thread = scenario().thread(table, "Parking");
        long version = scenario().version(thread, "MANAGEMENT", session, "Parking fees rise.");
        var withdrawal = api.post("management", "/api/threads/" + thread + "/withdrawal", Map.of("side", "MANAGEMENT"));
        assertThat(withdrawal.status()).isEqualTo(201);
        assertThat(api.get("labor", "/api/threads/" + thread).json().get("status").asString()).isEqualTo("WITHDRAWN");

        var ta = api.post("labor", "/api/threads/" + thread + "/tentative-agreement",
                Map.of("versionId", version, "date", "2026-01-12", "laborInitials", "JR", "managementInitials", "KP"));
        assertThat(ta.status()).isEqualTo(409);
        assertThat(ta.json().get("detail").asString()).contains("withdrawn");
        assertThat(api.get("labor", "/api/threads/" + thread).json().get("tentativeAgreements").size()).isZero();
    }

    @Test
    void aSideCannotWithdrawWhatItNeverProposed() {
        long table = scenario().freshTable("Withdraw other");
        long session = scenario().session(table, "2026-01-12", "HELD");
        long thread = scenario().thread(table, "Overtime");
        scenario().version(thread, "LABOR", session, "Double time after 10 hours.");
        assertThat(api.post("labor", "/api/threads/" + thread + "/withdrawal", Map.of("side", "MANAGEMENT")).status()).isEqualTo(400);
    }

    @Test
    void aTentativeAgreementNeedsBothInitialsAndAVersionOfItsThread() {
        long table = scenario().freshTable("Initials");
        long session = scenario().session(table, "2026-01-12", "HELD");
        long thread = scenario().thread(table, "Holidays");
        long other = scenario().thread(table, "Other");
        long version = scenario().version(thread, "LABOR", session, "Juneteenth is a holiday.");
        long otherVersion = scenario().version(other, "LABOR", session, "Other text.");
        assertThat(api.post("labor", "/api/threads/" + thread + "/tentative-agreement",
                Map.of("versionId", version, "date", "2026-01-12", "laborInitials", "JR")).status()).isEqualTo(400);
        assertThat(api.post("labor", "/api/threads/" + thread + "/tentative-agreement",
                Map.of("versionId", otherVersion, "date", "2026-01-12", "laborInitials", "JR", "managementInitials", "KP")).status()).isEqualTo(400);
    }

    @Test
    void aSecondTentativeAgreementWhileOneStandsIsRefused() {
        long table = scenario().freshTable("Twice");
        long session = scenario().session(table, "2026-01-12", "HELD");
        long thread = scenario().thread(table, "Meals");
        long version = scenario().version(thread, "LABOR", session, "Meal breaks are paid.");
        scenario().ta(thread, version, "2026-01-12");
        assertThat(api.post("labor", "/api/threads/" + thread + "/tentative-agreement",
                Map.of("versionId", version, "date", "2026-01-13", "laborInitials", "JR", "managementInitials", "KP")).status()).isEqualTo(409);
        assertThat(api.post("labor", "/api/threads/" + thread + "/versions",
                Map.of("side", "MANAGEMENT", "sessionId", session, "language", "x")).status()).isEqualTo(409);
    }

    @Test
    void figuresCountProposalsPerSideAndTasInTheRange() {
        long table = scenario().freshTable("Figures");
        long january = scenario().session(table, "2026-01-12", "HELD");
        long february = scenario().session(table, "2026-02-09", "HELD");
        scenario().session(table, "2026-02-16", "CANCELLED");
        long a = scenario().thread(table, "A");
        long b = scenario().thread(table, "B");
        long c = scenario().thread(table, "C");
        scenario().version(a, "LABOR", january, "a1");
        scenario().version(b, "LABOR", january, "b1");
        scenario().version(c, "LABOR", january, "c1");
        scenario().version(a, "MANAGEMENT", february, "a2");
        long b2 = scenario().version(b, "LABOR", february, "b2");
        long c2 = scenario().version(c, "MANAGEMENT", february, "c2");
        scenario().ta(b, b2, "2026-02-09");
        long walked = scenario().ta(c, c2, "2026-02-09");
        api.post("labor", "/api/tentative-agreements/" + walked + "/walk-back", Map.of("reason", "Members rejected the language"));

        var all = api.get("labor", "/api/tables/" + table + "/figures?asOf=2026-03-01").json();
        assertThat(all.get("sessionsHeld").asInt()).isEqualTo(2);
        assertThat(all.get("dayAtTable").asInt()).isEqualTo(2);
        assertThat(all.get("proposalsPassed").get("labor").asInt()).isEqualTo(4);
        assertThat(all.get("proposalsPassed").get("management").asInt()).isEqualTo(2);
        assertThat(all.get("proposalsPassed").get("ratio").asDouble()).isEqualTo(2.0);
        assertThat(all.get("tentativeAgreements").get("signed").asInt()).isEqualTo(2);
        assertThat(all.get("tentativeAgreements").get("standing").asInt()).isEqualTo(1);
        assertThat(all.get("tentativeAgreements").get("walkedBack").asInt()).isEqualTo(1);
        assertThat(all.get("daysSinceLastTentativeAgreement").asInt()).isEqualTo(20);

        var january_ = api.get("management", "/api/tables/" + table + "/figures?from=2026-01-01&to=2026-01-31&asOf=2026-01-31").json();
        assertThat(january_.get("sessionsHeld").asInt()).isEqualTo(1);
        assertThat(january_.get("proposalsPassed").get("labor").asInt()).isEqualTo(3);
        assertThat(january_.get("proposalsPassed").get("management").asInt()).isZero();
        assertThat(january_.get("proposalsPassed").get("ratio").isNull()).isTrue();
        assertThat(january_.get("tentativeAgreements").get("signed").asInt()).isZero();
        assertThat(january_.get("daysSinceLastTentativeAgreement").isNull()).isTrue();
    }

    @Test
    void theStatusSheetExportsAsCsv() {
        long table = scenario().freshTable("CSV");
        long session = scenario().session(table, "2026-01-12", "HELD");
        long thread = scenario().thread(table, "=HYPERLINK(\"x\"), wages");
        scenario().version(thread, "LABOR", session, "5% raise");
        var csv = api.get("labor", "/api/tables/" + table + "/status-sheet.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("Subject,Article").contains("\"'=HYPERLINK(\"\"x\"\"), wages\"").contains("On the table");
    }
}
