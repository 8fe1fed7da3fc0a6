package org.ecvetledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * Issue 8 item 2: transcript and progress query latency, over HTTP as a client asks (JSON binding
 * included), one request at a time, for learners drawn at random from every learner the bench loaded,
 * after the read models caught up. Every answer must be 200.
 */
final class QueryLatency {

    /** One query's latencies (nanoseconds) over the sampled learners. */
    record Measured(String name, long[] latencies) {
        double percentileMillis(double p) {
            return LedgerCommandBench.percentileMillis(latencies, p);
        }
    }

    /** The bench's throw-away ledger's administrator, who creates the auditor the queries run as. */
    static final String ADMIN_PASSWORD = "bench-admin-password";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String authorization;

    QueryLatency(String base) {
        this.base = base;
    }

    /**
     * The queries run as an auditor of every jurisdiction with an API token, as a reporting client
     * would: a token is checked by its SHA-256, while HTTP Basic would add a deliberately slow password
     * hash to every request. Every read is in the learner's read audit, part of what is measured.
     */
    private String authorization() throws IOException, InterruptedException {
        if (authorization == null) {
            var admin = "Basic "
                    + java.util.Base64.getEncoder()
                            .encodeToString(
                                    ("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            post(admin, "/api/accounts", """
                    {"name": "bench-auditor", "displayName": "Bench auditor", "role": "AUDITOR", "jurisdictions": ["*"]}""");
            var issued = post(admin, "/api/accounts/bench-auditor/tokens", "{\"label\": \"bench\"}");
            var token = tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(issued)
                    .get("token")
                    .asString();
            authorization = "Bearer " + token;
        }
        return authorization;
    }

    /** The platform administrator, who reads and rebuilds the read models (ADR 0014). */
    static String adminBasic() {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String post(String authorization, String path, String json) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String transcript(LearnerId learner) {
        return "/api/learners/" + learner + "/transcript";
    }

    static String progress(LearnerId learner) {
        return "/api/learners/" + learner + "/progress/FR-BACPRO-MELEC";
    }

    Measured measure(String name, List<LearnerId> learners, int samples, Function<LearnerId, String> path)
            throws IOException, InterruptedException {
        var sample = new ArrayList<>(learners);
        Collections.shuffle(sample, new Random(8));
        int warmup = Math.min(20, sample.size());
        for (int i = 0; i < warmup; i++) {
            get(path.apply(sample.get(i)));
        }
        int n = Math.min(samples, sample.size());
        var latencies = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            get(path.apply(sample.get(i)));
            latencies[i] = System.nanoTime() - start;
        }
        return new Measured(name, latencies);
    }

    private void get(String path) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "application/json")
                        .header("Authorization", authorization())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
