package org.ecvetledger.app.eventstore;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a command again when it lost the race for its aggregate's next sequence number: two nodes
 * (or two threads) loaded the same learner's stream, the other appended first, and the unique
 * {@code (aggregateidentifier, sequencenumber)} key refused this one ({@link ConcurrencyException},
 * ADR 0001). The retry loads the new state and decides again, so its rules see the other command's
 * event; it never forks the stream. Pauses are random up to an interval that doubles per attempt, so
 * losers do not collide again in lock step.
 *
 * <p>Not retried:
 * <ul>
 *   <li>anything else, rule violations above all (deciding again on the same state gives the same answer);
 *   <li>a create that lost ({@code AggregateStreamCreationException}): the record now exists, and a
 *       retry could only fail the same way (409 already exists);
 *   <li>a command sent inside a transaction that someone else owns (a request with an Idempotency-Key,
 *       ADR 0006, or a policy's event handler): that transaction is already aborted by the refused
 *       insert, and a retry on another thread would commit the events outside it. The owner retries
 *       instead: the client with its key, the event processor with its batch.
 * </ul>
 */
final class ConcurrentAppendRetry implements RetryScheduler, AutoCloseable {

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long intervalMillis;

    ConcurrentAppendRetry(int maxRetries, Duration interval) {
        // not a bean of its own: Spring's @Scheduled would take a lone ScheduledExecutorService bean for its tasks
        this.executor = Executors.newScheduledThreadPool(2, task -> {
            var thread = new Thread(task, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
        this.maxRetries = maxRetries;
        this.intervalMillis = Math.max(1, interval.toMillis());
    }

    @Override
    public boolean scheduleRetry(
            CommandMessage commandMessage,
            RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures,
            Runnable dispatchTask) {
        if (failures.size() > maxRetries || !lostTheRace(lastFailure) || insideSomeoneElsesTransaction()) {
            return false;
        }
        long bound = intervalMillis << Math.min(failures.size() - 1, 10);
        try {
            executor.schedule(dispatchTask, ThreadLocalRandom.current().nextLong(bound + 1), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException shuttingDown) {
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    static boolean lostTheRace(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideSomeoneElsesTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive() || CurrentUnitOfWork.isStarted();
    }
}
