package org.ecvetledger.app.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem types of the API (RFC 9457). Each has a stable URN that clients can switch on;
 * the API guide lists them.
 */
final class Problems {

    static final String INVALID_REQUEST = "invalid-request";
    static final String NOT_FOUND = "not-found";
    static final String RULE_VIOLATED = "rule-violated";
    static final String CONCURRENT_CHANGE = "concurrent-change";
    static final String ALREADY_EXISTS = "already-exists";
    static final String PERSONAL_DATA_ERASED = "personal-data-erased";
    static final String INTERNAL_ERROR = "internal-error";

    /** The problem type for an HTTP status that Spring itself answers (unknown route, wrong method…). */
    static String typeForStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> CONCURRENT_CHANGE;
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> DatabaseUnavailable.TYPE;
            default -> status >= 500 ? INTERNAL_ERROR : "http-" + status;
        };
    }

    static URI typeUri(String type) {
        return URI.create("urn:ecvet-ledger:problem:" + type);
    }

    private Problems() {}

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeUri(type));
        problem.setTitle(title);
        return problem;
    }

    /** One bad field: its JSON name, the rule it breaks, and a sentence for people (serialised in that order). */
    record FieldError(String field, String rule, String message) {}

    static ProblemDetail invalidRequest(String detail, List<FieldError> errors) {
        var problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "The request is not valid", detail);
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }
}
