package org.ecvetledger.app.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.ecvetledger.app.privacy.PersonalDataErased;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where refusals become RFC 9457 problem documents: bad input names each field and
 * the rule it breaks; rule violations name the rule; nothing reaches the client as a bare 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error ->
                        new Problems.FieldError(error.getField(), ruleOf(error.getCode()), error.getDefaultMessage()))
                .sorted(Comparator.comparing(Problems.FieldError::field).thenComparing(Problems.FieldError::rule))
                .toList();
        var detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(Problems.invalidRequest(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (var cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
        }
        var error = fieldErrorOf(ex.getCause());
        return ResponseEntity.badRequest()
                .body(Problems.invalidRequest(
                        error == null
                                ? "The request body must be one JSON object with the fields of this request."
                                : error.field() + ": " + error.message(),
                        error == null ? List.of() : List.of(error)));
    }

    /** Errors Spring answers itself (unknown route, wrong method or media type) get our problem types too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        var response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null
                && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(Problems.typeUri(Problems.typeForStatus(problem.getStatus())));
        }
        return response;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        var expected =
                ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        var error = new Problems.FieldError(ex.getName(), "format", "must be a valid " + expected);
        return ResponseEntity.badRequest()
                .body(Problems.invalidRequest(ex.getName() + " " + error.message(), List.of(error)));
    }

    /** A body without Content-Length that turned out longer than the limit (RequestSizeLimit). */
    @ExceptionHandler(RequestBodyTooLarge.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(RequestBodyTooLarge ex) {
        return status(tooLarge(ex));
    }

    private static ProblemDetail tooLarge(RequestBodyTooLarge ex) {
        return Problems.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                Problems.typeForStatus(413),
                "Request too large",
                RequestBodyTooLarge.detail(ex.limit()));
    }

    @ExceptionHandler(ResourceNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ResourceNotFound ex) {
        return status(Problems.problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", ex.getMessage()));
    }

    @ExceptionHandler(LedgerRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(LedgerRuleViolation ex) {
        var status = ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        var problem = Problems.problem(status, Problems.RULE_VIOLATED, "A ledger rule refuses this", ex.getMessage());
        problem.setProperty("rule", ex.rule());
        if (ex.field() != null) {
            problem.setProperty("field", ex.field());
        }
        if (!ex.findings().isEmpty()) {
            // every reason behind the refusal, e.g. all inconsistencies of a standard at once
            problem.setProperty("findings", List.copyOf(ex.findings()));
        }
        return status(problem);
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidField ex) {
        var detail =
                ex.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(Problems.invalidRequest(detail, ex.errors()));
    }

    /** A create command for an identifier (id, code and version) the ledger already holds. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException ex) {
        return status(Problems.problem(
                HttpStatus.CONFLICT,
                Problems.ALREADY_EXISTS,
                "Already exists",
                "A record with this identifier already exists; nothing was recorded."));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException ex) {
        return status(Problems.problem(
                HttpStatus.CONFLICT,
                Problems.CONCURRENT_CHANGE,
                "Changed concurrently",
                "The record was changed by another request at the same time; read it again and retry."));
    }

    @ExceptionHandler(PersonalDataErased.class)
    ResponseEntity<ProblemDetail> erased(PersonalDataErased ex) {
        return status(Problems.problem(
                HttpStatus.GONE, Problems.PERSONAL_DATA_ERASED, "Personal data erased", ex.getMessage()));
    }

    /**
     * A value object refused an impossible value that request validation did not catch: still the
     * caller's input, so a 400 that says what was wrong, never a 500. Logged, since it means a
     * request check is missing.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> impossibleValue(IllegalArgumentException ex) {
        log.warn("A value was refused by the domain, not by request validation: {}", ex.getMessage());
        return ResponseEntity.badRequest().body(Problems.invalidRequest(ex.getMessage(), List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (DatabaseUnavailable.causedBy(ex)) {
            // however Spring or Axon wrapped it: the database is out of reach for now, not a bug
            log.warn("Database unavailable while handling a request: {}", ex.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(DatabaseUnavailable.problem());
        }
        log.error("Unexpected failure while handling a request", ex);
        return status(Problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                Problems.INTERNAL_ERROR,
                "Internal error",
                "The ledger could not complete the request; nothing was recorded. The failure has been logged."));
    }

    private static ResponseEntity<ProblemDetail> status(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** Bean Validation constraint names become short, stable rule names. */
    private static String ruleOf(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> "required";
            case "Past", "InThePast" -> "in-the-past";
            case "IsoDate", "IsoPeriod" -> "format";
            case "OneOf" -> "one-of";
            case "NotBefore" -> "not-before";
            case "Size" -> "length";
            default -> constraint.toLowerCase();
        };
    }

    private static Problems.FieldError fieldErrorOf(Throwable cause) {
        if (!(cause instanceof JacksonException jackson)) {
            return null;
        }
        var path = new StringBuilder();
        for (var ref : jackson.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else {
                path.append("[").append(ref.getIndex()).append("]"); // rules[0].rule, as Bean Validation names it
            }
        }
        var field = path.toString();
        if (field.isEmpty()) {
            return null;
        }
        if (cause instanceof UnrecognizedPropertyException) {
            return new Problems.FieldError(field, "unknown-field", "is not a field of this request");
        }
        if (cause instanceof InvalidFormatException format && !(format.getValue() instanceof String)) {
            // a JSON number or boolean where text is expected: refused rather than coerced
            var expected = format.getTargetType() == null
                    ? "value"
                    : format.getTargetType().getSimpleName();
            return new Problems.FieldError(field, "type", "must be a " + describe(expected));
        }
        if (cause instanceof InvalidFormatException format) {
            var expected = format.getTargetType() == null
                    ? "value"
                    : format.getTargetType().getSimpleName();
            return new Problems.FieldError(
                    field, "format", "'" + format.getValue() + "' is not a valid " + describe(expected));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            var expected = mismatch.getTargetType() == null
                    ? "value"
                    : mismatch.getTargetType().getSimpleName();
            return new Problems.FieldError(field, "type", "must be a " + describe(expected));
        }
        return new Problems.FieldError(field, "format", "could not be read");
    }

    private static String describe(String javaType) {
        return switch (javaType) {
            case "LocalDate" -> "date (ISO 8601, e.g. 2006-03-14)";
            case "String" -> "string";
            default -> javaType;
        };
    }
}
