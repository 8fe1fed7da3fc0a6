package org.ecvetledger.app.web.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem documents (RFC 9457) of the {@code Idempotency-Key} header. They are answered by a
 * servlet filter, outside Spring MVC and its {@code ProblemDetailsAdvice}, so they are written here
 * with the same members and the same {@code urn:ecvet-ledger:problem:} types; each names the header.
 */
final class IdempotencyProblems {

    static final String TYPE_PREFIX = "urn:ecvet-ledger:problem:";
    static final String INVALID_REQUEST = "invalid-request";
    static final String KEY_REUSED = "idempotency-key-reused";
    static final String KEY_IN_FLIGHT = "idempotency-key-in-flight";
    static final String INTERNAL_ERROR = "internal-error";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IdempotencyProblems() {}

    static void malformedKey(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        var problem = problem(
                request,
                HttpServletResponse.SC_BAD_REQUEST,
                INVALID_REQUEST,
                "The request is not valid",
                IdempotencyFilter.HEADER + ": " + message);
        problem.put("errors", List.of(error(message)));
        write(response, problem);
    }

    static void keyReused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(
                response,
                problem(
                        request,
                        422,
                        KEY_REUSED,
                        "Idempotency-Key reused",
                        "This Idempotency-Key was already used for another request (method, path, query or body"
                                + " differ); nothing was recorded. Send a new request with a new key."));
    }

    static void keyInFlight(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(
                response,
                problem(
                        request,
                        HttpServletResponse.SC_CONFLICT,
                        KEY_IN_FLIGHT,
                        "Idempotency-Key in flight",
                        "A request with this Idempotency-Key is still being processed; nothing was recorded by"
                                + " this one. Retry with the same key in a moment to receive its answer."));
    }

    static void notRecorded(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(
                response,
                problem(
                        request,
                        HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        INTERNAL_ERROR,
                        "Internal error",
                        "The ledger could not complete the request; nothing was recorded. The failure has been"
                                + " logged. Retry with the same Idempotency-Key."));
    }

    private static Map<String, Object> problem(
            HttpServletRequest request, int status, String type, String title, String detail) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", TYPE_PREFIX + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("header", IdempotencyFilter.HEADER);
        return problem;
    }

    /** One entry of {@code errors}, in the members' documented order; the header stands for the field. */
    private static Map<String, String> error(String message) {
        var error = new LinkedHashMap<String, String>();
        error.put("field", IdempotencyFilter.HEADER);
        error.put("rule", "format");
        error.put("message", message);
        return error;
    }

    private static void write(HttpServletResponse response, Map<String, Object> problem) throws IOException {
        var body = JSON.writeValueAsBytes(problem);
        response.setStatus((Integer) problem.get("status"));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
