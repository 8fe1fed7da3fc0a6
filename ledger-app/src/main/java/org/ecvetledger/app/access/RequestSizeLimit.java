package org.ecvetledger.app.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit before anything reads it: 413 problem+json (issue 10
 * item 6). Judged by {@code Content-Length}; a chunked body without one is left to the container.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

    /** Room for a multipart envelope around an evidence document of the largest size. */
    private static final long ENVELOPE_BYTES = 64 * 1024;

    private final long maxBytes;
    private final long evidenceMaxBytes;

    /**
     * @param evidenceMaxBytes the limit of an evidence upload ({@code POST /api/evidence}, ADR 0021),
     *     whose exact size the evidence store checks again on the bytes it receives
     */
    RequestSizeLimit(long maxBytes, long evidenceMaxBytes) {
        this.maxBytes = maxBytes;
        this.evidenceMaxBytes = evidenceMaxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var evidence = "POST".equals(request.getMethod())
                && "/api/evidence"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()));
        var limit = evidence ? Math.max(maxBytes, evidenceMaxBytes + ENVELOPE_BYTES) : maxBytes;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"urn:ecvet-ledger:problem:payload-too-large\",\"title\":\"Request too large\","
                            + "\"status\":413,\"detail\":\"The request body must be at most " + limit
                            + " bytes.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
