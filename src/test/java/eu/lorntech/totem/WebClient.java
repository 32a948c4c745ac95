package eu.lorntech.totem;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that can submit Faces forms, for tests that act like a browser without one. */
public class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public WebClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        // HTTP/1.1 as browsers speak to a plain-http server: the JDK client's default asks Undertow to upgrade to
        // h2c, and once (CI at e5471e3, GET /api/openapi.json) read the answer as an HTTP/2 frame of 7 MB
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String method, String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens {@code path}, fills the form {@code formId} and presses {@code button}, sending {@code headers} (name, value, ...) both times. */
    public HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields,
            String... headers) throws IOException, InterruptedException {
        String page = get(path, headers).body();
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no Faces form on " + path);
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(formId, formId);
        fields.forEach((k, v) -> data.put(k.startsWith(formId + ":") || !k.contains(":") && k.equals("next") ? k : formId + ":" + k, v));
        data.put(formId + ":" + button, button);
        data.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
        String body = data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            post.header(headers[i], headers[i + 1]);
        }
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return submit("/login.xhtml", "login", "submit", Map.of("email", email, "password", password));
    }
}
