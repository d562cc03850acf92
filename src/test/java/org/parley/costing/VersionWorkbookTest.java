package org.parley.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.support.Api;
import org.parley.support.Costs;
import org.parley.support.LibreOffice;
import org.parley.support.Members;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A passed version's costing downloads as the scenarios' workbook (live formulas, assumptions sheet), under
 * the same rule as its costing in JSON: the side's own models, and another side's only once shared.
 */
@ParleyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionWorkbookTest {

    @Autowired
    Api api;

    long negotiation;
    long thread;
    long version;
    long model;

    @BeforeAll
    void laborCostsItsWageProposal() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        Scenario scenario = new Scenario(api);
        Costs costs = new Costs(api);
        negotiation = scenario.negotiation("Version workbook " + m, "2026-06-30");
        long table = scenario.table(negotiation, "Main");
        long session = scenario.session(table, "2026-03-03", "HELD");
        thread = costs.economicThread(table, "Wages " + m);
        version = scenario.version(thread, "LABOR", session, "Four percent, then three, then three.");
        api.put("labor", "/api/versions/" + version + "/economics", Map.of("terms", Costs.atb("4", "3", "3")));
        model = costs.model("labor", negotiation, "Union model " + m);
        costs.workforce("labor", model, "id,classification,step,annualHours\nA1,RN,1,2080\nA2,RN,2,1560\nA3,Tech,1,2080\n", false);
        costs.schedule("labor", model, "classification,step,hourlyRate\nRN,1,41.20\nRN,2,43.00\nTech,1,30.00\n");
    }

    @Test
    void theWorkbookOpensWithFormulasAndFollowsTheCostingsAudience() throws Exception {
        byte[] labor = api.download("labor", "/api/versions/" + version + "/costing.xlsx?model=" + model);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(labor))) {
            assertThat(book.getSheet("Summary").getRow(1).getCell(10).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(book.getSheet("Assumptions").getRow(1).getCell(0).getStringCellValue()).startsWith("Model:");
        }
        Api.Pages team = api.signIn("labor");
        String threadPage = team.get("/threads/" + thread).body();
        assertThat(threadPage).contains("/versions/" + version + "/costing.xlsx?model=" + model);
        assertThat(team.get("/versions/" + version + "/costing.xlsx?model=" + model).header("Content-Type"))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        new Members(api).importRoster("labor", negotiation, "member_id,name,email,classification\nA1,Ann A,a1-" + model
                + "@example.org,RN\n", false);
        new Members(api).linkTestMember(negotiation, "A1");
        for (String role : List.of("management", "member", "committee", "observer")) {
            var refused = api.get(role, "/api/versions/" + version + "/costing.xlsx");
            assertThat(refused.status()).as(role + " before the costing is shared").isIn(403, 404);
            assertThat(api.get(role, "/api/versions/" + version + "/costing").body()).as(role).doesNotContain("Union model");
        }
        assertThat(api.put("labor", "/api/versions/" + version + "/costing/share", Map.of("modelId", model, "shared", true)).status())
                .isEqualTo(200);
        assertThat(api.get("management", "/api/versions/" + version + "/costing.xlsx?model=" + model).status()).isEqualTo(200);
        assertThat(api.get("member", "/api/versions/" + version + "/costing.xlsx?model=" + model).status()).isIn(403, 404);
        api.put("labor", "/api/versions/" + version + "/costing/share", Map.of("modelId", model, "shared", false));
    }

    @Test
    @ExtendWith(LibreOffice.CalcAvailable.class)
    void libreOfficeRecalculatesTheVersionsWorkbookToParleysFigures() throws Exception {
        JsonNode costing = api.get("labor", "/api/versions/" + version + "/costing").json().get(0);
        Path dir = Files.createTempDirectory("parley-version-workbook");
        Path file = dir.resolve("version.xlsx");
        Files.write(file, api.download("labor", "/api/versions/" + version + "/costing.xlsx?model=" + model));
        Path recalculated = LibreOffice.convert(file, "xlsx:Calc MS Excel 2007 XML", "xlsx");
        try (InputStream in = Files.newInputStream(recalculated); Workbook book = WorkbookFactory.create(in)) {
            Sheet summary = book.getSheet("Summary");
            JsonNode years = costing.get("years");
            for (int y = 0; y < years.size(); y++) {
                assertThat(cents(summary, y + 1, 4)).as("wages, year " + (y + 1)).isEqualByComparingTo(years.get(y).get("wages").asString());
                assertThat(cents(summary, y + 1, 10)).as("total, year " + (y + 1)).isEqualByComparingTo(years.get(y).get("total").asString());
            }
            assertThat(cents(summary, years.size() + 1, 10)).as("whole contract")
                    .isEqualByComparingTo(costing.get("wholeContract").get("total").asString());
        }
    }

    private static BigDecimal cents(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        assertThat(cell.getCellType()).as("row %d column %d is a formula", row, column).isEqualTo(CellType.FORMULA);
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }
}
