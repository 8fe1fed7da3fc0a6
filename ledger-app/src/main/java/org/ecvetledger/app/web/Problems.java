package org.ecvetledger.app.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
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
    static final String PERSONAL_DATA_ERASED = "personal-data-erased";
    static final String INTERNAL_ERROR = "internal-error";

    private Problems() {}

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:ecvet-ledger:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    /** One bad field: its JSON name, the rule it breaks, and a sentence for people. */
    record FieldError(String field, String rule, String message) {
        Map<String, String> asMap() {
            return Map.of("field", field, "rule", rule, "message", message);
        }
    }

    static ProblemDetail invalidRequest(String detail, List<FieldError> errors) {
        var problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "The request is not valid", detail);
        problem.setProperty("errors", errors.stream().map(FieldError::asMap).toList());
        return problem;
    }
}
