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
 * this, through which request". Until accounts exist (issue 10) the actor is the one the request
 * names in {@code X-Acting-Institution} and {@code X-Acting-Person}, or {@code anonymous}.
 */
@Component
public class CommandMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String ACTOR = "actor";
    public static final String REQUEST_ID = "requestId";
    public static final String ACTOR_INSTITUTION = "actorInstitution";
    public static final String ACTOR_PERSON = "actorPerson";
    static final String ACTING_INSTITUTION_HEADER = "X-Acting-Institution";
    static final String ACTING_PERSON_HEADER = "X-Acting-Person";
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String ANONYMOUS = "anonymous";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, String> audit = new HashMap<>();
            if (!command.getMetaData().containsKey(ACTOR)) {
                var acting = actingInRequest();
                if (acting == null) {
                    audit.put(ACTOR, ANONYMOUS);
                } else {
                    audit.put(ACTOR, acting[1] + " (" + acting[0] + ")");
                    audit.put(ACTOR_INSTITUTION, acting[0]);
                    audit.put(ACTOR_PERSON, acting[1]);
                }
            }
            if (!command.getMetaData().containsKey(REQUEST_ID)) {
                audit.put(REQUEST_ID, currentRequestId());
            }
            return audit.isEmpty() ? command : command.andMetaData(audit);
        };
    }

    /** The acting institution and person the request names (until accounts exist, issue 10), or null. */
    private static String[] actingInRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var institution = attributes.getRequest().getHeader(ACTING_INSTITUTION_HEADER);
            var person = attributes.getRequest().getHeader(ACTING_PERSON_HEADER);
            if (institution != null && person != null) {
                var decodedInstitution = HeaderText.decode(institution.strip());
                var decodedPerson = HeaderText.decode(person.strip());
                if (decodedInstitution != null
                        && decodedPerson != null
                        && !decodedInstitution.isBlank()
                        && !decodedPerson.isBlank()) {
                    return new String[] {decodedInstitution, decodedPerson};
                }
            }
        }
        return null;
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
