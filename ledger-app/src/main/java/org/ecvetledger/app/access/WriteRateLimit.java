package org.ecvetledger.app.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A per-account limit on writes (issue 10 item 6): at most {@code perMinute} POST, PUT, PATCH or
 * DELETE requests of one signed-in account per clock minute, then 429 problem+json with
 * {@code Retry-After}. Per node, in memory: behind several nodes the limit is per node (ADR 0014).
 */
final class WriteRateLimit extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, int count) {}

    WriteRateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = Caller.current();
        if (perMinute > 0 && caller.isPresent() && WRITES.contains(request.getMethod())) {
            var now = clock.millis();
            var minute = now / 60_000;
            var window = windows.compute(
                    caller.get().name(),
                    (name, current) -> current == null || current.minute() != minute
                            ? new Window(minute, 1)
                            : new Window(minute, current.count() + 1));
            if (window.count() > perMinute) {
                var retryAfter = Math.max(1, (minute + 1) * 60 - now / 1000);
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(retryAfter));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("{\"type\":\"urn:ecvet-ledger:problem:too-many-requests\",\"title\":\"Too many writes\","
                                + "\"status\":429,\"detail\":\"This account may send at most " + perMinute
                                + " writes a minute; retry after " + retryAfter + " s.\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
