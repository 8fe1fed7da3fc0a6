package org.ecvetledger.app.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps every command with who acts and for which request; the correlation data provider then
 * copies both onto every event the command causes, so the audit trail can answer "who decided
 * this, through which request". Until accounts exist (issue 10) the actor is {@code anonymous}.
 */
@Component
public class CommandMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String ACTOR = "actor";
    public static final String REQUEST_ID = "requestId";
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String ANONYMOUS = "anonymous";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, String> audit = new HashMap<>();
            if (!command.getMetaData().containsKey(ACTOR)) {
                audit.put(ACTOR, ANONYMOUS);
            }
            if (!command.getMetaData().containsKey(REQUEST_ID)) {
                audit.put(REQUEST_ID, currentRequestId());
            }
            return audit.isEmpty() ? command : command.andMetaData(audit);
        };
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
