package org.ecvetledger.app.access;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal only the request body can reveal (the party a staff account signs for), answered like
 * the access rules' own refusals: 403, naming the rule and the field (ADR 0014).
 */
public final class AccessRefused extends ErrorResponseException {

    AccessRefused(String rule, String field, String detail) {
        super(HttpStatus.FORBIDDEN, problem(rule, field, detail), null);
    }

    private static ProblemDetail problem(String rule, String field, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(URI.create("urn:ecvet-ledger:problem:access-denied"));
        problem.setTitle("Not allowed");
        problem.setProperty("rule", rule);
        problem.setProperty("field", field);
        return problem;
    }
}
