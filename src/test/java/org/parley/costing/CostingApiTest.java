package org.parley.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Costs;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Costing through the API, as a team's finance officer uses it. */
@ParleyIntegrationTest
class CostingApiTest {

    @Autowired
    Api api;

    @Test
    void theWorkedExampleThroughTheApiWithMoneyAsStrings() {
        Scenario scenario = new Scenario(api);
        Costs costs = new Costs(api);
        long negotiation = scenario.negotiation("Costing API " + UUID.randomUUID(), "2026-06-30");
        long model = costs.model("labor", negotiation, "Union model");
        Api.Response upload = costs.workforce("labor", model, "id,classification,annualSalary\npayroll,All,1000000\n", false);
        assertThat(upload.status()).as(upload.body()).isEqualTo(200);
        assertThat(upload.json().get("rows").asInt()).isEqualTo(1);
        long id = costs.scenario("labor", model, "Three times three", Costs.atb("3", "3", "3"));

        JsonNode costing = api.get("labor", "/api/costing/scenarios/" + id).json();
        assertThat(costing.get("years").valueStream().map(y -> y.get("increment").asString()).toList())
                .containsExactly("30000.00", "30900.00", "31827.00");
        assertThat(costing.get("years").valueStream().map(y -> y.get("cumulative").asString()).toList())
                .containsExactly("30000.00", "60900.00", "92727.00");
        assertThat(costing.get("years").valueStream().map(y -> y.get("rollUp").asString()).toList())
                .containsExactly("5145.00", "10444.35", "15902.68");
        assertThat(costing.get("years").get(0).get("start").asString()).isEqualTo("2026-07-01");
        assertThat(costing.get("wholeContract").get("total").asString()).isEqualTo("215119.03");
        assertThat(costing.get("costOfOnePercent").asString()).isEqualTo("11715.00");
        assertThat(costing.get("endRateLiftPercent").asString()).isEqualTo("9.27");
        assertThat(costing.get("assumptions").toString()).contains("17.15%").contains("Headcount stays");

        byte[] xlsx = api.download("labor", "/api/costing/scenarios/" + id + ".xlsx");
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        byte[] pdf = api.download("labor", "/api/costing/scenarios/" + id + ".pdf");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aWorkforceFilePreviewListsProblemsPerRowAndSavesNothing() throws Exception {
        Scenario scenario = new Scenario(api);
        Costs costs = new Costs(api);
        long negotiation = scenario.negotiation("Costing upload " + UUID.randomUUID(), "2026-06-30");
        long model = costs.model("labor", negotiation, "Upload model");
        String csv = """
                Employee ID,Class,Step,Hourly Rate,FTE,Step Anniversary,Shoe size
                1,RN,2,41.20,1,2019-10-01,9
                2,,2,41.20,1,2019-10-01,9
                3,RN,2,forty,1,2019-10-01,9
                1,RN,3,44.00,1,2019-10-01,9
                5,RN,2,41.20,1,01/10/2019,9
                6,Tech,,30,0.5,,
                """;
        JsonNode preview = costs.workforce("labor", model, csv, true).json();
        assertThat(preview.get("rows").asInt()).isEqualTo(2);
        assertThat(preview.get("saved").asBoolean()).isFalse();
        List<String> problems = preview.get("problems").valueStream().map(p -> p.get("row").asInt() + ": " + p.get("message").asString()).toList();
        assertThat(problems).anyMatch(p -> p.startsWith("1: Unknown column 'Shoe size'"))
                .anyMatch(p -> p.startsWith("3: The classification is missing"))
                .anyMatch(p -> p.startsWith("4: The hourly rate 'forty' is not a number"))
                .anyMatch(p -> p.startsWith("5: The ID 1 appears more than once"))
                .anyMatch(p -> p.startsWith("6: The step anniversary '01/10/2019' is not a date"));
        assertThat(api.get("labor", "/api/costing/models/" + model).json().get("workforce").asInt()).isZero();

        // the same people from an Excel workbook
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Staff");
            Object[][] rows = {{"id", "classification", "hourlyRate", "annualHours"}, {"A1", "RN", 41.2, 2080}, {"A2", "Tech", 30, 1040}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else {
                        row.createCell(c).setCellValue(((Number) rows[r][c]).doubleValue());
                    }
                }
            }
            workbook.write(out);
        }
        Api.Response xlsx = api.upload("labor", "/api/costing/models/" + model + "/workforce", Map.of(), "staff.xlsx", out.toByteArray());
        assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
        assertThat(xlsx.json().get("rows").asInt()).isEqualTo(2);
        assertThat(xlsx.json().get("sample").get(0).get("hourlyRate").asString()).isEqualTo("41.2");
        long id = costs.scenario("labor", model, "Cents", List.of(Map.of("type", "CENTS_PER_HOUR", "effective", "2026-07-01", "cents", 50)));
        assertThat(api.get("labor", "/api/costing/scenarios/" + id).json().get("years").get(0).get("cumulative").asString())
                .isEqualTo("1560.00"); // 0.50 × (2080 + 1040)
    }

    @Test
    void badTermsAreRefusedWithAMessageNamingTheTerm() {
        Scenario scenario = new Scenario(api);
        Costs costs = new Costs(api);
        long negotiation = scenario.negotiation("Costing refusals " + UUID.randomUUID(), "2026-06-30");
        long model = costs.model("labor", negotiation, "Refusals model");
        Api.Response response = api.post("labor", "/api/costing/models/" + model + "/scenarios",
                Map.of("name", "Bad", "terms", List.of(Map.of("type", "ATB_PERCENT", "effective", "2026-07-01", "percent", 3),
                        Map.of("type", "LUMP_SUM", "amount", 500))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("Term 2").contains("date it is paid");
        Api.Response years = api.post("labor", "/api/costing/models", Map.of("negotiationId", negotiation, "name", "x",
                "contractStart", "2026-07-01", "years", 0));
        assertThat(years.status()).isEqualTo(400);
        assertThat(years.json().get("detail").asString()).contains("1 to 10 years");
    }

    @Test
    void aPassedVersionIsCostedAndTheThreadShowsBothOffersAndTheGap() {
        Scenario scenario = new Scenario(api);
        Costs costs = new Costs(api);
        long negotiation = scenario.negotiation("Costing thread " + UUID.randomUUID(), "2026-06-30");
        long table = scenario.table(negotiation, "Main");
        long session = scenario.session(table, "2026-03-03", "HELD");
        long thread = costs.economicThread(table, "Wages");
        long labor = scenario.version(thread, "LABOR", session, "Wages go up 5%, 4%, 4%.");
        long management = scenario.version(thread, "MANAGEMENT", session, "Wages go up 2%, 2%, 2%.");
        long model = costs.model("labor", negotiation, "Union model");
        costs.workforce("labor", model, "id,classification,annualSalary\npayroll,All,1000000\n", false);

        assertThat(api.put("labor", "/api/versions/" + labor + "/economics", Map.of("terms", Costs.atb("5", "4", "4"))).status()).isEqualTo(200);
        assertThat(api.put("management", "/api/versions/" + management + "/economics", Map.of("terms", Costs.atb("2", "2", "2"))).status()).isEqualTo(200);
        assertThat(api.get("management", "/api/versions/" + labor + "/economics").json().get("terms")).hasSize(3);

        JsonNode costing = api.get("labor", "/api/versions/" + labor + "/costing").json();
        assertThat(costing).hasSize(1);
        assertThat(costing.get(0).get("years").get(0).get("increment").asString()).isEqualTo("50000.00");

        JsonNode gap = api.get("labor", "/api/threads/" + thread + "/costing").json();
        assertThat(gap.get("laborOffer").asString()).isEqualTo("L-1");
        assertThat(gap.get("managementOffer").asString()).isEqualTo("M-1");
        // labor: cumulative 50,000, 92,000, 135,680; management: 20,000, 40,400, 61,208; each with 17.15% roll-up
        assertThat(gap.get("years").valueStream().map(y -> y.get("gap").asString()).toList())
                .containsExactly("35145.00", "60449.40", "87243.95");
        JsonNode whole = api.get("labor", "/api/negotiations/" + negotiation + "/costing").json();
        assertThat(whole.get("gapWholeContract").asString()).isEqualTo("182838.35");

        // a thread that is not economic takes no terms
        long plain = scenario.thread(table, "Parking");
        long parking = scenario.version(plain, "LABOR", session, "Free parking.");
        assertThat(api.put("labor", "/api/versions/" + parking + "/economics", Map.of("terms", Costs.atb("1"))).status()).isEqualTo(409);
    }
}
