package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Importing over HTTP: a preview kept on the server that its importer corrects and confirms; citations; bounded answers. */
@ParleyIntegrationTest
class ContractImportApiTest {

    static final String MISSED_HEADING = """
            ARTICLE 1 – RECOGNITION

            The Employer recognizes the Union, as Article 2, Section 1 says.

            ARTICLE 2 – DUES

            Section 1. Deduction. Dues are deducted monthly.

            Safety Committee

            A committee meets monthly.
            """;

    @Autowired
    Api api;

    int agreements() {
        return api.get("labor", "/api/agreements").json().size();
    }

    @Test
    void aPreviewIsCorrectedOnTheServerAndNothingIsSavedUntilItsImporterConfirms() {
        int before = agreements();
        var started = api.upload("labor", "/api/agreements/drafts", Map.of("name", "Corrected"), "cba.txt",
                MISSED_HEADING.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String token = started.json().get("token").asString();
        assertThat(started.json().get("preview").get("articleCount").asInt()).isEqualTo(2);
        assertThat(started.json().get("preview").get("headings").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(agreements()).isEqualTo(before);

        for (String other : new String[] {"management", "admin", "member", "observer", "committee"}) {
            assertThat(api.get(other, "/api/agreements/drafts/" + token).status()).as(other).isIn(403, 404);
            assertThat(api.post(other, "/api/agreements/drafts/" + token + "/confirm", Map.of()).status()).as(other).isIn(403, 404);
        }
        assertThat(api.anonymous().get("/api/agreements/drafts/" + token).status()).isIn(401, 302);
        assertThat(api.upload("member", "/api/agreements/drafts", Map.of(), "cba.txt", MISSED_HEADING.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(403);

        var corrected = api.post("labor", "/api/agreements/drafts/" + token + "/corrections", Map.of("line", 9, "role", "UNIT"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("corrections").asString()).isEqualTo("9:UNIT");
        assertThat(corrected.json().get("preview").get("articleCount").asInt()).isEqualTo(3);
        var wrong = api.post("labor", "/api/agreements/drafts/" + token + "/corrections", Map.of("line", 9, "role", "CHAPTER"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("detail").asString()).contains("UNIT, SECTION, TEXT or NONE");
        assertThat(agreements()).isEqualTo(before);

        var saved = api.post("labor", "/api/agreements/drafts/" + token + "/confirm", Map.of("name", "Corrected CBA"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("articles").size()).isEqualTo(3);
        assertThat(saved.json().get("name").asString()).isEqualTo("Corrected CBA");
        assertThat(agreements()).isEqualTo(before + 1);
        assertThat(api.get("labor", "/api/agreements/drafts/" + token).status()).isEqualTo(404);
    }

    @Test
    void theImportPagesShowTheDraftAndLetItsImporterCorrectAndSaveIt() {
        var started = api.upload("labor", "/api/agreements/drafts", Map.of("name", "From pages"), "cba.txt",
                MISSED_HEADING.getBytes(StandardCharsets.UTF_8));
        String token = started.json().get("token").asString();
        Api.Pages labor = api.signIn("labor");
        var page = labor.get("/agreements/drafts/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Promote to unit").contains("Merge back").contains("Nothing is saved until");
        var corrected = labor.submit("/agreements/drafts/" + token + "/corrections", Map.of("line", "9", "role", "UNIT"));
        assertThat(corrected.status()).isEqualTo(302);
        assertThat(labor.get("/agreements/drafts/" + token).body()).contains("Your corrections").contains("Committee");
        assertThat(api.signIn("management").get("/agreements/drafts/" + token).status()).isEqualTo(404);
        var saved = labor.submit("/agreements", Map.of("token", token, "name", "From pages"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).matches(".*/agreements/\\d+");
    }

    @Test
    void aCitationResolvesOverHttpAndBecomesALinkOnTheAgreementsPage() {
        long id = api.upload("labor", "/api/agreements", Map.of("name", "Cited"), "cba.txt",
                MISSED_HEADING.getBytes(StandardCharsets.UTF_8)).id();
        String ref = URLEncoder.encode("Article 2, Section 1", StandardCharsets.UTF_8);
        JsonNode citation = api.get("management", "/api/agreements/" + id + "/citations?ref=" + ref).json();
        assertThat(citation.get("sectionNumber").asString()).isEqualTo("2.1");
        assertThat(citation.get("text").asString()).startsWith("Dues are deducted monthly.");
        assertThat(api.get("member", "/api/agreements/" + id + "/citations?ref=" + ref).status()).isEqualTo(403);
        var unknown = api.get("labor", "/api/agreements/" + id + "/citations?ref=Article%2040");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).contains("does not name");
        String page = api.signIn("labor").get("/agreements/" + id).body();
        assertThat(page).contains("href=\"/agreements/" + id + "/citations?ref=Article%202,%20Section%201\"");
    }

    @Test
    void aScannedPdfIsRefusedWithAProblemDetailAndAHugePreviewStaysSmall() {
        int before = agreements();
        byte[] scan = org.parley.contract.internal.TestPdfs.scan(4);
        var refused = api.upload("labor", "/api/agreements", Map.of("name", "Scan"), "scan.pdf", scan);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).contains("problem+json");
        assertThat(refused.json().get("detail").asString()).contains("no text layer");
        assertThat(agreements()).isEqualTo(before);

        StringBuilder text = new StringBuilder("ARTICLE 1 – ONE\n\n");
        for (int i = 0; i < 30_000; i++) {
            text.append("1.1 Again. Text.\n\n");
        }
        var preview = api.upload("labor", "/api/agreements", Map.of("preview", "true"), "many.txt",
                text.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("problems").size()).isLessThanOrEqualTo(201);
        assertThat(preview.json().get("outlineTruncated").asBoolean()).isTrue();
        assertThat(preview.body().length()).isLessThan(400_000);
    }
}
