package org.ecvetledger.app.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} header on every write of the REST API (R26, ADR 0006). A request with a
 * key runs in one database transaction that claims the key, lets the request run (Axon's unit of
 * work joins that transaction, so the command's events are written in it) and remembers the answer;
 * the answer is sent only once that transaction has committed. A retry with the same key and the
 * same request gets the remembered answer and appends nothing; the same key with another request is
 * a 422; a key whose first request is still running is a 409. Requests without the header, reads
 * and the actuator pass straight through.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    /** Sent with a remembered answer, so that a client (or a person reading logs) can tell a replay. */
    static final String REPLAYED_HEADER = "Idempotency-Replayed";

    static final int MAX_KEY_LENGTH = 200;

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /**
     * Refusals worth remembering: the ledger's own verdict on this request, which the same request
     * would meet again. Others are not remembered, so a retry runs again: a 404 (the read model may
     * not show the resource yet), a concurrent change, what Spring MVC refuses before any handler
     * runs (405, 406, 415), and every 5xx.
     */
    private static final Set<String> REMEMBERED_REFUSALS = Set.of(
            IdempotencyProblems.TYPE_PREFIX + "invalid-request",
            IdempotencyProblems.TYPE_PREFIX + "rule-violated",
            IdempotencyProblems.TYPE_PREFIX + "already-exists",
            IdempotencyProblems.TYPE_PREFIX + "personal-data-erased");

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdempotencyRecords records;
    private final TransactionTemplate transactions;
    private final Predicate<HttpServletRequest> readOnly;

    IdempotencyFilter(
            IdempotencyRecords records,
            PlatformTransactionManager transactionManager,
            Predicate<HttpServletRequest> readOnly) {
        this.records = records;
        this.readOnly = readOnly;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setName("idempotent request");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        // a handler marked @ReadOnly (a question sent with a body, e.g. a what-if, ADR 0009) records
        // nothing, so there is nothing to remember either
        return !WRITES.contains(request.getMethod()) || !path.startsWith("/api/") || readOnly.test(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var keys = Collections.list(request.getHeaders(HEADER));
        if (keys.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var malformation = malformation(keys);
        if (malformation != null) {
            IdempotencyProblems.malformedKey(request, response, malformation);
            return;
        }
        var key = keys.get(0);
        var account = account();
        var body = request.getInputStream().readAllBytes();
        var requestHash = fingerprint(request, body);
        var buffered = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = transactions.execute(transaction -> handle(
                    account, key, requestHash, new BufferedBodyRequest(request, body), buffered, chain, transaction));
        } catch (HandlingFailed failed) {
            // rolled back: whatever went wrong after this filter is answered as it would be without a key
            discard(response);
            failed.rethrow();
            return;
        } catch (TransactionException | DataAccessException e) {
            // the commit (or the record) failed: nothing of the request is in the ledger, so the
            // buffered answer must not be sent; the key stays free for a retry
            log.error("A request with an Idempotency-Key could not be committed; nothing was recorded", e);
            discard(response);
            IdempotencyProblems.notRecorded(request, response);
            return;
        }
        switch (outcome.kind()) {
            case ANSWERED -> buffered.copyBodyToResponse();
            case REPLAYED -> replay(response, outcome.replay());
            case REUSED -> IdempotencyProblems.keyReused(request, response);
            case IN_FLIGHT -> IdempotencyProblems.keyInFlight(request, response);
        }
    }

    /** Runs in the request's transaction; what it returns is sent after the commit. */
    private Outcome handle(
            String account,
            String key,
            byte[] requestHash,
            HttpServletRequest request,
            ContentCachingResponseWrapper response,
            FilterChain chain,
            TransactionStatus transaction) {
        if (!records.claim(account, key)) {
            return Outcome.IN_FLIGHT;
        }
        var remembered = records.find(account, key);
        if (remembered.isPresent()) {
            return MessageDigest.isEqual(remembered.get().requestHash(), requestHash)
                    ? Outcome.replay(remembered.get().response())
                    : Outcome.REUSED;
        }
        var beforeRequest = transaction.createSavepoint();
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            throw new HandlingFailed(e);
        }
        var answer = new IdempotentResponse(
                response.getStatus(),
                response.getContentType(),
                response.getHeader(HttpHeaders.LOCATION),
                response.getContentAsByteArray());
        if (response.isCommitted() || !worthRemembering(answer)) {
            // a 5xx, a transient refusal, or an answer already on its way: nothing of it is kept
            transaction.setRollbackOnly();
            return Outcome.ANSWERED;
        }
        if (!isSuccess(answer.status())) {
            // a refusal records nothing: undo whatever the refused command touched before it failed
            // (this also clears a database error that aborted the transaction, e.g. a duplicate stream)
            transaction.rollbackToSavepoint(beforeRequest);
        }
        transaction.releaseSavepoint(beforeRequest);
        records.remember(account, key, requestHash, request.getMethod(), pathAndQuery(request), answer);
        return Outcome.ANSWERED;
    }

    /**
     * Whose keys these are (ADR 0014): the signed-in account's name, or "" without one. Keys are
     * scoped per account, so one account never replays, nor is refused over, another's answer; the
     * access rules ran before this filter, so the account is known here.
     */
    static String account() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return "";
        }
        return authentication.getName();
    }

    /** Why the header's values are not one key of 1–200 visible ASCII characters, or null if they are. */
    static String malformation(List<String> values) {
        if (values.size() != 1) {
            return "must be sent once";
        }
        var key = values.get(0);
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters (no spaces)";
        }
        return null;
    }

    /** SHA-256 of what makes two requests the same request: method, path, query and body. */
    static byte[] fingerprint(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            var query = request.getQueryString();
            digest.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(body);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable on this JVM", e);
        }
    }

    static boolean worthRemembering(IdempotentResponse answer) {
        if (isSuccess(answer.status())) {
            return true;
        }
        if (answer.status() < 400 || answer.status() >= 500 || answer.contentType() == null) {
            return false;
        }
        try {
            if (!MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(answer.contentType()))) {
                return false;
            }
            var type = JSON.readTree(answer.body()).get("type");
            return type != null && type.isString() && REMEMBERED_REFUSALS.contains(type.stringValue());
        } catch (InvalidMediaTypeException | JacksonException e) {
            return false;
        }
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    private static String pathAndQuery(HttpServletRequest request) {
        var query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private static void replay(HttpServletResponse response, IdempotentResponse remembered) throws IOException {
        response.setStatus(remembered.status());
        if (remembered.contentType() != null) {
            response.setContentType(remembered.contentType());
        }
        if (remembered.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, remembered.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(remembered.body().length);
        response.getOutputStream().write(remembered.body());
    }

    /** Forgets the status and headers the request had set, so that only our answer goes out. */
    private static void discard(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.reset();
        }
    }

    /** What to answer once the transaction is over. */
    private record Outcome(Kind kind, IdempotentResponse replay) {
        static final Outcome ANSWERED = new Outcome(Kind.ANSWERED, null);
        static final Outcome REUSED = new Outcome(Kind.REUSED, null);
        static final Outcome IN_FLIGHT = new Outcome(Kind.IN_FLIGHT, null);

        static Outcome replay(IdempotentResponse remembered) {
            return new Outcome(Kind.REPLAYED, remembered);
        }

        enum Kind {
            /** The request ran; its buffered answer goes out. */
            ANSWERED,
            /** A retry: the remembered answer goes out. */
            REPLAYED,
            REUSED,
            IN_FLIGHT
        }
    }

    /** Carries a failure of the rest of the chain out of the transaction, which it rolls back. */
    private static final class HandlingFailed extends RuntimeException {
        HandlingFailed(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            var cause = getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) cause;
        }
    }
}
