package org.parley.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.demo.internal.NationalRecord;
import org.parley.platform.Side;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The status sheet filtered and paged by the database, on a small record written by the national-record generator:
 * the database's rows are the rows {@link StatusSheet#of} computes from the whole exchanges, under every filter;
 * pages of 50 with "Show 50 more" (a link without script, rows alone for htmx); the dashboard and its lazy charts
 * answer; and only the teams and administrators see any of it (members are refused on every paged, filtered and
 * exported route, and a side's drafts never show).
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusSheetPagingTest {

    @Autowired
    Api api;
    @Autowired
    Accounts accounts;
    @Autowired
    NationalRecord record;
    @Autowired
    Proposals proposals;
    @Autowired
    StatusSheets sheets;

    Viewer labor;
    NationalRecord.Made made;
    long national;

    @BeforeAll
    void writeASmallNationalRecord() {
        api.ensureAccounts();
        Viewer admin = accounts.createOrReset("admin", "Ada Admin", Role.ADMIN, Api.PASSWORD);
        labor = accounts.createOrReset("labor", "Lena Labor", Role.LABOR_TEAM, Api.PASSWORD);
        Viewer management = accounts.createOrReset("management", "Max Management", Role.MANAGEMENT_TEAM, Api.PASSWORD);
        made = record.generate(admin, labor, management, new NationalRecord.Size(24, 120, 25, 60));
        national = made.tables().get(0).id();
    }

    @Test
    void theDatabaseRowsAreTheRowsOfTheWholeExchangesUnderEveryFilter() {
        List<StatusSheetFilter> filters = new ArrayList<>(List.of(StatusSheetFilter.ALL,
                new StatusSheetFilter(null, null, true, null), new StatusSheetFilter(null, null, false, "wages"),
                new StatusSheetFilter(null, null, null, null, "Art. 3.1", null),
                new StatusSheetFilter(null, null, null, null, null, NationalRecord.SUBGROUPS[1])));
        for (ThreadStatus status : ThreadStatus.values()) {
            filters.add(new StatusSheetFilter(status, null, null, null));
        }
        for (Side side : Side.values()) {
            filters.add(new StatusSheetFilter(ThreadStatus.ON_THE_TABLE, side, null, null));
        }
        for (var table : made.tables()) {
            TableExchanges exchanges = proposals.exchanges(labor, table.id());
            assertThat(sheets.rows(labor, table.id(), StatusSheetFilter.ALL)).hasSize(120);
            for (StatusSheetFilter filter : filters) {
                assertThat(sheets.rows(labor, table.id(), filter)).as(filter.toString()).isEqualTo(StatusSheet.of(exchanges, filter));
            }
        }
        assertThat(StatusSheet.of(proposals.exchanges(labor, national), new StatusSheetFilter(null, null, null, null, null,
                NationalRecord.SUBGROUPS[1]))).as("the subgroup filter keeps something to compare").isNotEmpty();
        assertThat(StatusSheet.of(proposals.exchanges(labor, national), new StatusSheetFilter(ThreadStatus.WALKED_BACK, null, null, null)))
                .as("the record has walked-back threads").isNotEmpty();

        StatusSheetPage page = sheets.page(labor, national, new StatusSheetFilter(null, null, true, null), 2);
        List<StatusSheetRow> economic = StatusSheet.of(proposals.exchanges(labor, national), new StatusSheetFilter(null, null, true, null));
        assertThat(page.matching()).isEqualTo(economic.size());
        assertThat(page.threads()).isEqualTo(120);
        assertThat(page.rows()).isEqualTo(economic.subList(Math.min(50, economic.size()), Math.min(100, economic.size())));
        assertThat(page.subgroups()).containsExactlyInAnyOrder(NationalRecord.SUBGROUPS);
    }

    @Test
    void pagesOf50WithShowMoreAsALinkAndAsRowsForHtmx() {
        Api.Pages pages = api.signIn("labor");
        String first = pages.get("/tables/" + national + "/status-sheet").body();
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("120 threads; showing 1–50").contains("Show 50 more")
                .contains("href=\"/tables/" + national + "/status-sheet?page=2\"").contains("hx-get=\"/tables/" + national + "/status-sheet?page=2\"");

        String third = pages.get("/tables/" + national + "/status-sheet?page=3").body();
        assertThat(rows(third)).isEqualTo(20);
        assertThat(third).contains("showing 101–120").contains("Show the previous 50").doesNotContain("more</a>");

        Api.Response fragment = htmx(pages, "/tables/" + national + "/status-sheet?page=2");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").doesNotContain("<table").contains("Show 20 more")
                .contains("status-sheet?page=3");
        assertThat(rows(fragment.body())).isEqualTo(50);

        StatusSheetFilter filter = new StatusSheetFilter(null, Side.MANAGEMENT, true, null);
        int expected = StatusSheet.of(proposals.exchanges(labor, national), filter).size();
        String filtered = pages.get("/tables/" + national + "/status-sheet?lastSide=MANAGEMENT&economic=true").body();
        assertThat(filtered).contains((expected == 1 ? "1 thread" : expected + " threads") + " of 120 match the filter");
        assertThat(rows(filtered)).isEqualTo(Math.min(50, expected));
        String searched = pages.get("/tables/" + national + "/status-sheet?q=" + "Wages+%2831%29").body();
        assertThat(searched).contains("1 thread of 120 match the filter").contains(">Wages (31)<");

        String csv = pages.get("/tables/" + national + "/status-sheet.csv").body();
        assertThat(csv.lines().count()).isEqualTo(121);
        assertThat(csv).startsWith("\uFEFFThread,Subject,Article");
    }

    @Test
    void theDashboardAnswersAndItsChartsComeAfterwardsCountedPerMonth() {
        Api.Pages pages = api.signIn("labor");
        String dashboard = pages.get("/negotiations/" + made.negotiation().id()).body();
        assertThat(dashboard).contains("hx-get=\"/tables/" + national + "/charts\"").contains("hx-trigger=\"load\"")
                .doesNotContain("class=\"bar-chart\"");
        Api.Response charts = htmx(pages, "/tables/" + national + "/charts");
        assertThat(charts.status()).isEqualTo(200);
        assertThat(charts.body()).doesNotContain("<html").contains("class=\"bar-chart\"").contains("class=\"line-chart\"")
                .contains("The same figures as a table");
        assertThat(pages.get("/tables/" + national + "/charts").body()).contains("<html").contains("class=\"bar-chart\"");
    }

    @Test
    void onlyTheTeamsAndAdministratorsSeeTheSheetOnAnyRoute() {
        long draftTable = national;
        String secret = "Draft only labor sees " + System.nanoTime();
        assertThat(api.post("labor", "/api/tables/" + draftTable + "/drafts", Map.of("title", secret, "language", "Secret language")).status())
                .isEqualTo(201);
        List<String> routes = List.of("/tables/" + national + "/status-sheet", "/tables/" + national + "/status-sheet?page=2",
                "/tables/" + national + "/status-sheet?q=" + "Draft+only", "/tables/" + national + "/status-sheet?lastSide=LABOR&article=Art.+3.1",
                "/tables/" + national + "/status-sheet.csv", "/tables/" + national + "/charts");
        Api.Pages member = api.signIn("member");
        for (String route : routes) {
            assertThat(member.get(route).status()).as("member " + route).isEqualTo(403);
            assertThat(htmx(member, route).status()).as("member htmx " + route).isEqualTo(403);
        }
        assertThat(api.get("member", "/api/tables/" + national + "/threads?article=Art.+3.1").status()).isEqualTo(403);
        assertThat(api.get("member", "/api/tables/" + national + "/status-sheet.csv").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/tables/" + national + "/status-sheet?page=2").status()).isEqualTo(302);
        for (String role : List.of("labor", "management", "admin")) {
            Api.Pages pages = api.signIn(role);
            for (String route : routes) {
                var response = pages.get(route);
                assertThat(response.status()).as(role + " " + route).isEqualTo(200);
                if (!role.equals("labor")) {
                    assertThat(response.body()).as("labor's draft, seen by " + role + " at " + route).doesNotContain(secret);
                }
            }
        }
        assertThat(api.signIn("labor").get("/tables/" + national + "/status-sheet").body()).as("labor's own drafts").contains(secret);
    }

    private static Api.Response htmx(Api.Pages pages, String path) {
        return pages.get(path, Map.of("HX-Request", "true"));
    }

    private static int rows(String html) {
        Matcher matcher = Pattern.compile("<tr class=\"row-").matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
