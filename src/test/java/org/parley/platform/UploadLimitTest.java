package org.parley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/** A file above the upload limit is refused with a message a person can act on: a problem detail, or the page. */
@ParleyIntegrationTest
class UploadLimitTest {

    /** Above the 20 MB per file, below the 25 MB per request. */
    static final byte[] TOO_LARGE = new byte[21 * 1024 * 1024];

    @Autowired
    Api api;

    @Test
    void theApiAnswersAProblemDetail() {
        var response = api.upload("labor", "/api/agreements", Map.of("name", "Huge", "preview", "true"), "huge.txt", TOO_LARGE);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("20 MB").contains("nothing was saved");
    }

    @Test
    void theRosterImportAnswersAProblemDetailToo() {
        long negotiation = new Scenario(api).negotiation("Upload limit", "2026-12-31");
        var response = api.upload("labor", "/api/negotiations/" + negotiation + "/roster?preview=true", Map.of(), "roster.csv", TOO_LARGE);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("detail").asString()).contains("20 MB");
    }

    @Test
    void aPageFormShowsTheMessage() {
        Api.Pages labor = api.signIn("labor");
        labor.get("/agreements");
        var page = labor.upload("/agreements/preview", Map.of("name", "Huge"), "huge.txt", TOO_LARGE);
        assertThat(page.status()).isEqualTo(413);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("The file is too large", "larger than Parley accepts", "20MB", "nothing was saved");
    }
}
