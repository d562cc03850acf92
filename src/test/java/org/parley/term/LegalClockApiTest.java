package org.parley.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The legal clock through the API, as a bargaining team uses it. */
@ParleyIntegrationTest
class LegalClockApiTest {

    @Autowired
    Api api;

    long negotiation(String name) {
        long id = new Scenario(api).negotiation(name, "2027-06-30");
        var patched = api.patch("labor", "/api/negotiations/" + id, Map.of("expiresAt", "2027-06-30T23:59-07:00[America/Los_Angeles]",
                "jurisdiction", "US_NLRA", "healthCareInstitution", true, "firstContract", false));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        return id;
    }

    static JsonNode deadline(JsonNode clock, String kind) {
        return clock.get("deadlines").valueStream().filter(d -> d.get("kind").asString().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void theTermsHourZoneAndFactsAreKeptAndShown() {
        long id = negotiation("Term facts");
        JsonNode n = api.get("management", "/api/negotiations/" + id + "?asOf=2027-06-30").json();
        assertThat(n.get("expiresAt").asString()).isEqualTo("2027-06-30T23:59:00-07:00[America/Los_Angeles]");
        assertThat(n.get("expirationDate").asString()).isEqualTo("2027-06-30");
        assertThat(n.get("healthCareInstitution").asBoolean()).isTrue();
        assertThat(n.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(n.get("countdown").asString()).isEqualTo("The contract expires today at 11:59 p.m.");
        assertThat(api.get("labor", "/api/negotiations/" + id + "?asOf=2027-07-01").json().get("status").asString()).isEqualTo("EXPIRED");

        // midnight means the end of the day before
        api.patch("labor", "/api/negotiations/" + id, Map.of("expiresAt", "2027-07-01T00:00"));
        assertThat(api.get("labor", "/api/negotiations/" + id).json().get("expirationDate").asString()).isEqualTo("2027-06-30");
    }

    @Test
    void badTermInputIsExplained() {
        long id = negotiation("Bad term");
        var badMoment = api.patch("labor", "/api/negotiations/" + id, Map.of("expiresAt", "June 30th"));
        assertThat(badMoment.status()).isEqualTo(400);
        assertThat(badMoment.json().get("detail").asString()).contains("June 30th").contains("2026-09-30T23:59");
        var unknown = api.patch("labor", "/api/negotiations/" + id, Map.of("jurisdiction", "ATLANTIS"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("ATLANTIS");
        var noKind = api.post("labor", "/api/negotiations/" + id + "/notices", Map.of("servedBy", "LABOR", "recipients", "x", "servedAt", "2026-11-01"));
        assertThat(noKind.status()).isEqualTo(400);
        var strikeWithoutStart = api.post("labor", "/api/negotiations/" + id + "/notices", Map.of("kind", "STRIKE_8G", "servedBy", "LABOR",
                "recipients", "Hospital", "servedAt", "2026-11-01T10:00", "location", "North"));
        assertThat(strikeWithoutStart.status()).isEqualTo(400);
        assertThat(strikeWithoutStart.json().get("detail").asString()).contains("actionStartsAt");
        var both = api.post("labor", "/api/negotiations/" + id + "/extensions", Map.of("offeredBy", "LABOR", "days", 30, "until", "2027-08-01"));
        assertThat(both.status()).isEqualTo(400);
        var future = api.post("labor", "/api/negotiations/" + id + "/notices", Map.of("kind", "MODIFICATION_8D1", "servedBy", "LABOR",
                "recipients", "Employer", "servedAt", "2099-01-01"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asString()).contains("planned");
    }

    @Test
    void noticesServedDriveTheDeadlinesAndTheEarliestStrike() {
        long id = negotiation("Deadlines");
        String notices = "/api/negotiations/" + id + "/notices";
        var modify = api.post("labor", notices, Map.of("kind", "MODIFICATION_8D1", "servedBy", "LABOR", "recipients", "Test Employer",
                "servedAt", "2026-11-02T10:00", "method", "Certified mail"));
        assertThat(modify.status()).as(modify.body()).isEqualTo(201);
        api.post("labor", notices, Map.of("kind", "FMCS_8D3", "servedBy", "LABOR", "recipients", "FMCS; State Mediation Service",
                "servedAt", "2026-11-03T10:00", "method", "FMCS online F-7"));

        JsonNode clock = api.get("labor", "/api/negotiations/" + id + "/deadlines?asOf=2027-04-01").json();
        assertThat(clock.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(deadline(clock, "MODIFICATION_8D1").get("status").asString()).isEqualTo("MET");
        assertThat(deadline(clock, "MODIFICATION_8D1").get("dueBy").asString()).isEqualTo("2027-04-01");
        assertThat(deadline(clock, "MODIFICATION_8D1").get("basis").asString()).contains("§ 158(d)(1)");
        assertThat(deadline(clock, "FMCS_8D3").get("dueBy").asString()).isEqualTo("2027-05-01");
        assertThat(deadline(clock, "STRIKE_8G").get("status").asString()).isEqualTo("UPCOMING");
        assertThat(clock.get("disclaimer").asString()).contains("counsel");
        // no 8(g) notice yet: served on 1 April it would allow a strike on 12 April, but the agreement runs to 30 June 11:59 p.m.
        assertThat(clock.get("earliestLawfulStrikeStart").asString()).isEqualTo("2027-06-30T23:59:00-07:00[America/Los_Angeles]");
        assertThat(clock.get("constraints").valueStream().map(c -> c.get("reason").asString()))
                .anySatisfy(r -> assertThat(r).startsWith("not before 11:59 p.m. on 30 June 2027"));

        JsonNode management = api.get("management", "/api/negotiations/" + id + "/deadlines?asOf=2027-04-01").json();
        assertThat(management.get("action").asString()).isEqualTo("lockout");

        var plan = api.get("labor", "/api/negotiations/" + id + "/strike-plan?target=2027-07-06T06:00&locations=North%20clinic&locations=Main%20hospital").json();
        assertThat(plan.get("lawful").asBoolean()).isTrue();
        assertThat(plan.get("steps").valueStream().map(s -> s.get("what").asString()))
                .anySatisfy(s -> assertThat(s).contains("North clinic").contains("6 July 2027, 6:00 AM"));
        assertThat(plan.get("steps").valueStream().filter(s -> s.get("what").asString().contains("Main hospital")).findFirst().orElseThrow()
                .get("by").asString()).isEqualTo("2027-06-25");
        var tooSoon = api.get("labor", "/api/negotiations/" + id + "/strike-plan?target=2027-06-15T06:00&locations=North%20clinic").json();
        assertThat(tooSoon.get("lawful").asBoolean()).isFalse();
    }

    @Test
    void anAcceptedExtensionMovesTheCountdownAndTheHistoryKeepsEveryOffer() {
        long id = negotiation("Extensions");
        String extensions = "/api/negotiations/" + id + "/extensions";
        long refused = api.post("labor", extensions, Map.of("offeredBy", "LABOR", "days", 30, "offeredAt", "2026-11-10T10:00")).id();
        var answer = api.post("labor", "/api/extensions/" + refused + "/response",
                Map.of("response", "REFUSED", "at", "2026-11-11T10:00"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("respondedBy").asString()).isEqualTo("MANAGEMENT");
        assertThat(api.post("labor", "/api/extensions/" + refused + "/response", Map.of("response", "ACCEPTED")).status()).isEqualTo(409);

        long offered = api.post("management", extensions, Map.of("offeredBy", "MANAGEMENT", "until", "2027-07-31",
                "conditions", "No strike during the extension", "offeredAt", "2026-11-12T10:00")).id();
        Map<String, Object> counter = new LinkedHashMap<>();
        counter.put("response", "COUNTERED");
        counter.put("at", "2026-11-13T10:00");
        counter.put("days", 14);
        long counterId = api.post("labor", "/api/extensions/" + offered + "/response", counter).id();
        assertThat(api.post("management", "/api/extensions/" + counterId + "/response", Map.of("response", "ACCEPTED", "at", "2026-11-14T10:00"))
                .status()).isEqualTo(200);

        JsonNode history = api.get("management", extensions).json();
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.valueStream().map(e -> e.get("status").asString())).containsExactly("REFUSED", "COUNTERED", "ACCEPTED");

        JsonNode n = api.get("labor", "/api/negotiations/" + id + "?asOf=2027-07-01").json();
        assertThat(n.get("status").asString()).isEqualTo("EXTENDED");
        assertThat(n.get("expirationDate").asString()).isEqualTo("2027-06-30");
        assertThat(n.get("effectiveExpiresAt").asString()).isEqualTo("2027-07-14T23:59:00-07:00[America/Los_Angeles]");
        JsonNode clock = api.get("labor", "/api/negotiations/" + id + "/deadlines?asOf=2027-07-01").json();
        assertThat(clock.get("status").asString()).isEqualTo("EXTENDED");
        assertThat(deadline(clock, "MODIFICATION_8D1").get("dueBy").asString()).isEqualTo("2027-04-15");
    }

    @Test
    void aNoticeBecomesALetterInPdfAndDocx() throws Exception {
        long id = negotiation("Letters");
        long notice = api.post("labor", "/api/negotiations/" + id + "/notices", Map.of("kind", "MODIFICATION_8D1", "servedBy", "LABOR",
                "recipients", "Test Employer, Labor Relations", "servedAt", "2026-11-02T10:00", "method", "Hand delivery")).id();
        byte[] pdf = api.download("labor", "/api/notices/" + notice + "/letter.pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(text.replaceAll("\\s+", " ")).contains("Section 8(d)").contains("11:59 p.m. on 30 June 2027")
                .contains("Test Union").contains("counsel");
        byte[] docx = api.download("management", "/api/notices/" + notice + "/letter.docx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Test Employer").contains("30 June 2027");
        }
    }

    @Test
    void teamDeadlinesAndTheRenewalClauseJoinTheClock() {
        long id = negotiation("Custom");
        var ground = api.post("labor", "/api/negotiations/" + id + "/custom-deadlines", Map.of("label", "Final offers exchanged",
                "daysBeforeExpiration", 14, "basis", "Ground rule 9", "audience", "TABLE"));
        assertThat(ground.status()).as(ground.body()).isEqualTo(201);
        assertThat(api.put("labor", "/api/negotiations/" + id + "/renewal", Map.of("months", 12, "noticeDays", 60, "clause", "Article 40")).status())
                .isEqualTo(200);
        JsonNode clock = api.get("management", "/api/negotiations/" + id + "/deadlines?asOf=2027-04-01").json();
        assertThat(deadline(clock, "CUSTOM").get("dueBy").asString()).isEqualTo("2027-06-16");
        assertThat(deadline(clock, "RENEWAL_NOTICE").get("dueBy").asString()).isEqualTo("2027-05-01");
        // nobody served a notice by 1 May: on 2 May the agreement has renewed itself for a year
        assertThat(api.get("labor", "/api/negotiations/" + id + "?asOf=2027-05-02").json().get("effectiveExpiresAt").asString())
                .startsWith("2028-06-30T23:59");
        assertThat(api.post("management", "/api/negotiations/" + id + "/custom-deadlines",
                Map.of("label", "x", "date", "2027-01-01", "audience", "LABOR")).status()).isEqualTo(403);
        assertThat(List.of(200, 201)).contains(api.post("labor", "/api/custom-deadlines/" + ground.id() + "/done", Map.of("on", "2027-06-10")).status());
    }
}
