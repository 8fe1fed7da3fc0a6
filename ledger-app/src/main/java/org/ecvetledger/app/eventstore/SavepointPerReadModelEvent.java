package org.ecvetledger.app.eventstore;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * Lets the dead-letter queue park a read-model event that fails, without a savepoint round trip for
 * every event that does not (ADR 0011, amended by ADR 0025).
 *
 * <p>In PostgreSQL a failed statement aborts the whole transaction, so the dead-letter queue cannot
 * park a poison event in the batch transaction its handler broke (its insert would be refused too);
 * behind a savepoint of its own, only the poison event's writes are undone, it is parked, and the
 * batch goes on. But a savepoint costs two statements (set and release) per event and read model —
 * two thirds of a rebuild's statements when a projector writes once — for a failure that almost
 * never happens. So a read model runs <em>optimistically</em>: its handlers run bare, and the first
 * failure aborts the whole batch instead (the dead-letter queue's enqueue policy lets
 * {@link OptimisticFailure} through, see ReadModelConfiguration), which rolls every write of the
 * batch back. The failed event is remembered; the processor retries the batch after its back-off,
 * and while a group has such an event outstanding its handlers run <em>carefully</em>, each behind a
 * savepoint as before, so the poison event is parked and the rest recorded. Once the remembered
 * event has been handled carefully (recorded or parked), the group is optimistic again.
 */
class SavepointPerReadModelEvent implements HandlerEnhancerDefinition {

    /** After this long an outstanding failure stops making its group careful (its segment may have moved to another node). */
    static final Duration CAREFUL_AT_MOST = Duration.ofMinutes(10);

    private final TransactionTemplate savepoint;
    private final Set<String> readModelGroups;
    private final boolean alwaysCareful;
    /** Per read model: the events that failed optimistically and have not been handled carefully yet, with when that expires. */
    private final Map<String, Map<String, Long>> outstanding = new ConcurrentHashMap<>();

    /** @param alwaysCareful every event behind a savepoint, as before ADR 0025 (an operator's fallback) */
    SavepointPerReadModelEvent(
            PlatformTransactionManager transactions, Set<String> readModelGroups, boolean alwaysCareful) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.readModelGroups = Set.copyOf(readModelGroups);
        this.alwaysCareful = alwaysCareful;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        var annotation = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (annotation == null
                || !readModelGroups.contains(annotation.value())
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        var group = annotation.value();
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (careful(group)) {
                    try {
                        return behindSavepoint(() -> super.handle(message, target));
                    } finally {
                        settled(group, message.getIdentifier());
                    }
                }
                try {
                    return super.handle(message, target);
                } catch (Exception | Error e) {
                    failedOptimistically(group, message.getIdentifier());
                    throw new OptimisticFailure(group, e);
                }
            }
        };
    }

    boolean careful(String group) {
        if (alwaysCareful) {
            return true;
        }
        var failed = outstanding.get(group);
        if (failed == null || failed.isEmpty()) {
            return false;
        }
        long now = System.nanoTime();
        failed.values().removeIf(expiry -> expiry - now < 0);
        return !failed.isEmpty();
    }

    private void failedOptimistically(String group, String eventId) {
        outstanding
                .computeIfAbsent(group, g -> new ConcurrentHashMap<>())
                .put(eventId, System.nanoTime() + CAREFUL_AT_MOST.toNanos());
    }

    private void settled(String group, String eventId) {
        var failed = outstanding.get(group);
        if (failed != null) {
            failed.remove(eventId);
        }
    }

    private Object behindSavepoint(Handling handling) throws Exception {
        try {
            return savepoint.execute(status -> {
                try {
                    return handling.handle();
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

    @FunctionalInterface
    private interface Handling {
        Object handle() throws Exception;
    }

    /**
     * A read-model event that failed without a savepoint: the batch must be rolled back and retried
     * carefully, so the dead-letter queue must not park it (ReadModelConfiguration's enqueue policy).
     */
    static final class OptimisticFailure extends RuntimeException {

        OptimisticFailure(String group, Throwable cause) {
            super(
                    "read model " + group + " failed on an event without a savepoint; its batch is retried"
                            + " with a savepoint per event so that the event can be parked: " + cause,
                    cause);
        }
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
