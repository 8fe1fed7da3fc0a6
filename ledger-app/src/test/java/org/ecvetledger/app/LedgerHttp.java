package org.ecvetledger.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running ledger, so tests exercise exactly what a client sends. It signs
 * in transparently (ADR 0014) as the account a real user of the request would be: a request naming
 * {@code X-Acting-Institution} / {@code X-Acting-Person} goes as a staff account of that institution
 * with that display name (provisioned once through the real admin API, then used with its API token);
 * one naming no actor goes as the caller such a request has (a registrar, a catalogue designer, the
 * platform administrator for institutions, a party of the MoU or learning agreement, an auditor for
 * reads). {@link #as}, {@link #asStaff}, {@link #asLearner}, {@link #asAuditor} and
 * {@link #anonymous()} pin one caller for tests of the access rules.
 */
public final class LedgerHttp {

    /** The platform administrator's password of every test ledger ({@link LedgerIT}). */
    public static final String ADMIN_PASSWORD = "test-admin-password-0014";

    public static final String ACTING_INSTITUTION = "X-Acting-Institution";
    public static final String ACTING_PERSON = "X-Acting-Person";

    /** Every function a staff account can hold: the institution's own functions still bind it. */
    public static final String[] ALL_FUNCTIONS = {
        "DESIGN", "ALLOCATE_POINTS", "ASSESS", "VALIDATE", "RECOGNISE", "AWARD", "MANAGE_AGREEMENTS"
    };

    private static final String TEST_INSTITUTION = "ZZ-LEDGER-TESTS";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** base URL + account name → "Bearer …", for the life of the JVM (accounts outlive one test class). */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /** base URL + MoU or learning agreement id → the parties that drafted it. */
    private static final Map<String, String[]> PARTIES = new ConcurrentHashMap<>();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String adminPassword;
    /** null: choose per request; "": anonymous; otherwise the Authorization header to send. */
    private final String pinned;

    public LedgerHttp(Environment environment) {
        this(
                "http://localhost:" + environment.getRequiredProperty("local.server.port"),
                environment.getProperty("ledger.security.admin-password", ADMIN_PASSWORD),
                null);
    }

    public LedgerHttp(String base) {
        this(base, ADMIN_PASSWORD, null);
    }

    private LedgerHttp(String base, String adminPassword, String pinned) {
        this.base = base;
        this.adminPassword = adminPassword;
        this.pinned = pinned;
    }

    // --- explicit callers

    /** The same ledger, every request as {@code name} with HTTP Basic. */
    public LedgerHttp as(String name, String password) {
        return new LedgerHttp(base, adminPassword, basic(name, password));
    }

    /** The same ledger, every request with this bearer API token. */
    public LedgerHttp withToken(String token) {
        return new LedgerHttp(base, adminPassword, "Bearer " + token);
    }

    /** The same ledger, nobody signed in. */
    public LedgerHttp anonymous() {
        return new LedgerHttp(base, adminPassword, "");
    }

    /** The same ledger as the platform administrator. */
    public LedgerHttp asAdmin() {
        return as("admin", adminPassword);
    }

    /** The same ledger as staff of {@code institution} named {@code person} holding only {@code functions}. */
    public LedgerHttp asStaff(String institution, String person, String... functions) {
        var name = "staff-" + shortHash(institution + "\n" + person + "\n" + String.join(",", functions));
        return new LedgerHttp(base, adminPassword, provision(name, """
                {"name": "%s", "displayName": %s, "role": "STAFF", "institution": %s, "functions": [%s]}""".formatted(
                        name,
                        quote(person),
                        quote(institution),
                        String.join(
                                ", ",
                                java.util.Arrays.stream(functions)
                                        .map(LedgerHttp::quote)
                                        .toList()))));
    }

    /** The same ledger as the learner {@code learnerId}. */
    public LedgerHttp asLearner(String learnerId) {
        var name = "learner-" + learnerId;
        return new LedgerHttp(base, adminPassword, provision(name, """
                {"name": "%s", "displayName": "Learner %s", "role": "LEARNER", "learner": "%s"}""".formatted(name, learnerId, learnerId)));
    }

    /** The same ledger as an auditor of these country codes ({@code "*"}: every jurisdiction). */
    public LedgerHttp asAuditor(String... jurisdictions) {
        var name = "auditor-" + shortHash(String.join(",", jurisdictions));
        return new LedgerHttp(base, adminPassword, provision(name, """
                {"name": "%s", "displayName": "Auditor %s", "role": "AUDITOR", "jurisdictions": [%s]}""".formatted(
                        name,
                        String.join(" ", jurisdictions),
                        String.join(
                                ", ",
                                java.util.Arrays.stream(jurisdictions)
                                        .map(LedgerHttp::quote)
                                        .toList()))));
    }

    public Answer post(String path, String json) {
        return postWithHeader(path, json, "X-Client", "ledger-tests");
    }

    public Answer postWithHeader(String path, String json, String header, String value) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header(header, value)
                .header("Content-Type", "application/json");
        authorise(request, "POST", path, Map.of(header, value), json);
        if (!header.equalsIgnoreCase("Accept")) {
            request.header("Accept", "application/json, application/problem+json");
        }
        var answer =
                send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
        remember(path, json, answer);
        return answer;
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
        authorise(request, "POST", path, headers, json);
        var answer =
                send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
        remember(path, json, answer);
        return answer;
    }

    /**
     * {@code POST path} with a body of unknown length: the JDK client sends it chunked, without
     * {@code Content-Length}, as a streaming client or a proxy may.
     */
    public Answer postChunked(String path, String contentType, byte[] body) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json");
        authorise(request, "POST", path, Map.of(), null);
        return send(request.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build());
    }

    public Answer put(String path, String json) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        authorise(request, "PUT", path, Map.of(), json);
        return send(request.PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer delete(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json");
        authorise(request, "DELETE", path, Map.of(), null);
        return send(request.DELETE().build());
    }

    public Answer get(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json");
        authorise(request, "GET", path, Map.of(), null);
        return send(request.GET().build());
    }

    /** {@code method path} with a JSON body (or none) and these extra headers, for the access-rule tests. */
    public Answer request(String method, String path, String json, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        authorise(request, method, path, headers, json);
        return send(request.method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** {@code GET path} answered as raw bytes, for downloads such as a PDF; {@code accept} is sent as Accept. */
    public Download getBytes(String path, String accept) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept);
        authorise(builder, "GET", path, Map.of(), null);
        var request = builder.GET().build();
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

    /** The {@code WWW-Authenticate} challenges a {@code GET path} by this caller is answered with. */
    public java.util.List<String> challenges(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json");
        authorise(request, "GET", path, Map.of(), null);
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.discarding())
                    .headers()
                    .allValues("WWW-Authenticate");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The {@code Authorization} this client sends on {@code method path} without acting headers (none: ""). */
    public String authorizationFor(String method, String path) {
        return pinned != null ? pinned : chooseFor(method, path, Map.of(), null);
    }

    // --- signing in

    private void authorise(
            HttpRequest.Builder request, String method, String path, Map<String, String> headers, String json) {
        var authorization = pinned != null ? pinned : chooseFor(method, path, headers, json);
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
    }

    /** The Authorization a real user of this request would send (see the class comment). */
    private String chooseFor(String method, String path, Map<String, String> headers, String json) {
        String institution = null;
        String person = null;
        for (var header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(ACTING_INSTITUTION)) {
                institution = header.getValue().strip();
            } else if (header.getKey().equalsIgnoreCase(ACTING_PERSON)) {
                person = decoded(header.getValue().strip());
            }
        }
        if (institution != null || person != null) {
            return staff(
                    institution == null ? TEST_INSTITUTION : institution,
                    person == null ? "Officer of " + (institution == null ? TEST_INSTITUTION : institution) : person);
        }
        var route = path.split("\\?", 2)[0];
        if (method.equals("GET") || route.matches("/api/learners/[^/]+/progress/[^/]+")) { // what-if reads
            return asAuditorHeader();
        }
        if (route.startsWith("/api/institutions")
                || route.startsWith("/api/accounts")
                || route.startsWith("/api/operations")) {
            return adminToken();
        }
        if (route.startsWith("/api/units")
                || route.startsWith("/api/qualifications")
                || route.startsWith("/api/equivalences")) {
            return staff("ZZ-CATALOGUE-DESIGN", "Catalogue designer");
        }
        if (route.equals("/api/mous")) {
            return staff(field(json, "parties", 0, "institution"), null);
        }
        if (route.startsWith("/api/mous/")) {
            var party = field(json, "party", -1, null);
            party = party != null ? party : field(json, "terminatedBy", -1, null);
            if (party == null) {
                var known = PARTIES.get(base + route.split("/")[3]);
                party = known == null ? null : known[0];
            }
            return staff(party, null);
        }
        if (route.equals("/api/learning-agreements")) {
            return staff(field(json, "terms", -1, "home"), null);
        }
        if (route.startsWith("/api/learning-agreements/")) {
            var known = PARTIES.get(base + route.split("/")[3]);
            var signer = field(json, "party", -1, null);
            return staff(known == null ? null : "HOST".equals(signer) ? known[1] : known[0], null);
        }
        return staff(TEST_INSTITUTION, "Officer of " + TEST_INSTITUTION);
    }

    /** Notes the parties of a MoU or learning agreement drafted through this client, to act as one of them later. */
    private void remember(String path, String json, Answer answer) {
        if (answer.status() != 201 || json == null) {
            return;
        }
        try {
            if (path.equals("/api/mous")) {
                var body = JSON.readTree(json);
                var parties = new java.util.ArrayList<String>();
                body.get("parties")
                        .forEach(p -> parties.add(p.get("institution").asString()));
                PARTIES.put(base + answer.json().get("memorandumId").asString(), parties.toArray(String[]::new));
            } else if (path.startsWith("/api/learning-agreements")) {
                var terms = JSON.readTree(json).get("terms");
                var parties = new String[] {
                    terms.get("home").asString(), terms.get("host").asString()
                };
                var answered = answer.json();
                if (answered.has("learningAgreementId")) {
                    PARTIES.put(base + answered.get("learningAgreementId").asString(), parties);
                }
                if (answered.has("learningAgreements")) {
                    answered.get("learningAgreements")
                            .forEach(a -> PARTIES.put(
                                    base + a.get("learningAgreementId").asString(), parties));
                }
            }
        } catch (RuntimeException notTheShapeExpected) {
            // a test of bad input: nothing to remember
        }
    }

    private static String field(String json, String name, int index, String inner) {
        if (json == null) {
            return null;
        }
        try {
            var node = JSON.readTree(json).get(name);
            if (node != null && index >= 0) {
                node = node.get(index);
            }
            if (node != null && inner != null) {
                node = node.get(inner);
            }
            return node == null || !node.isString() ? null : node.asString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private String staff(String institution, String person) {
        var acting = institution == null || institution.isBlank() ? TEST_INSTITUTION : institution;
        var name = "staff-" + shortHash(acting + "\n" + (person == null ? "" : person));
        return provision(name, """
                {"name": "%s", "displayName": %s, "role": "STAFF", "institution": %s, "functions": [%s]}""".formatted(
                        name,
                        quote(person == null ? "Officer of " + acting : person),
                        quote(acting),
                        String.join(
                                ", ",
                                java.util.Arrays.stream(ALL_FUNCTIONS)
                                        .map(LedgerHttp::quote)
                                        .toList())));
    }

    private String asAuditorHeader() {
        return provision("auditor-everywhere", """
                {"name": "auditor-everywhere", "displayName": "Auditor", "role": "AUDITOR", "jurisdictions": ["*"]}""");
    }

    /** The bearer header of account {@code name}, created (if new) and given a token through the admin API once. */
    private String provision(String name, String accountJson) {
        var key = base + "|" + name;
        var known = TOKENS.get(key);
        if (known != null) {
            return known;
        }
        var admin = adminToken(); // outside any map update: it fills the same cache
        var created = send(HttpRequest.newBuilder(URI.create(base + "/api/accounts"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.ofString(accountJson))
                .build());
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("cannot provision test account " + name + ": " + created.body());
        }
        var token = send(HttpRequest.newBuilder(URI.create(base + "/api/accounts/" + name + "/tokens"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"ledger tests\"}"))
                .build());
        if (token.status() != 201) {
            throw new IllegalStateException("cannot issue a token to " + name + ": " + token.body());
        }
        TOKENS.putIfAbsent(key, "Bearer " + token.json().get("token").asString());
        return TOKENS.get(key);
    }

    /** The administrator signs in with its password once per ledger, then with an API token (bcrypt is slow by design). */
    private String adminToken() {
        var key = base + "|admin";
        var known = TOKENS.get(key);
        if (known != null) {
            return known;
        }
        var token = send(HttpRequest.newBuilder(URI.create(base + "/api/accounts/admin/tokens"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", basic("admin", adminPassword))
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"ledger tests\"}"))
                .build());
        if (token.status() != 201) {
            throw new IllegalStateException("the test administrator cannot sign in: " + token.body());
        }
        var bearer = "Bearer " + token.json().get("token").asString();
        TOKENS.putIfAbsent(key, bearer);
        return TOKENS.get(key);
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String decoded(String header) {
        try {
            return java.net.URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return header;
        }
    }

    private static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String shortHash(String text) {
        try {
            var digest =
                    java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8).toLowerCase(Locale.ROOT);
        } catch (java.security.NoSuchAlgorithmException e) {
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
                    response.body(),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the ledger answered; {@code retryAfter} is the Retry-After header (429, 503) or null. */
    public record Answer(int status, String contentType, String location, String body, String retryAfter) {

        public Answer(int status, String contentType, String location, String body) {
            this(status, contentType, location, body, null);
        }

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
