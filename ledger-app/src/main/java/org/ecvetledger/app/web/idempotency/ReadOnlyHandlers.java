package org.ecvetledger.app.web.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.ecvetledger.app.web.ReadOnly;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether the handler MVC would choose for a request is marked {@link ReadOnly}. Asked before MVC runs,
 * so the marker sits on the controller method itself instead of a list of paths kept apart from it. A
 * request no handler matches (404, 405, 415) is not read-only: the filter treats it as before.
 */
final class ReadOnlyHandlers implements Predicate<HttpServletRequest> {

    private final Supplier<RequestMappingHandlerMapping> mapping;

    ReadOnlyHandlers(Supplier<RequestMappingHandlerMapping> mapping) {
        this.mapping = mapping;
    }

    @Override
    public boolean test(HttpServletRequest request) {
        var parsedBefore = ServletRequestPathUtils.hasParsedRequestPath(request);
        if (!parsedBefore) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            var chain = mapping.get().getHandler(request);
            return chain != null
                    && chain.getHandler() instanceof HandlerMethod method
                    && method.hasMethodAnnotation(ReadOnly.class);
        } catch (Exception noHandler) {
            // MVC will refuse the request itself (wrong method or media type); nothing here is read-only
            return false;
        } finally {
            if (!parsedBefore) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
