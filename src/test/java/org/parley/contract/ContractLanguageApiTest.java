package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.parley.support.Agreements;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ParleyIntegrationTest
class ContractLanguageApiTest {

    @Autowired
    Api api;

    long importAgreement(String name) {
        var response = api.upload("labor", "/api/agreements", Map.of("name", name), "cba.md",
                Agreements.MARKDOWN.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.id();
    }

    /** A table whose negotiation bargains over a freshly imported agreement. */
    long[] tableOverAgreement(String name) {
        long agreement = importAgreement(name + " agreement");
        Scenario scenario = new Scenario(api);
        long negotiation = scenario.negotiation(name, "2026-06-30");
        assertThat(api.patch("admin", "/api/negotiations/" + negotiation, Map.of("baseAgreementId", agreement)).json()
                .get("baseAgreementId").asLong()).isEqualTo(agreement);
        long table = scenario.table(negotiation, name + " table");
        long session = scenario.session(table, "2026-02-02", "HELD");
        return new long[] {negotiation, table, session, agreement};
    }

    @Test
    void aPreviewShowsWhatWasFoundAndSavesNothing() {
        int before = api.get("labor", "/api/agreements").json().size();
        var preview = api.upload("labor", "/api/agreements", Map.of("preview", "true", "name", "Preview"), "cba.md",
                Agreements.MARKDOWN.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).isEqualTo(200);
        JsonNode json = preview.json();
        assertThat(json.get("articles").size()).isEqualTo(3);
        assertThat(json.get("articles").get(1).get("number").asString()).isEqualTo("13");
        assertThat(json.get("articles").get(1).get("sections").get(1).get("number").asString()).isEqualTo("13.2");
        assertThat(json.get("articles").get(1).get("sections").get(1).get("title").asString()).isEqualTo("Accrual");
        assertThat(json.get("problems").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(api.get("labor", "/api/agreements").json().size()).isEqualTo(before);
    }

    @Test
    void aSavedAgreementReturnsItsSectionsWithText() {
        long id = importAgreement("Saved");
        JsonNode agreement = api.get("management", "/api/agreements/" + id).json();
        assertThat(agreement.get("name").asString()).isEqualTo("Saved");
        JsonNode accrual = agreement.get("articles").get(1).get("sections").get(1);
        assertThat(accrual.get("number").asString()).isEqualTo("13.2");
        assertThat(accrual.get("text").asString()).isEqualTo("Employees accrue eight hours of paid time off per month of service.");
        assertThat(api.get("labor", "/api/agreements/" + id + "/search?q=carried+over").json().get(0).get("sectionNumber").asString())
                .isEqualTo("13.3");
        assertThat(api.get("member", "/api/agreements/" + id).status()).isEqualTo(403);
    }

    @Test
    void aDocumentThatCannotBeParsedIsRefusedWithItsProblemsAndNothingIsSaved() {
        int before = api.get("labor", "/api/agreements").json().size();
        var refused = api.upload("labor", "/api/agreements", Map.of("name", "Letter"), "letter.txt",
                "Dear colleagues,\nthis is not an agreement.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("nothing was saved");
        assertThat(refused.json().get("problems").get(0).get("message").asString()).contains("No article headings");
        var notDocx = api.upload("labor", "/api/agreements", Map.of("name", "Fake"), "fake.docx", "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(notDocx.status()).isEqualTo(400);
        assertThat(notDocx.json().get("detail").asString()).contains("not a valid DOCX");
        assertThat(api.get("labor", "/api/agreements").json().size()).isEqualTo(before);
    }

    @Test
    void aProposalStatedAsSectionChangesHasAComputedRedline() {
        long[] ids = tableOverAgreement("Redline");
        long thread = new Scenario(api).thread(ids[1], "Paid time off");
        var opening = api.post("labor", "/api/threads/" + thread + "/versions", Map.of("side", "LABOR", "sessionId", ids[2],
                "summary", "More PTO", "changes", List.of(
                        Map.of("op", "REPLACE", "section", "13.2", "text", "Employees accrue ten hours of paid time off per month of service."),
                        Map.of("op", "ADD", "section", "13.4", "title", "Cash-out", "text", "Unused hours are paid out at separation."),
                        Map.of("op", "DELETE", "section", "13.3"))));
        assertThat(opening.status()).as(opening.body()).isEqualTo(201);
        long version = opening.id();

        JsonNode redline = api.get("management", "/api/versions/" + version + "/redline?against=AGREEMENT").json();
        JsonNode replaced = redline.get("sections").get(0);
        assertThat(replaced.get("section").asString()).isEqualTo("13.2");
        assertThat(runs(replaced)).containsExactly("EQUAL:Employees accrue ", "DELETE:eight", "INSERT:ten",
                "EQUAL: hours of paid time off per month of service.");
        assertThat(runs(redline.get("sections").get(1))).containsExactly("INSERT:Unused hours are paid out at separation.");
        assertThat(runs(redline.get("sections").get(2))).containsExactly("DELETE:Up to forty hours may be carried over into the next year.");

        var counter = api.post("management", "/api/threads/" + thread + "/versions", Map.of("side", "MANAGEMENT", "sessionId", ids[2],
                "changes", List.of(Map.of("op", "REPLACE", "section", "13.2",
                        "text", "Employees accrue nine hours of paid time off per month of service."))));
        assertThat(counter.status()).as(counter.body()).isEqualTo(201);
        JsonNode moved = api.get("labor", "/api/versions/" + counter.id() + "/redline?against=PREVIOUS").json();
        assertThat(moved.get("comparedWith").asString()).isEqualTo("L-1");
        JsonNode section = moved.get("sections").get(0);
        assertThat(section.get("section").asString()).isEqualTo("13.2");
        assertThat(runs(section)).contains("DELETE:ten", "INSERT:nine");
        assertThat(api.get("labor", "/api/versions/" + version + "/redline?against=PREVIOUS").status()).isEqualTo(409);
    }

    @Test
    void changesThatDoNotFitTheAgreementAreRefused() {
        long[] ids = tableOverAgreement("Misfit");
        long thread = new Scenario(api).thread(ids[1], "Holidays");
        var missing = api.post("labor", "/api/threads/" + thread + "/versions", Map.of("side", "LABOR", "sessionId", ids[2],
                "changes", List.of(Map.of("op", "REPLACE", "section", "14.1", "text", "x"))));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("14.1").contains("ADD");
        var exists = api.post("labor", "/api/threads/" + thread + "/versions", Map.of("side", "LABOR", "sessionId", ids[2],
                "changes", List.of(Map.of("op", "ADD", "section", "13.2", "text", "x"))));
        assertThat(exists.status()).isEqualTo(400);
        var unknown = api.post("labor", "/api/threads/" + thread + "/versions", Map.of("side", "LABOR", "sessionId", ids[2],
                "changes", List.of(Map.of("op", "MERGE", "section", "13.2"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("MERGE").contains("REPLACE");
        assertThat(api.get("labor", "/api/threads/" + thread).json().get("versions").size()).isZero();
    }

    @Test
    void theTentativeContractAppliesStandingTasReportsConflictsAndDropsWalkedBackOnes() {
        long[] ids = tableOverAgreement("Tentative");
        Scenario scenario = new Scenario(api);
        long pto = scenario.thread(ids[1], "PTO accrual");
        long pto2 = scenario.thread(ids[1], "PTO accrual, second thread");
        long wages = scenario.thread(ids[1], "Wages");
        long v1 = changed(pto, ids[2], "13.2", "Employees accrue ten hours per month.");
        long v2 = changed(pto2, ids[2], "13.2", "Employees accrue twelve hours per month.");
        long v3 = changed(wages, ids[2], "20.1", "Wage rates rise by 4% each year.");
        long ta1 = scenario.ta(pto, v1, "2026-02-02");
        long ta2 = scenario.ta(pto2, v2, "2026-02-02");
        scenario.ta(wages, v3, "2026-02-02");

        JsonNode contract = api.get("labor", "/api/negotiations/" + ids[0] + "/tentative-contract").json();
        assertThat(contract.get("baseAgreement").get("id").asLong()).isEqualTo(ids[3]);
        assertThat(contract.get("conflicts").size()).isEqualTo(1);
        assertThat(contract.get("conflicts").get(0).get("section").asString()).isEqualTo("13.2");
        assertThat(contract.get("conflicts").get(0).get("changes").get(1).get("text").asString()).contains("twelve");
        JsonNode wagesSection = section(contract, "20.1");
        assertThat(wagesSection.get("status").asString()).isEqualTo("REPLACED");
        assertThat(wagesSection.get("text").asString()).isEqualTo("Wage rates rise by 4% each year.");
        assertThat(wagesSection.get("tentativeAgreement").get("thread").asString()).isEqualTo("Wages");
        assertThat(section(contract, "13.2").get("status").asString()).isEqualTo("UNCHANGED");

        api.post("management", "/api/tentative-agreements/" + ta2 + "/walk-back", Map.of("reason", "Costing"));
        JsonNode after = api.get("labor", "/api/negotiations/" + ids[0] + "/tentative-contract").json();
        assertThat(after.get("conflicts").size()).isZero();
        assertThat(section(after, "13.2").get("text").asString()).isEqualTo("Employees accrue ten hours per month.");
        assertThat(section(after, "13.2").get("tentativeAgreement").get("id").asLong()).isEqualTo(ta1);
        assertThat(after.get("walkedBack").asInt()).isEqualTo(1);
        assertThat(after.get("changes").size()).isEqualTo(2);
    }

    @Test
    void aVersionExportsAsDocxWithRealUnderlineAndStrikeThroughAndAsPdf() throws Exception {
        long[] ids = tableOverAgreement("Documents");
        long thread = new Scenario(api).thread(ids[1], "Accrual <script>alert(1)</script>");
        long version = changed(thread, ids[2], "13.2", "Employees accrue ten hours of paid time off per month of service.");
        byte[] docx = api.download("labor", "/api/versions/" + version + "/document.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFRun> runs = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).toList();
            assertThat(runs).anyMatch(r -> "ten".equals(r.text()) && r.getUnderline() == UnderlinePatterns.SINGLE);
            assertThat(runs).anyMatch(r -> "eight".equals(r.text()) && r.isStrikeThrough());
            String all = String.join(" ", document.getParagraphs().stream().map(p -> p.getText()).toList())
                    + document.getTables().stream().map(t -> t.getText()).reduce("", String::concat);
            assertThat(all).contains("Labor proposal L-1").contains("Accrual <script>alert(1)</script>").contains("For the Employer");
        }
        byte[] pdf = api.download("labor", "/api/versions/" + version + "/document.pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Employees accrue").contains("ten").contains("eight").contains("<script>alert(1)</script>");
        }
    }

    @Test
    void theTentativeContractAndStatusSheetExportAsDocumentsToo() throws Exception {
        long[] ids = tableOverAgreement("Exports");
        long thread = new Scenario(api).thread(ids[1], "Carry-over");
        long version = changed(thread, ids[2], "13.3", "Up to eighty hours may be carried over into the next year.");
        new Scenario(api).ta(thread, version, "2026-02-02");
        byte[] clean = api.download("labor", "/api/negotiations/" + ids[0] + "/tentative-contract.docx?view=clean");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(clean))) {
            String text = String.join("\n", document.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).contains("Up to eighty hours").doesNotContain("forty");
        }
        byte[] redlined = api.download("labor", "/api/negotiations/" + ids[0] + "/tentative-contract.pdf");
        try (var document = Loader.loadPDF(redlined)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Changed sections").contains("Carry-over").contains("eighty").contains("forty");
        }
        byte[] sheet = api.download("labor", "/api/tables/" + ids[1] + "/status-sheet.pdf");
        try (var document = Loader.loadPDF(sheet)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Status sheet").contains("Carry-over").contains("Tentatively agreed");
        }
    }

    @Test
    void contractTextIsStoredAsTypedAndRenderedEscapedOnPages() {
        long[] ids = tableOverAgreement("Escaping");
        long thread = new Scenario(api).thread(ids[1], "Markup");
        String typed = "Employees accrue <b>ten</b> hours & <script>alert('x')</script> per month.";
        long version = changed(thread, ids[2], "13.2", typed);
        assertThat(api.get("labor", "/api/versions/" + version + "/redline").body()).contains("<script>alert('x')</script>");
        String page = api.signIn("labor").get("/threads/" + thread).body();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(page).contains("&lt;b&gt;ten&lt;/b&gt;");
    }

    @Test
    void anyTwoTextsCanBeCompared() {
        JsonNode runs = api.post("labor", "/api/redline", Map.of("old", "four hours", "new", "six hours")).json().get("runs");
        assertThat(runs.get(0).get("type").asString()).isEqualTo("DELETE");
        assertThat(runs.get(0).get("text").asString()).isEqualTo("four");
        assertThat(runs.get(1).get("type").asString()).isEqualTo("INSERT");
    }

    @Test
    void aRedlineRequestThatIsNotValidJsonIsAProblemDetail() {
        var truncated = api.postRaw("labor", "/api/redline", "{\"old\": \"four hours\", \"new\": \"six");
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.json().get("title").asString()).isEqualTo("Invalid input");
        var spaced = api.postRaw("labor", "/api/redline", " {\n \"new\" : \"six hours\" ,\n \"old\" : \"four hours\" }\n");
        assertThat(spaced.status()).isEqualTo(200);
        assertThat(spaced.json().get("runs").get(0).get("text").asString()).isEqualTo("four");
    }

    long changed(long thread, long session, String section, String text) {
        var response = api.post("labor", "/api/threads/" + thread + "/versions", Map.of("side", "LABOR", "sessionId", session,
                "changes", List.of(Map.of("op", "REPLACE", "section", section, "text", text))));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.id();
    }

    static JsonNode section(JsonNode contract, String number) {
        for (JsonNode section : contract.get("sections")) {
            if (section.get("number").asString().equals(number)) {
                return section;
            }
        }
        throw new AssertionError("no section " + number);
    }

    static List<String> runs(JsonNode section) {
        return section.get("runs").valueStream().map(r -> r.get("type").asString() + ":" + r.get("text").asString()).toList();
    }
}
