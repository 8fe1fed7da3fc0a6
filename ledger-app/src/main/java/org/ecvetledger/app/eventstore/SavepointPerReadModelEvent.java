package org.ecvetledger.app.eventstore;

import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each read-model event handler behind a savepoint of its processor's batch transaction. In
 * PostgreSQL a failed statement aborts the whole transaction, so without the savepoint the
 * dead-letter queue could not park a poison event (its insert would be refused too) and the batch
 * would be retried for ever instead; rolled back to the savepoint, only the poison event's writes
 * are undone, it is parked, and the batch goes on (ADR 0011).
 */
class SavepointPerReadModelEvent implements HandlerEnhancerDefinition {

    private final TransactionTemplate savepoint;
    private final Set<String> readModelGroups;

    SavepointPerReadModelEvent(PlatformTransactionManager transactions, Set<String> readModelGroups) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.readModelGroups = Set.copyOf(readModelGroups);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        var group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (group == null
                || !readModelGroups.contains(group.value())
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                try {
                    return savepoint.execute(status -> {
                        try {
                            return super.handle(message, target);
                        } catch (RuntimeException | Error e) {
                            throw e;
                        } catch (Exception e) {
                            throw new CheckedFailure(e);
                        }
                    });
                } catch (CheckedFailure e) {
                    throw e.checked;
                }
            }
        };
    }

    /** Carries a handler's checked exception through the transaction template, which only lets unchecked ones out. */
    private static final class CheckedFailure extends RuntimeException {

        private final Exception checked;

        CheckedFailure(Exception checked) {
            super(checked);
            this.checked = checked;
        }
    }
}
