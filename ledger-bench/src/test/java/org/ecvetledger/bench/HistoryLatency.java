package org.ecvetledger.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.domain.accumulation.EnrolLearner;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.ValidateCredit;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.RecordAssessment;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.learner.PersonalData;
import org.ecvetledger.domain.learner.RegisterLearner;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8 item 2: command latency against the length of the learner's history. Three learners'
 * pathways are grown, one validation at a time, to just before about 10, 100 and 1,000 events: each
 * validation rests on a further assessment of U31 (S22), so every one appends one {@code CreditValidated}
 * to the same stream. Then the three windows (±5, ±10, ±10 events) are measured in turns, one command
 * to each pathway per round, so that the other builds on the machine weigh on every length alike.
 * Each validation's {@code sendAndWait} is timed alone (concurrency 1; the assessment before it is
 * not) and filed by the number of events its pathway held when it was sent. Snapshots (every {@code
 * ledger.event-store.snapshot-threshold} events) should keep the load of the stream, and so the
 * latency, flat.
 */
final class HistoryLatency {

    static final int[] LENGTHS = {10, 100, 1_000};

    private static final Actor TEACHER = new Actor(DemoCatalogue.LYCEE_BRANLY, "Mme Durand");
    private static final Actor REGISTRAR = new Actor(DemoCatalogue.LYCEE_BRANLY, "Registrar");
    private static final UnitRef UNIT = UnitRef.of("U31", 1);
    private static final LocalDate FIRST_ASSESSMENT = LocalDate.of(2020, 1, 1);
    private static final LocalDate VALIDATED_ON = LocalDate.of(2025, 6, 20);

    /** Latencies of the commands sent to a pathway of about {@code length} events. */
    record Window(int length, int from, int to, long[] latencies) {
        double percentileMillis(double p) {
            return LedgerCommandBench.percentileMillis(latencies, p);
        }
    }

    /** The windows, plus every validation's latency by history length (for the plot) and the snapshots taken. */
    record Result(List<Window> windows, double[] medianByLength, List<Long> latestSnapshots, int learners) {
        Window at(int length) {
            return windows.stream()
                    .filter(w -> w.length() == length)
                    .findFirst()
                    .orElseThrow();
        }

        /** The flatness figure: p50 at 1,000 events ÷ p50 at 10 (target ≤ 1.5). */
        double ratio() {
            return at(1_000).percentileMillis(0.5) / at(10).percentileMillis(0.5);
        }
    }

    private final CommandGateway gateway;
    private final JdbcTemplate jdbc;

    HistoryLatency(CommandGateway gateway, DataSource dataSource) {
        this.gateway = gateway;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Result run(int learners) {
        int last = LENGTHS[LENGTHS.length - 1];
        int longest = last + halfWindow(last);
        var windows = new ArrayList<List<Long>>();
        for (int ignored : LENGTHS) {
            windows.add(new ArrayList<>());
        }
        var all = new long[learners][longest + 1];
        var pathways = new ArrayList<String>();
        for (int l = 0; l < learners; l++) {
            // one pathway per length; the pathway holds its enrolment, so its k-th validation meets k events
            var learners3 = new ArrayList<LearnerId>();
            for (int w = 0; w < LENGTHS.length; w++) {
                var learner = new LearnerId(TimeOrderedIdentifierFactory.next());
                gateway.sendAndWait(new RegisterLearner(
                        learner, new PersonalData("History" + l + "-" + w, "Moreau", LocalDate.of(2006, 5, 17))));
                gateway.sendAndWait(
                        new EnrolLearner(learner, DemoCatalogue.BACPRO_2013, REGISTRAR, LocalDate.of(2019, 9, 1)));
                pathways.add(new PathwayId(learner, DemoCatalogue.BACPRO_2013.id()).toString());
                learners3.add(learner);
                // grown to just before its window, one after the other (the longest gives the plot's curve)
                for (int events = 1; events < from(LENGTHS[w]); events++) {
                    long elapsed = validate(learner, events);
                    if (w == LENGTHS.length - 1) {
                        all[l][events] = elapsed;
                    }
                }
            }
            // then the windows in turns, one command to each pathway per round, so that a change in the
            // machine's load (other builds) falls on every length alike; the short window's commands are
            // spread over the rounds of the long ones
            int rounds = 2 * halfWindow(last) + 1;
            var next = new int[LENGTHS.length];
            for (int w = 0; w < LENGTHS.length; w++) {
                next[w] = from(LENGTHS[w]);
            }
            for (int round = 0; round < rounds; round++) {
                for (int w = 0; w < LENGTHS.length; w++) {
                    int size = 2 * halfWindow(LENGTHS[w]) + 1;
                    boolean due = (long) round * size / rounds != (long) (round + 1) * size / rounds || round == 0;
                    if (!due || next[w] > LENGTHS[w] + halfWindow(LENGTHS[w])) {
                        continue;
                    }
                    int events = next[w]++;
                    long elapsed = validate(learners3.get(w), events);
                    windows.get(w).add(elapsed);
                    if (w == LENGTHS.length - 1) {
                        all[l][events] = elapsed;
                    }
                }
            }
        }
        var result = new ArrayList<Window>();
        for (int w = 0; w < LENGTHS.length; w++) {
            result.add(new Window(
                    LENGTHS[w],
                    LENGTHS[w] - halfWindow(LENGTHS[w]),
                    LENGTHS[w] + halfWindow(LENGTHS[w]),
                    windows.get(w).stream().mapToLong(Long::longValue).toArray()));
        }
        var medians = new double[longest + 1];
        for (int events = 1; events <= longest; events++) {
            var at = new long[learners];
            for (int l = 0; l < learners; l++) {
                at[l] = all[l][events];
            }
            medians[events] = LedgerCommandBench.percentileMillis(at, 0.5);
        }
        // Axon keeps the latest snapshot of an aggregate only: its sequence number shows snapshots kept up
        var snapshots = new ArrayList<Long>();
        for (var pathway : pathways) {
            snapshots.add(jdbc.queryForObject(
                    "select coalesce(max(sequencenumber), -1) from snapshotevententry where aggregateidentifier = ?",
                    Long.class,
                    pathway));
        }
        return new Result(result, medians, List.copyOf(snapshots), learners);
    }

    private static int from(int length) {
        return Math.max(1, length - halfWindow(length));
    }

    /** Records a further assessment (untimed), then times the validation resting on it. */
    private long validate(LearnerId learner, int events) {
        var assessment = assess(learner, events);
        long start = System.nanoTime();
        gateway.sendAndWait(new ValidateCredit(
                learner, DemoCatalogue.BACPRO_2013.id(), UNIT, List.of(), List.of(assessment), TEACHER, VALIDATED_ON));
        return System.nanoTime() - start;
    }

    static int halfWindow(int length) {
        return Math.min(10, length / 2);
    }

    /** A further assessment of U31, all outcomes achieved; its date makes its content unique (no duplicate flag). */
    private AssessmentId assess(LearnerId learner, int n) {
        var assessment = new AssessmentId(TimeOrderedIdentifierFactory.next());
        var results = Arrays.asList("LO1", "LO2", "LO3", "LO4", "LO5", "LO6").stream()
                .map(lo -> new OutcomeResult(UNIT, lo, true))
                .toList();
        gateway.sendAndWait(new RecordAssessment(
                assessment,
                new AssessmentContent(
                        learner,
                        DemoCatalogue.BACPRO_2013,
                        TEACHER,
                        AssessmentMethod.PRACTICAL_TEST,
                        LearningSetting.FORMAL,
                        FIRST_ASSESSMENT.plusDays(n),
                        results,
                        List.of(new UnitGrade(UNIT, BigDecimal.valueOf(10 + n % 10))),
                        "0-20",
                        null,
                        List.of(),
                        null)));
        return assessment;
    }
}
