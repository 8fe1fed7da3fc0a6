package org.ecvetledger.app.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ecvetledger.app.web.RequestBodyTooLarge;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit with 413 problem+json (issue 10 item 6): at once by
 * {@code Content-Length}, and for a body sent without one (chunked) as soon as reading it passes the
 * limit. Bodies are read whole (JSON binding) before any command is sent, so a refusal never leaves a
 * half-written record. Uploads ({@code multipart/*} and {@code text/csv}: evidence files, CSV
 * imports) have their own, larger limit.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final long maxUploadBytes;

    RequestSizeLimit(long maxRequestBytes, long maxUploadBytes) {
        this.maxRequestBytes = maxRequestBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** The limit for this request's body, by its media type. */
    long limitFor(HttpServletRequest request) {
        if (isEvidenceUpload(request)) {
            // an evidence document comes as its own raw body, whatever its type (ADR 0021)
            return maxUploadBytes;
        }
        var type = request.getContentType();
        if (type == null) {
            return maxRequestBytes;
        }
        var media = type.toLowerCase(Locale.ROOT).strip();
        return media.startsWith("multipart/") || media.startsWith("text/csv") ? maxUploadBytes : maxRequestBytes;
    }

    private static boolean isEvidenceUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && "/api/evidence"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        if (request.getContentLengthLong() >= 0 || isParsedByTheContainer(request)) {
            // a declared length within the limit is all the container delivers
            chain.doFilter(request, response);
            return;
        }
        var limited = new LimitedBody(request, limit);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!limited.exceeded) {
                throw failure;
            }
        }
        if (limited.exceeded && !response.isCommitted()) {
            // a reader that swallowed the failure answered something else; the API's own readers are
            // answered 413 by ProblemDetailsAdvice and their answer is committed by now
            response.reset();
            refuse(response, limit);
        }
    }

    /**
     * Forms and multipart bodies are parsed by the servlet container from its own stream, not through
     * a wrapper; without a length they are bounded by the container's limits
     * ({@code spring.servlet.multipart.max-request-size}, {@code server.tomcat.max-http-form-post-size}).
     */
    private static boolean isParsedByTheContainer(HttpServletRequest request) {
        var type = request.getContentType();
        if (type == null) {
            return false;
        }
        var media = type.toLowerCase(Locale.ROOT);
        return media.startsWith("multipart/") || media.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"urn:ecvet-ledger:problem:payload-too-large\",\"title\":\"Request too large\","
                        + "\"status\":413,\"detail\":\"" + RequestBodyTooLarge.detail(limit) + "\"}");
    }

    /** Reading past the limit fails the read and marks the request refused. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private BufferedReader reader;
        private long read;
        private boolean exceeded;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counted(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                var encoding = getCharacterEncoding();
                var charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        private void count(long bytes) throws IOException {
            read += bytes;
            if (read > limit) {
                exceeded = true;
                throw new RequestBodyTooLarge(limit);
            }
        }

        private final class Counted extends ServletInputStream {

            private final ServletInputStream in;

            Counted(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                var b = in.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                var n = in.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
