package org.ecvetledger.app.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.ecvetledger.app.web.DatabaseUnavailable;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals of the access layer as RFC 9457 problem documents, never a login page or a stack trace:
 * 401 with the challenges the ledger accepts, 403 naming the rule that refused.
 */
@Component
class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "ECVET credit ledger";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        if (DatabaseUnavailable.causedBy(authException)) {
            // the account could not be read (InternalAuthenticationServiceException): not a wrong password
            DatabaseUnavailable.write(response);
            return;
        }
        response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
        var refusal = (AccessRules.Refusal) request.getAttribute(AccessRules.REFUSAL);
        write(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "unauthenticated",
                "Sign in first",
                request.getHeader("Authorization") == null
                        ? "This request needs a signed-in account: HTTP Basic or a bearer token."
                        : "The credentials sent were not accepted.",
                refusal == null ? null : refusal.rule(),
                null);
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        var refusal = (AccessRules.Refusal) request.getAttribute(AccessRules.REFUSAL);
        if (refusal != null && refusal.rule().equals(AccessRules.METHOD_NOT_ALLOWED)) {
            response.setHeader("Allow", refusal.header());
            write(
                    response,
                    HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "method-not-allowed",
                    "Method not allowed",
                    refusal.detail(),
                    null,
                    null);
            return;
        }
        write(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "access-denied",
                "Not allowed",
                refusal == null ? "This account may not make this request." : refusal.detail(),
                refusal == null ? "access-denied" : refusal.rule(),
                refusal == null ? null : refusal.header());
    }

    private static void write(
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail,
            String rule,
            String header)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "urn:ecvet-ledger:problem:" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (rule != null) {
            problem.put("rule", rule);
        }
        if (header != null) {
            problem.put("header", header);
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
