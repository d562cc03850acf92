package org.parley.communication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ParleyIntegrationTest;
import org.parley.support.Scenario;
import org.springframework.beans.factory.annotation.Autowired;

/** An update's Markdown links and images keep only http, https and mailto addresses, on every page and feed. */
@ParleyIntegrationTest
class UpdateLinksTest {

    @Autowired
    Api api;

    @Test
    void dataAndScriptAddressesAreDroppedWherever() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        long negotiation = new Scenario(api).negotiation("Links " + m, "2026-12-31");
        String markdown = """
                Read [the contract](https://example.org/contract-%1$s) or [write to us](mailto:team-%1$s@example.org).
                [Click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and ![pixel](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)
                and [run](javascript:alert(1)) and <data:text/html,hello> and [file](file:///etc/passwd).
                """.formatted(m);
        long update = api.post("labor", "/api/updates", Map.of("negotiationId", negotiation, "title", "Links " + m,
                "markdown", markdown, "audience", "PUBLIC")).id();
        String page = api.signIn("labor").get("/updates/" + update).body();
        // The draft's page shows the Markdown as typed in its editor; the rendered preview is what is checked.
        String draft = page.substring(page.indexOf("<section id=\"preview\""));
        draft = draft.substring(0, draft.indexOf("</section>"));
        api.post("labor", "/api/updates/" + update + "/publish", null);
        String published = api.anonymous().get("/public/updates/" + update).body();
        String feed = api.anonymous().get("/feeds/updates.atom?negotiation=" + negotiation).body();

        for (String shown : new String[] {draft, published, feed}) {
            String html = shown.replace("&quot;", "\"").replace("&#34;", "\"");
            assertThat(html).contains("href=\"https://example.org/contract-" + m).contains("href=\"mailto:team-" + m + "@example.org")
                    .doesNotContain("nofollow\" href=\"data:").doesNotContain("src=\"data:").doesNotContain("href=\"javascript:")
                    .doesNotContain("href=\"file:");
        }
    }
}
