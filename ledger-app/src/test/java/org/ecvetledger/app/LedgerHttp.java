package org.ecvetledger.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running ledger, so tests exercise exactly what a client sends. */
public final class LedgerHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public LedgerHttp(Environment environment) {
        this("http://localhost:" + environment.getRequiredProperty("local.server.port"));
    }

    public LedgerHttp(String base) {
        this.base = base;
    }

    public Answer post(String path, String json) {
        return postWithHeader(path, json, "X-Client", "ledger-tests");
    }

    public Answer postWithHeader(String path, String json, String header, String value) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header(header, value)
                .header("Content-Type", "application/json");
        if (!header.equalsIgnoreCase("Accept")) {
            request.header("Accept", "application/json, application/problem+json");
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** {@code POST path} with these headers besides the JSON defaults (which a header of the same name replaces). */
    public Answer postWithHeaders(String path, String json, java.util.Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        var names = new java.util.TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(headers.keySet());
        if (!names.contains("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (!names.contains("Accept")) {
            request.header("Accept", "application/json, application/problem+json");
        }
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json")
                .DELETE()
                .build());
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json")
                .GET()
                .build());
    }

    /** {@code GET path} answered as raw bytes, for downloads such as a PDF; {@code accept} is sent as Accept. */
    public Download getBytes(String path, String accept) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", accept)
                .GET()
                .build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the ledger answered. */
    public record Answer(int status, String contentType, String location, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** A download: the status, headers that matter and the body as bytes. */
    public record Download(int status, String contentType, String contentDisposition, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
