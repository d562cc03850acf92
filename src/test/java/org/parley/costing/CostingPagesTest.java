package org.parley.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Costs;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/** The costing pages as a team uses them in a browser: forms keep what was typed, figures show as a table and a chart. */
@ParleyIntegrationTest
class CostingPagesTest {

    @Autowired
    Api api;

    static List<String[]> termRow(String type, String on, String percent) {
        List<String[]> row = new ArrayList<>();
        for (String[] f : new String[][] {{"type", type}, {"on", on}, {"percent", percent}, {"cents", ""}, {"amount", ""},
                {"classifications", ""}, {"name", ""}, {"years", ""}, {"tier", ""}, {"premium", ""}, {"employer", ""}, {"turnover", ""}}) {
            row.add(f);
        }
        return row;
    }

    @Test
    void aTeamSetsUpAModelCostsAScenarioAndStatesAVersionsTerms() {
        Scenario scenario = new Scenario(api);
        Costs costs = new Costs(api);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = scenario.negotiation("Costing pages " + marker, "2026-06-30");
        long table = scenario.table(negotiation, "Main");
        long session = scenario.session(table, "2026-03-03", "HELD");
        long thread = costs.economicThread(table, "Wages " + marker);
        long version = scenario.version(thread, "LABOR", session, "Three percent a year.");

        Api.Pages labor = api.signIn("labor");
        assertThat(labor.get("/negotiations/" + negotiation + "/costing").body()).contains("New model");
        Api.Response refused = labor.submit("/negotiations/" + negotiation + "/costing/models", Map.of("name", "Typed name " + marker,
                "contractStart", "2026-07-01", "years", "three", "rateRounding", "NONE", "rollUp", "Social Security | 6.20 | yes",
                "healthPlans", "", "assumptions", "Turnover 8% a year"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("not a valid number of contract years").contains("Typed name " + marker).contains("Turnover 8% a year");
        Api.Response created = labor.submit("/negotiations/" + negotiation + "/costing/models", Map.of("name", "Union model " + marker,
                "contractStart", "2026-07-01", "years", "3", "rateRounding", "NONE", "rollUp", "Social Security | 6.20 | yes\nPension | 6 | no",
                "healthPlans", "FAMILY | 2000 | 80", "assumptions", "Headcount stays as it is"));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String modelPath = created.header("Location").replaceAll("^https?://[^/]+", "");
        long model = Long.parseLong(modelPath.substring(modelPath.lastIndexOf('/') + 1));
        costs.workforce("labor", model, "id,classification,annualSalary,healthTier\na,All,500000,FAMILY\nb,All,500000,\n", false);

        assertThat(labor.get(modelPath).body()).contains("Scenarios").contains("Preview the workforce").contains("Health FAMILY");
        List<String[]> bad = new ArrayList<>(List.<String[]>of(new String[] {"scenarioName", "Typed scenario"}));
        bad.addAll(termRow("ATB_PERCENT", "2026-07-01", "3,5x"));
        Api.Response badScenario = labor.submitRows(modelPath + "/scenarios", bad);
        assertThat(badScenario.status()).isEqualTo(200);
        assertThat(badScenario.body()).contains("Term 1: percent: &#39;3,5x&#39; is not a number").contains("value=\"3,5x\"").contains("Typed scenario");
        List<String[]> good = new ArrayList<>(List.<String[]>of(new String[] {"scenarioName", "Three a year"}));
        good.addAll(termRow("ATB_PERCENT", "2026-07-01", "3"));
        good.addAll(termRow("ATB_PERCENT", "2027-07-01", "3"));
        good.addAll(termRow("ATB_PERCENT", "2028-07-01", "3"));
        good.addAll(termRow("", "", ""));
        Api.Response costed = labor.submitRows(modelPath + "/scenarios", good);
        assertThat(costed.status()).as(costed.body()).isEqualTo(302);
        String scenarioPage = labor.get(costed.header("Location").replaceAll("^https?://[^/]+", "")).body();
        assertThat(scenarioPage).contains("<svg").contains("$30,000.00").contains("$60,900.00").contains("$92,727.00")
                .contains("Download the workbook");

        Api.Response saved = labor.submitRows("/versions/" + version + "/economics", termRow("CENTS_PER_HOUR", "2026-07-01", ""));
        assertThat(saved.status()).isEqualTo(200); // refused: cents missing, the row comes back
        assertThat(saved.body()).contains("needs cents per hour").contains("CENTS_PER_HOUR\" selected");
        Api.Response terms = labor.submitRows("/versions/" + version + "/economics", termRow("ATB_PERCENT", "2026-07-01", "4"));
        assertThat(terms.status()).isEqualTo(302);
        assertThat(labor.get("/versions/" + version + "/economics").body()).contains("Across-the-board increase 4% from 2026-07-01")
                .contains("$40,000.00");
        assertThat(labor.get("/threads/" + thread).body()).contains("What the offers cost, year by year").contains("L-1");
        assertThat(labor.get("/negotiations/" + negotiation).body()).contains("Latest economic packages");
    }
}
