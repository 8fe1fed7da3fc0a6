package org.ecvetledger.app.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.ecvetledger.app.access.Caller;
import org.ecvetledger.app.access.Role;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps every command with who acts and for which request; the correlation data provider then
 * copies both onto every event the command causes, so the audit trail can answer "who decided
 * this, through which request". The actor is the signed-in account (issue 10, ADR 0014): a staff
 * account acts for its institution under its display name; the {@code X-Acting-*} headers, when sent,
 * were already checked to name that same institution and person. No account: {@code anonymous}.
 */
@Component
public class CommandMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String ACTOR = "actor";
    public static final String REQUEST_ID = "requestId";
    public static final String ACTOR_INSTITUTION = "actorInstitution";
    public static final String ACTOR_PERSON = "actorPerson";
    public static final String ACTOR_ACCOUNT = "actorAccount";
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String ANONYMOUS = "anonymous";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, String> audit = new HashMap<>();
            if (!command.getMetaData().containsKey(ACTOR)) {
                var caller = inRequest() ? Caller.current().orElse(null) : null;
                if (caller == null) {
                    audit.put(ACTOR, ANONYMOUS);
                } else if (caller.role() == Role.STAFF) {
                    audit.put(ACTOR, caller.displayName() + " (" + caller.institution() + ")");
                    audit.put(ACTOR_INSTITUTION, caller.institution());
                    audit.put(ACTOR_PERSON, caller.displayName());
                    audit.put(ACTOR_ACCOUNT, caller.name());
                } else {
                    audit.put(ACTOR, caller.displayName() + " (" + caller.role() + ")");
                    audit.put(ACTOR_PERSON, caller.displayName());
                    audit.put(ACTOR_ACCOUNT, caller.name());
                }
            }
            if (!command.getMetaData().containsKey(REQUEST_ID)) {
                audit.put(REQUEST_ID, currentRequestId());
            }
            return audit.isEmpty() ? command : command.andMetaData(audit);
        };
    }

    /** Only a command sent while serving a request has a caller; a policy's or scheduler's has none. */
    private static boolean inRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes;
    }

    private static String currentRequestId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var header = attributes.getRequest().getHeader(REQUEST_ID_HEADER);
            if (header != null && !header.isBlank() && header.length() <= 100) {
                return header;
            }
        }
        return TimeOrderedIdentifierFactory.next().toString();
    }
}
