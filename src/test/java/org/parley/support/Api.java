package org.parley.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the running application from the outside, over HTTP, as API clients and browsers do.
 * Test accounts {@code admin}, {@code labor}, {@code management}, {@code member}, the election
 * committee's {@code committee} and {@code committee2}, and the vote observer {@code observer} exist
 * with {@link #PASSWORD}.
 */
public class Api {

    public static final String PASSWORD = "test-password-1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Environment environment;
    private final Accounts accounts;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private volatile boolean accountsReady;

    Api(Environment environment, Accounts accounts) {
        this.environment = environment;
        this.accounts = accounts;
    }

    public String base() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    /** A bearer token for one of the test accounts. */
    public String token(String username) {
        ensureAccounts();
        return tokens.computeIfAbsent(username, name -> {
            Response response = send("POST", "/api/tokens", null, Map.of("username", name, "password", PASSWORD));
            if (response.status() != 201) {
                throw new IllegalStateException("No token for " + name + ": " + response);
            }
            return response.json().get("token").asString();
        });
    }

    /** Lets {@code as} name a token obtained another way (e.g. a member's sign-in link). */
    public void remember(String as, String token) {
        tokens.put(as, token);
    }

    public synchronized void ensureAccounts() {
        if (!accountsReady) {
            accounts.createOrReset("admin", "Ada Admin", Role.ADMIN, PASSWORD);
            accounts.createOrReset("labor", "Lena Labor", Role.LABOR_TEAM, PASSWORD);
            accounts.createOrReset("management", "Max Management", Role.MANAGEMENT_TEAM, PASSWORD);
            accounts.createOrReset("member", "Mo Member", Role.MEMBER, PASSWORD);
            accounts.createOrReset("committee", "Cam Committee", Role.ELECTION_COMMITTEE, PASSWORD);
            accounts.createOrReset("committee2", "Cleo Committee", Role.ELECTION_COMMITTEE, PASSWORD);
            accounts.createOrReset("observer", "Oz Observer", Role.OBSERVER, PASSWORD);
            accountsReady = true;
        }
    }

    public Response get(String as, String path) {
        return send("GET", path, as, null);
    }

    public Response post(String as, String path, Object body) {
        return send("POST", path, as, body);
    }

    public Response patch(String as, String path, Object body) {
        return send("PATCH", path, as, body);
    }

    /** Any method without a body, e.g. DELETE. */
    public Response send(String method, String as, String path) {
        return send(method, path, as, null);
    }

    public Response put(String as, String path, Object body) {
        return send("PUT", path, as, body);
    }

    /** A multipart/form-data upload: the fields, then one file. */
    public Response upload(String as, String path, Map<String, String> fields, String filename, byte[] content) {
        String boundary = "parley-" + java.util.UUID.randomUUID();
        return exchange(request(path, as).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, filename, content))));
    }

    /** A multipart/form-data post of the fields alone, without the file part an upload sends. */
    public Response uploadWithoutFile(String as, String path, Map<String, String> fields) {
        String boundary = "parley-" + java.util.UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return exchange(request(path, as).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    static byte[] multipart(String boundary, Map<String, String> fields, String filename, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return body.toByteArray();
    }

    /** The raw bytes of a response, for downloaded files. */
    public byte[] download(String as, String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path, as).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a JSON body with extra headers and no bearer token, e.g. a ballot with a Voting-Key. */
    public Response postWithHeaders(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, null).header("Content-Type", "application/json");
        headers.forEach(builder::header);
        return exchange(builder.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Sends raw JSON text, for malformed or unusual bodies. */
    public Response postRaw(String as, String path, String json) {
        return exchange(request(path, as).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Response send(String method, String path, String as, Object body) {
        HttpRequest.Builder builder = request(path, as);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return exchange(builder);
    }

    private HttpRequest.Builder request(String path, String as) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json");
        if (as != null) {
            builder.header("Authorization", "Bearer " + token(as));
        }
        return builder;
    }

    private Response exchange(HttpRequest.Builder builder) {
        return exchange(http, builder.build());
    }

    static Response exchange(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A browser-like client with a session cookie, signed in through the sign-in page. */
    public Pages signIn(String username) {
        ensureAccounts();
        Pages pages = new Pages(base());
        pages.get("/login");
        Response response = pages.submit("/login", Map.of("username", username, "password", PASSWORD));
        if (response.status() != 302 || response.header("Location").contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + response);
        }
        return pages;
    }

    public Pages anonymous() {
        return new Pages(base());
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse("");
        }

        public long id() {
            return json().get("id").asLong();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Pages as a signed-in browser sees them; forms are submitted with the CSRF token of the last page. */
    public static class Pages {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");

        private final String base;
        private final HttpClient client;
        private String csrf;

        Pages(String base) {
            this.base = base;
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        private Pages(String base, HttpClient client, String csrf) {
            this.base = base;
            this.client = client;
            this.csrf = csrf;
        }

        /**
         * The same browser, its cookie and its last CSRF token, sending its next requests to another instance (as
         * a load balancer may): cookies are not kept per port, so both instances on localhost receive it.
         */
        public Pages on(Api other) {
            return new Pages(other.base(), client, csrf);
        }

        public Response get(String path) {
            Response response = exchange(client, HttpRequest.newBuilder(URI.create(base + path)).GET().build());
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            }
            return response;
        }

        /** A GET with extra headers, e.g. {@code HX-Request} as htmx sends it. */
        public Response get(String path, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            headers.forEach(request::header);
            return exchange(client, request.build());
        }

        public Response submit(String path, Map<String, String> fields) {
            Map<String, String> withToken = new LinkedHashMap<>(fields);
            if (csrf != null) {
                withToken.put("_csrf", csrf);
            }
            return post(path, withToken);
        }

        /** Submits a form whose fields repeat (one value per row of a table of inputs), with the CSRF token. */
        public Response submitRows(String path, java.util.List<String[]> fields) {
            java.util.List<String[]> all = new java.util.ArrayList<>(fields);
            if (csrf != null) {
                all.add(new String[] {"_csrf", csrf});
            }
            String form = all.stream().map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return exchange(client, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        /** Submits a file form (multipart/form-data) as a browser does, the CSRF token among its fields. */
        public Response upload(String path, Map<String, String> fields, String filename, byte[] content) {
            Map<String, String> withToken = new LinkedHashMap<>(fields);
            if (csrf != null) {
                withToken.put("_csrf", csrf);
            }
            String boundary = "parley-" + java.util.UUID.randomUUID();
            return exchange(client, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, withToken, filename, content))).build());
        }

        /** Posts a form exactly as given: no CSRF token is added. */
        public Response post(String path, Map<String, String> fields) {
            String form = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return exchange(client, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }
    }
}
