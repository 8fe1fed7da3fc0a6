package org.ecvetledger.domain.accumulation;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.AxonAssertionError;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.ecvetledger.domain.assessment.LedgerFixtures;

/**
 * One learner pathway driven through the Axon fixture a command at a time: each command is handled
 * on the events accepted so far (given), and its events, if accepted, join them. For journeys of
 * several decisions (S02, S15, S17) and for property tests.
 */
final class PathwayJourney {

    private final FixtureConfiguration<LearnerPathway> fixture = new AggregateTestFixture<>(LearnerPathway.class);
    private final List<Object> history = new ArrayList<>();

    PathwayJourney(LedgerFixtures.Ledger ledger, Object... moreLookups) {
        fixture.registerInjectableResource(ledger);
        for (var lookup : moreLookups) {
            fixture.registerInjectableResource(lookup);
        }
    }

    /** What became of one command: the events it published, or why it was refused (then no events). */
    record Outcome(List<Object> events, Throwable refusal) {

        boolean accepted() {
            return refusal == null;
        }
    }

    Outcome attempt(Object command) {
        var result = history.isEmpty()
                ? fixture.givenNoPriorActivity().when(command)
                : fixture.given(history).when(command);
        var published = new LedgerFixtures.Published();
        result.expectEventsMatching(published.capture());
        var refusal = new Throwable[1];
        try {
            result.expectException(Matchers.matches(e -> {
                refusal[0] = (Throwable) e;
                return true;
            }));
        } catch (AxonAssertionError noException) {
            refusal[0] = null;
        }
        if (refusal[0] == null) {
            history.addAll(published.payloads());
            return new Outcome(published.payloads(), null);
        }
        if (!published.payloads().isEmpty()) {
            throw new AssertionError("a refused command published " + published.payloads(), refusal[0]);
        }
        return new Outcome(List.of(), refusal[0]);
    }

    /** Issues a command that must be accepted; returns its events. */
    List<Object> accept(Object command) {
        var outcome = attempt(command);
        if (!outcome.accepted()) {
            throw new AssertionError("expected " + command + " to be accepted", outcome.refusal());
        }
        return outcome.events();
    }

    /** Issues a command that must be refused; returns the refusal. */
    Throwable refuse(Object command) {
        var outcome = attempt(command);
        if (outcome.accepted()) {
            throw new AssertionError("expected " + command + " to be refused, but it published " + outcome.events());
        }
        return outcome.refusal();
    }

    /** Every accepted event so far, in order. */
    List<Object> history() {
        return List.copyOf(history);
    }

    <T> List<T> history(Class<T> type) {
        return history.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
