package org.parley.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Short ways to set up the members' side through the API. */
public final class Members {

    private final Api api;

    public Members(Api api) {
        this.api = api;
    }

    /** POST /api/negotiations/{id}/roster as multipart, as a CSV upload. */
    public Api.Response importRoster(String as, long negotiationId, String csv, boolean preview) {
        String boundary = "parley" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + "/api/negotiations/" + negotiationId
                        + "/roster?preview=" + preview))
                .header("Authorization", "Bearer " + api.token(as))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return Api.exchange(HttpClient.newHttpClient(), request);
    }

    /** Links the test account {@code member} to a roster entry of this negotiation. */
    public void linkTestMember(long negotiationId, String memberId) {
        api.ensureAccounts();
        var response = api.put("admin", "/api/negotiations/" + negotiationId + "/roster/" + memberId + "/account",
                Map.of("username", "member"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
