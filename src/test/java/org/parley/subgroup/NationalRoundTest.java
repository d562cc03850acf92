package org.parley.subgroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Replays a national round as a real one went: three subgroups, each led by co-leads from both sides,
 * work by interests and consensus and report at a check-in; the full table approves 25 recommendations
 * as TAs in one act, next to 5 TAs reached on proposals; the figures, the status sheet, the tentative
 * contract and the update draft say so. A block stops a batch and nothing is written.
 */
@ParleyIntegrationTest
class NationalRoundTest {

    @Autowired
    Api api;

    @Autowired
    Accounts accounts;

    record Chartered(long id, String name, List<String> deciders) {
    }

    Chartered charter(NationalTable national, String name, List<String> charge, long facilitator) {
        String prefix = name.substring(0, 3).toLowerCase();
        long laborLead = national.person(prefix + " labor lead", Role.LABOR_TEAM);
        long laborLead2 = national.person(prefix + " labor colead", Role.LABOR_TEAM);
        long managementLead = national.person(prefix + " mgmt lead", Role.MANAGEMENT_TEAM);
        long laborExpert = national.person(prefix + " labor expert", Role.LABOR_TEAM);
        long managementMember = national.person(prefix + " mgmt member", Role.MANAGEMENT_TEAM);
        long id = national.subgroup(name, charge, List.of(laborLead, laborLead2), List.of(managementLead), List.of(laborExpert),
                List.of(managementMember), List.of(facilitator));
        return new Chartered(id, name, List.of(national.username(prefix + " labor lead"), national.username(prefix + " labor colead"),
                national.username(prefix + " mgmt lead"), national.username(prefix + " labor expert"),
                national.username(prefix + " mgmt member")));
    }

    @Test
    void theFullTableApprovesTwentyFiveRecommendationsFromThreeSubgroupsAsTasBesideFiveOrdinaryOnes() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        NationalTable national = new NationalTable(api, accounts, marker);
        long facilitator = national.person("Fay Facilitator", Role.FACILITATOR);
        long meeting = national.session("2025-07-22");
        long checkIn = national.session("2025-08-05");

        List<Chartered> subgroups = List.of(
                charter(national, "AI and technology", List.of("Use of AI in patient care", "Technology and staffing"), facilitator),
                charter(national, "Partnership effectiveness", List.of("Unit-based teams", "Partnership training"), facilitator),
                charter(national, "Staffing and patient care", List.of("Staffing committees", "Backfill and travelers"), facilitator));
        JsonNode listed = api.get("management", "/api/tables/" + national.table + "/subgroups").json();
        assertThat(listed.size()).isEqualTo(3);
        assertThat(listed.get(0).get("coLeads").get("LABOR").size()).isEqualTo(2);
        assertThat(listed.get(0).get("coLeads").get("MANAGEMENT").size()).isEqualTo(1);
        assertThat(listed.get(0).get("status").asString()).isEqualTo("CHARTERED");
        assertThat(listed.get(0).get("charge").get(0).asString()).isEqualTo("Use of AI in patient care");

        int[] perSubgroup = {9, 8, 8};
        List<Long> reported = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            Chartered subgroup = subgroups.get(s);
            assertThat(api.post("labor", "/api/subgroups/" + subgroup.id() + "/meetings", Map.of("sessionId", meeting)).status()).isEqualTo(201);
            long issue = national.issue(subgroup.id(), subgroup.name() + ": the issue", "What the workforce needs from " + subgroup.name());
            for (String side : List.of("LABOR", "MANAGEMENT", "SHARED")) {
                assertThat(api.post("labor", "/api/ibb-issues/" + issue + "/interests", Map.of("side", side, "text", side + " interest")).status())
                        .isEqualTo(201);
            }
            long criterion = NationalTable.created(api.post("management", "/api/ibb-issues/" + issue + "/criteria",
                    Map.of("text", "Affordable within the agreed budget")));
            for (int r = 0; r < perSubgroup[s]; r++) {
                long option = national.option(issue, subgroup.name() + " option " + (r + 1));
                assertThat(api.put("management", "/api/options/" + option + "/assessments/" + criterion, Map.of("rating", "MEETS")).status())
                        .isEqualTo(200);
                Map<String, String> stances = new LinkedHashMap<>();
                for (String person : subgroup.deciders()) {
                    stances.put(person, r % 3 == 0 ? "CAN_LIVE_WITH" : "SUPPORT");
                }
                national.stances(option, stances);
                JsonNode consensus = api.get("labor", "/api/options/" + option + "/consensus").json();
                assertThat(consensus.get("reached").asBoolean()).isTrue();
                assertThat(consensus.get("notYetHeard").size()).isZero();
                // the first of each subgroup is contract language; the rest are commitments
                List<Map<String, Object>> changes = r == 0
                        ? List.of(Map.of("op", "REPLACE", "section", s == 0 ? "13.3" : s == 1 ? "1.1" : "20.1",
                        "text", "New language agreed by the " + subgroup.name() + " subgroup."))
                        : null;
                long recommendation = national.recommendation(subgroup.id(), option, subgroup.name() + " recommendation " + (r + 1),
                        r == 0 ? "Amend the section as agreed" : "Establish a joint taskforce on item " + (r + 1), changes);
                national.report(recommendation, checkIn);
                reported.add(recommendation);
            }
        }
        assertThat(reported).hasSize(25);
        JsonNode redline = api.get("management", "/api/recommendations/" + reported.get(0) + "/redline").json();
        assertThat(redline.get("sections").get(0).get("section").asString()).isEqualTo("13.3");
        // word by word: the old text struck through, the subgroup's inserted
        assertThat(redline.toString()).contains("{\"type\":\"DELETE\",\"text\":\"Up to forty hours may be carried over into\"}",
                "{\"type\":\"INSERT\",\"text\":\"New language agreed by\"}", "{\"type\":\"INSERT\",\"text\":\"AI and technology subgroup\"}");

        // five ordinary TAs, on proposals passed across the table
        Scenario scenario = new Scenario(api);
        for (int i = 1; i <= 5; i++) {
            long thread = scenario.thread(national.table, "Economic item " + i);
            long version = scenario.version(thread, i % 2 == 0 ? "MANAGEMENT" : "LABOR", checkIn, "Wage language " + i);
            scenario.ta(thread, version, "2025-08-05");
        }

        var approval = national.approve(reported, "2025-08-06");
        assertThat(approval.status()).as(approval.body()).isEqualTo(201);
        JsonNode tas = approval.json().get("tentativeAgreements");
        assertThat(tas.size()).isEqualTo(25);
        java.util.Set<Long> taIds = new java.util.HashSet<>();
        for (int i = 0; i < 25; i++) {
            assertThat(tas.get(i).get("recommendationId").asLong()).isEqualTo(reported.get(i));
            assertThat(tas.get(i).get("laborInitials").asString()).isEqualTo("RJ");
            assertThat(tas.get(i).get("managementInitials").asString()).isEqualTo("DK");
            taIds.add(tas.get(i).get("id").asLong());
        }
        assertThat(taIds).as("each its own TA, its own number").hasSize(25);
        assertThat(api.get("labor", "/api/recommendations/" + reported.get(0)).json().get("status").asString()).isEqualTo("APPROVED");

        // the same figures as other TAs
        JsonNode figures = api.get("labor", "/api/tables/" + national.table + "/figures").json();
        assertThat(figures.get("tentativeAgreements").get("signed").asLong()).isEqualTo(30);
        assertThat(figures.get("tentativeAgreements").get("standing").asLong()).isEqualTo(30);
        assertThat(figures.get("tentativeAgreements").get("fromRecommendations").asLong()).isEqualTo(25);
        assertThat(figures.get("tentativeAgreements").get("fromProposals").asLong()).isEqualTo(5);
        assertThat(figures.get("proposalsPassed").get("labor").asLong() + figures.get("proposalsPassed").get("management").asLong())
                .as("an approved recommendation is no proposal of either side").isEqualTo(5);
        JsonNode counts = figures.get("subgroups");
        assertThat(counts.size()).isEqualTo(3);
        for (int s = 0; s < 3; s++) {
            assertThat(counts.get(s).get("name").asString()).isEqualTo(subgroups.get(s).name());
            assertThat(counts.get(s).get("recommendations").asLong()).isEqualTo(perSubgroup[s]);
            assertThat(counts.get(s).get("approved").asLong()).isEqualTo(perSubgroup[s]);
            assertThat(counts.get(s).get("interests").asLong()).isEqualTo(3);
        }

        // the same status sheet and history
        JsonNode threads = api.get("management", "/api/tables/" + national.table + "/threads").json();
        assertThat(threads.size()).isEqualTo(30);
        threads.forEach(t -> assertThat(t.toString()).contains("TENTATIVELY_AGREED"));
        JsonNode thread = api.get("labor", "/api/threads/" + tas.get(0).get("threadId").asLong()).json();
        assertThat(thread.get("versions").get(0).get("label").asString()).startsWith("J-");
        assertThat(thread.get("tentativeAgreements").get(0).get("id").asLong()).isEqualTo(tas.get(0).get("id").asLong());
        var threadPage = api.signIn("management").get("/threads/" + tas.get(0).get("threadId").asLong());
        assertThat(threadPage.status()).isEqualTo(200);
        assertThat(threadPage.body()).contains("Joint J-", "Recommendation of the subgroup AI and technology");
        assertThat(api.signIn("labor").get("/tables/" + national.table + "/status-sheet").status()).isEqualTo(200);
        assertThat(api.signIn("labor").get("/negotiations/" + national.negotiation).body()).contains("25 from subgroup recommendations, 5 from proposals");
        assertThat(api.signIn("labor").get("/tables/" + national.table + "/recommendations").status()).isEqualTo(200);
        String history = api.get("labor", "/api/negotiations/" + national.negotiation + "/audit").body();
        assertThat(history).contains("approved a recommendation as a tentative agreement", "AI and technology recommendation 1");

        // the tentative contract carries the recommendations' language
        String contract = api.get("labor", "/api/negotiations/" + national.negotiation + "/tentative-contract").body();
        assertThat(contract).contains("New language agreed by the AI and technology subgroup.",
                "New language agreed by the Partnership effectiveness subgroup.", "New language agreed by the Staffing and patient care subgroup.");

        // the update draft groups TAs by subgroup
        String draft = api.post("labor", "/api/tables/" + national.table + "/updates/draft", Map.of("from", "2025-08-01", "to", "2025-08-07"))
                .json().get("markdown").asString();
        assertThat(draft).contains("We signed 30 tentative agreements (TAs): the bargaining team approved 25 recommendations as tentative "
                + "agreements from the 3 subgroups, and reached 5 more tentative agreements at the table.");
        assertThat(draft).contains("**AI and technology** (9 TAs):", "**Partnership effectiveness** (8 TAs):",
                "**Staffing and patient care** (8 TAs):", "- Staffing and patient care recommendation 8", "**At the table:**",
                "- Economic item 5");

        // a second approval of the same batch changes nothing
        var again = national.approve(reported.subList(0, 2), "2025-08-06");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already approved");
    }

    @Test
    void aBlockStopsTheWholeBatchAndNothingIsWritten() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        NationalTable national = new NationalTable(api, accounts, marker);
        long checkIn = national.session("2025-08-05");
        Chartered subgroup = charter(national, "Staffing, backfill and travelers", List.of("Backfill"), national.person("Neutral", Role.FACILITATOR));
        long issue = national.issue(subgroup.id(), "Backfill", "Vacancies are not backfilled");
        List<Long> options = new ArrayList<>();
        List<Long> recommendations = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long option = national.option(issue, "Option " + i);
            Map<String, String> stances = new LinkedHashMap<>();
            subgroup.deciders().forEach(p -> stances.put(p, "SUPPORT"));
            national.stances(option, stances);
            long recommendation = national.recommendation(subgroup.id(), option, "Backfill recommendation " + i, "Commit to backfill " + i, null);
            national.report(recommendation, checkIn);
            options.add(option);
            recommendations.add(recommendation);
        }
        // after the check-in, a member blocks the second option
        String blocker = subgroup.deciders().get(4);
        var blocked = api.post(blocker, "/api/options/" + options.get(1) + "/stances", Map.of("stance", "BLOCK"));
        assertThat(blocked.status()).as("a block needs a reason").isEqualTo(400);
        national.stances(options.get(1), Map.of(blocker, "BLOCK"));
        JsonNode consensus = api.get("management", "/api/options/" + options.get(1) + "/consensus").json();
        assertThat(consensus.get("reached").asBoolean()).isFalse();

        long tasBefore = api.get("labor", "/api/tables/" + national.table + "/figures").json().get("tentativeAgreements").get("signed").asLong();
        var refused = national.approve(recommendations, "2025-08-06");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("'Backfill recommendation 2' (recommendation " + recommendations.get(1) + ")",
                "blocked", "It leaves out the night shift");
        assertThat(refused.json().get("refused").get(0).get("recommendationId").asLong()).isEqualTo(recommendations.get(1));
        assertThat(api.get("labor", "/api/tables/" + national.table + "/figures").json().get("tentativeAgreements").get("signed").asLong())
                .isEqualTo(tasBefore);
        assertThat(api.get("labor", "/api/tables/" + national.table + "/threads").json().size()).isZero();
        for (long id : recommendations) {
            assertThat(api.get("labor", "/api/recommendations/" + id).json().get("status").asString()).isEqualTo("REPORTED");
        }
        // an unknown recommendation refuses the batch too
        var unknown = national.approve(List.of(recommendations.get(0), 987654321L), "2025-08-06");
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.body()).contains("recommendation 987654321");

        // the full table sends the blocked one back and approves the rest
        var sentBack = api.post("labor", "/api/recommendations/" + recommendations.get(1) + "/send-back", Map.of("reason", "Resolve the block first"));
        assertThat(sentBack.json().get("status").asString()).isEqualTo("SENT_BACK");
        var approved = national.approve(List.of(recommendations.get(0), recommendations.get(2)), "2025-08-06");
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        assertThat(approved.json().get("tentativeAgreements").size()).isEqualTo(2);
    }

    @Test
    void aConsensusCheckShowsWhoHasNotYetBeenHeard() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        NationalTable national = new NationalTable(api, accounts, marker);
        Chartered subgroup = charter(national, "Patient and worker safety", List.of("Workplace violence"), national.person("Neutral", Role.FACILITATOR));
        long issue = national.issue(subgroup.id(), "Violence", "Assaults on staff are rising");
        long option = national.option(issue, "Joint safety walk-throughs");
        var started = api.post(subgroup.deciders().get(0), "/api/options/" + option + "/consensus-check", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("notYetHeard").size()).isEqualTo(5);
        national.stances(option, Map.of(subgroup.deciders().get(0), "SUPPORT", subgroup.deciders().get(2), "STAND_ASIDE"));
        JsonNode consensus = api.get("management", "/api/options/" + option + "/consensus").json();
        assertThat(consensus.get("reached").asBoolean()).isFalse();
        assertThat(consensus.get("notYetHeard").size()).isEqualTo(3);
        assertThat(consensus.get("stances").size()).isEqualTo(2);
        // the co-lead records a stance a participant says aloud; a member cannot record another's
        long expert = api.get("labor", "/api/subgroups/" + subgroup.id()).json().get("members").get("LABOR").get(0).get("accountId").asLong();
        assertThat(api.post(subgroup.deciders().get(4), "/api/options/" + option + "/stances",
                Map.of("stance", "SUPPORT", "accountId", expert)).status()).isEqualTo(403);
        assertThat(api.post(subgroup.deciders().get(0), "/api/options/" + option + "/stances",
                Map.of("stance", "CAN_LIVE_WITH", "accountId", expert)).status()).isEqualTo(200);
        // a facilitator states no stance, and a recommendation waits for consensus
        assertThat(api.post(national.username("Neutral"), "/api/options/" + option + "/stances", Map.of("stance", "SUPPORT")).status())
                .isEqualTo(403);
        assertThat(api.post("labor", "/api/subgroups/" + subgroup.id() + "/recommendations",
                Map.of("optionId", option, "title", "Too early", "text", "Walk-throughs")).status()).isEqualTo(409);
        national.stances(option, Map.of(subgroup.deciders().get(1), "SUPPORT", subgroup.deciders().get(4), "SUPPORT"));
        assertThat(api.get("labor", "/api/options/" + option + "/consensus").json().get("reached").asBoolean()).isTrue();

        // options belong to the room unless the subgroup chooses to attribute them
        assertThat(api.get("labor", "/api/ibb-issues/" + issue).json().get("options").get(0).get("side").isNull()).isTrue();
        assertThat(api.post("labor", "/api/subgroups/" + subgroup.id() + "/settings", Map.of("attributeOptions", true)).status()).isEqualTo(200);
        long attributed = NationalTable.created(api.post("management", "/api/ibb-issues/" + issue + "/options", Map.of("text", "Panic buttons")));
        JsonNode options = api.get("labor", "/api/ibb-issues/" + issue).json().get("options");
        assertThat(options.get(1).get("id").asLong()).isEqualTo(attributed);
        assertThat(options.get(1).get("side").asString()).isEqualTo("MANAGEMENT");
    }
}
