package org.parley.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.Ballots;
import org.parley.support.MemberLinks;
import org.parley.support.Members;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secret ballot from the outside, for every role (labor, management, admin, member, election
 * committee, vote observer, anonymous): nobody, administrators included, gets a ballot linked to a
 * person, or any count or running total before the close; the exported record carries no member next
 * to a ballot; the management team does not see a members' vote at all. And from the inside: the
 * stored ballot has no column that names a member or a time, and its ids follow no order.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretBallotTest {

    static final List<String> SIGNED_IN = List.of("labor", "management", "admin", "member", "committee", "observer");

    @Autowired
    Api api;
    @Autowired
    DataSource dataSource;

    String m;
    long open;
    long counted;
    List<String> trackers = new ArrayList<>();

    @BeforeAll
    void twoVotesOneOpenOneCounted() {
        m = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long negotiation = new Scenario(api).negotiation("Secret " + m, "2026-12-31");
        StringBuilder csv = new StringBuilder("member_id,name,email\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("ID").append(m).append(i).append(",Person").append(m).append(i).append(",p").append(i).append(m.toLowerCase())
                    .append("@example.org\n");
        }
        new Members(api).importRoster("labor", negotiation, csv.toString(), false);
        new Members(api).linkTestMember(negotiation, "ID" + m + "1");
        Ballots ballots = new Ballots(api);
        open = ballots.openVote(Ballots.yesNo(negotiation, "Open vote " + m, "MAJORITY_OF_VOTES_CAST"));
        counted = ballots.openVote(Ballots.yesNo(negotiation, "Counted vote " + m, "MAJORITY_OF_VOTES_CAST"));
        String member = "member@" + negotiation;
        api.remember(member, new MemberLinks(api).token("p1" + m.toLowerCase() + "@example.org"));
        trackers.add(api.post(member, "/api/votes/" + open + "/ballots", Ballots.answer("Yes")).json().get("tracker").asString());
        trackers.add(api.post(member, "/api/votes/" + counted + "/ballots", Ballots.answer("No")).json().get("tracker").asString());
        Map<String, String> openKeys = ballots.keys(open);
        Map<String, String> countedKeys = ballots.keys(counted);
        for (int i = 2; i <= 4; i++) {
            trackers.add(ballots.castWithKey(open, openKeys.get("ID" + m + i), "No").json().get("tracker").asString());
            trackers.add(ballots.castWithKey(counted, countedKeys.get("ID" + m + i), i % 2 == 0 ? "Yes" : "No").json().get("tracker").asString());
        }
        ballots.close(counted);
    }

    List<Api.Response> everythingSeenBy(String role) {
        List<Api.Response> seen = new ArrayList<>();
        for (long vote : List.of(open, counted)) {
            for (String path : List.of("/api/votes/" + vote, "/api/votes/" + vote + "/result", "/api/votes/" + vote + "/board",
                    "/api/votes/" + vote + "/log", "/api/votes/" + vote + "/record", "/api/votes/" + vote + "/paper-batches", "/api/votes")) {
                seen.add(role == null ? api.get(null, path) : api.get(role, path));
            }
            Api.Pages pages = role == null ? api.anonymous() : api.signIn(role);
            for (String path : List.of("/votes", "/votes/" + vote, "/votes/" + vote + "/record.json", "/member", "/votes/" + vote + "/key/tracker?tracker=ZZZZ-ZZZZ-ZZZZ")) {
                seen.add(pages.get(path));
            }
        }
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = {"labor", "management", "admin", "member", "committee", "observer", "anonymous"})
    void nobodySeesABallotLinkedToAPersonNorAnyCountBeforeTheClose(String role) {
        List<Api.Response> seen = everythingSeenBy(role.equals("anonymous") ? null : role);
        String everything = String.join("\n", seen.stream().map(Api.Response::body).toList());
        for (int i = 1; i <= 6; i++) {
            assertThat(everything).as("no member ID or name on any vote page, API answer or export")
                    .doesNotContain("ID" + m + i).doesNotContain("Person" + m + i);
        }
        String openVote = api.get("committee", "/api/votes/" + open).body();
        assertThat(openVote).doesNotContain("\"voted\"").doesNotContain("\"turnout\"").doesNotContain("recordHead");
        List<Api.Response> openAnswers = seen.subList(0, 7);
        assertThat(openAnswers.get(1).status()).as("result before the close").isIn(401, 404, 409);
        assertThat(openAnswers.get(2).status()).as("board before the close").isIn(401, 404, 409);
        assertThat(openAnswers.get(4).status()).as("record before the close").isIn(401, 404, 409);
        assertThat(openAnswers.get(3).body()).doesNotContain("BALLOT");
        for (String tracker : trackers.subList(0, 1)) {
            assertThat(everything).as("an open vote's tracker is nowhere").doesNotContain(tracker);
        }
        if (role.equals("management") || role.equals("anonymous")) {
            assertThat(everything).doesNotContain("Open vote " + m);
        }
        if (role.equals("anonymous")) {
            assertThat(everything).doesNotContain("Counted vote " + m);
            assertThat(seen.get(12).status()).as("the counted vote itself").isIn(401, 404);
        }
        if (role.equals("management")) {
            assertThat(seen.get(12).status()).as("the employer sees the counted vote, to check its result").isEqualTo(200);
        }
    }

    @Test
    void theCountedVotesRecordCarriesTrackersAndBallotsApartAndNoMember() {
        String record = api.get("observer", "/api/votes/" + counted + "/record").body();
        assertThat(record).contains(trackers.get(1)).doesNotContain("ID" + m).doesNotContain("Person" + m);
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(record);
        assertThat(json.get("board").get("trackers").toString()).doesNotContain("Yes").doesNotContain("No");
        List<String> listed = new ArrayList<>();
        json.get("board").get("trackers").forEach(t -> listed.add(t.asString()));
        assertThat(listed).isSorted();
        List<String> ballots = new ArrayList<>();
        json.get("board").get("ballots").forEach(b -> ballots.add(b.toString()));
        assertThat(ballots).as("ballots in their own order, not the trackers'").isSorted();
    }

    @Test
    void theStoredBallotNamesNoMemberNoTimeAndFollowsNoOrder() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> columns = jdbc.queryForList("""
                select lower(column_name) from information_schema.columns where lower(table_name) = 'vote_ballot' order by 1
                """, String.class);
        assertThat(columns).containsExactlyInAnyOrder("id", "vote_id", "tracker", "answers", "paper_batch", "replace_hash");
        List<String> types = jdbc.queryForList("""
                select lower(data_type) from information_schema.columns where lower(table_name) = 'vote_ballot' and lower(column_name) = 'id'
                """, String.class);
        assertThat(types.get(0)).contains("uuid");
        List<String> voterColumns = jdbc.queryForList("""
                select lower(column_name) from information_schema.columns where lower(table_name) = 'vote_voter' order by 1
                """, String.class);
        assertThat(voterColumns).doesNotContain("ballot_id", "tracker", "voted_at", "answers");
        assertThat(jdbc.queryForObject("select count(*) from vote_ballot where vote_id = ? and replace_hash is not null", Long.class, counted))
                .isZero();
        List<String> ids = jdbc.queryForList("select cast(id as varchar(36)) from vote_ballot where vote_id = ? order by tracker", String.class, counted);
        assertThat(ids).hasSize(4).allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(4));
    }
}
