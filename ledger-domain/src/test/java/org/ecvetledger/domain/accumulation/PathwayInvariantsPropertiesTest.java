package org.ecvetledger.domain.accumulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.assessment.LedgerFixtures;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.PossibleDuplicateAssessmentFlagged;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.Eligibility;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/**
 * Properties of a learner's pathway under random interleavings of valid and invalid validations and
 * recognitions, over random small standards (R1, R7, R14). Plain JUnit with a seeded {@link Random}:
 * every failure names its seed; rerun one case with {@code -Dpathway.seed=<seed>}.
 */
class PathwayInvariantsPropertiesTest {

    private static final int CASES = 500;
    private static final long FIRST_SEED = 20_260_527L;

    private static final LearnerId LEARNER = LearnerId.of("01a21e00-0000-7000-8000-0000000000d1");
    private static final LearnerId SOMEONE_ELSE = LearnerId.of("01a21e00-0000-7000-8000-0000000000d2");
    private static final QualificationRef STANDARD = QualificationRef.of("PROP-STANDARD", 1);
    private static final InstitutionId HOME = new InstitutionId("PROP-HOME");
    private static final InstitutionId STRANGER = new InstitutionId("PROP-STRANGER");
    private static final Actor HOME_OFFICER = new Actor(HOME, "home officer");
    private static final Actor STRANGERS_OFFICER = new Actor(STRANGER, "stranger");
    private static final UnitRef STRAY = UnitRef.of("STRAY", 1);
    private static final String STRAY_OUTCOME = "LO-X";
    /** Out of reach, so the evaluation always reports the points held: {@code POINTS_SHORT:<held>/10000}. */
    private static final CreditPoints OUT_OF_REACH = CreditPoints.of(10_000);

    private static final String[] POINTS = {"5", "7.5", "10", "12", "15", "20", "22.5", "30", "60"};

    @Test
    void points_held_are_the_sum_of_the_recognised_units_points_and_no_unit_is_recognised_twice() {
        var only = System.getProperty("pathway.seed");
        if (only != null) {
            checkCase(Long.parseLong(only));
            return;
        }
        for (long seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
            checkCase(seed);
        }
    }

    private static void checkCase(long seed) {
        var log = new ArrayList<String>();
        try {
            new Case(new Random(seed), log).run();
        } catch (Throwable failure) {
            throw new AssertionError(
                    "pathway property failed for seed " + seed + " (rerun with -Dpathway.seed=" + seed + ")\n  "
                            + String.join("\n  ", log),
                    failure);
        }
    }

    /** One random standard, its assessments, and a random sequence of commands on one pathway. */
    private static final class Case {
        private final Random random;
        private final List<String> log;
        private final Map<UnitRef, List<String>> outcomes = new LinkedHashMap<>();
        private final Map<UnitRef, AttachedUnit> attached = new LinkedHashMap<>();
        private final List<AssessmentId> assessments = new ArrayList<>();
        private final Map<AssessmentId, AssessmentContent> usable = new HashMap<>();
        private final LedgerFixtures.Ledger ledger = new LedgerFixtures.Ledger();

        // the model: what the pathway should hold after the accepted commands
        private final Map<UnitRef, Set<String>> validated = new LinkedHashMap<>();
        private final Map<UnitRef, Set<AssessmentId>> validatedBasis = new LinkedHashMap<>();
        private final Set<UnitRef> recognised = new HashSet<>();
        private LocalDate day = LocalDate.of(2025, 1, 6);

        Case(Random random, List<String> log) {
            this.random = random;
            this.log = log;
        }

        void run() {
            defineStandard();
            recordAssessments();
            var journey = new PathwayJourney(ledger);
            journey.accept(new EnrolLearner(LEARNER, STANDARD, new Actor(HOME, "enrolment officer"), day));

            int commands = 5 + random.nextInt(21);
            for (int i = 0; i < commands; i++) {
                day = day.plusDays(1 + random.nextInt(20));
                var command = random.nextBoolean() ? aValidation() : aRecognition();
                var expected = refusalsOf(command);
                var outcome = journey.attempt(command);
                log.add(command + " -> "
                        + (outcome.accepted() ? "accepted " + outcome.events() : "refused " + outcome.refusal()));

                assertThat(outcome.accepted())
                        .as("accepted, where the model expects refusals %s", expected)
                        .isEqualTo(expected.isEmpty());
                if (outcome.accepted()) {
                    assertThat(outcome.events()).hasSize(1);
                    apply(outcome.events().get(0));
                } else {
                    assertThat(outcome.refusal())
                            .as("a refusal names the rule it applies")
                            .isInstanceOf(LedgerRuleViolation.class);
                    assertThat(((LedgerRuleViolation) outcome.refusal()).rule()).isIn(expected);
                }
            }

            var evaluation = journey.accept(new EvaluateAwardEligibility(LEARNER, STANDARD.id(), day));
            checkInvariants(journey.history(), (AwardEligibilityEvaluated) evaluation.get(0));
        }

        private void checkInvariants(List<Object> history, AwardEligibilityEvaluated evaluation) {
            var recognitions = history.stream()
                    .filter(UnitRecognised.class::isInstance)
                    .map(UnitRecognised.class::cast)
                    .toList();

            // R14: at most one recognition per unit
            var perUnit =
                    recognitions.stream().collect(Collectors.groupingBy(UnitRecognised::unit, Collectors.counting()));
            assertThat(perUnit)
                    .as("recognitions per unit")
                    .allSatisfy((unit, count) ->
                            assertThat(count).as(unit.toString()).isEqualTo(1L));

            // R7: points are held only through recognitions, each worth its unit's points in the standard
            var recognisedUnits =
                    recognitions.stream().map(UnitRecognised::unit).collect(Collectors.toSet());
            var pointsOfRecognisedUnits = CreditPoints.sum(recognisedUnits.stream()
                    .map(unit -> attached.get(unit).points())
                    .toList());
            var pointsRecognised = CreditPoints.sum(
                    recognitions.stream().map(UnitRecognised::points).toList());
            assertThat(recognisedUnits)
                    .as("recognised units, model and pathway")
                    .isEqualTo(recognised);
            assertThat(pointsRecognised).isEqualTo(pointsOfRecognisedUnits);
            assertThat(pointsHeld(evaluation))
                    .as("points the pathway holds, by its own award evaluation")
                    .isEqualTo(pointsOfRecognisedUnits);

            // R1: a unit is recognised only after every one of its outcomes was validated
            var validatedSoFar = new HashMap<UnitRef, Set<String>>();
            for (var event : history) {
                if (event instanceof CreditValidated v) {
                    validatedSoFar
                            .computeIfAbsent(v.unit(), u -> new HashSet<>())
                            .addAll(v.learningOutcomes());
                } else if (event instanceof UnitRecognised r) {
                    assertThat(validatedSoFar.getOrDefault(r.unit(), Set.of()))
                            .as("validated outcomes of " + r.unit() + " when recognised")
                            .containsAll(outcomes.get(r.unit()));
                }
            }
        }

        private static CreditPoints pointsHeld(AwardEligibilityEvaluated evaluation) {
            var reason = evaluation.trace().stream()
                    .filter(o -> o.rule().equals("MinimumPoints"))
                    .map(Eligibility.RuleOutcome::reasons)
                    .flatMap(List::stream)
                    .filter(r -> r.startsWith("POINTS_SHORT:"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no POINTS_SHORT reason in " + evaluation.trace()));
            var held = reason.substring("POINTS_SHORT:".length(), reason.indexOf('/'));
            return new CreditPoints(new BigDecimal(held));
        }

        // --- the random world ---

        private void defineStandard() {
            int units = 1 + random.nextInt(4);
            var roles = UnitRole.values();
            for (int u = 1; u <= units; u++) {
                var unit = UnitRef.of("P" + u, 1);
                var los = new ArrayList<String>();
                for (int o = 1, n = 1 + random.nextInt(3); o <= n; o++) {
                    los.add("LO" + o);
                }
                var role = roles[random.nextInt(roles.length)];
                outcomes.put(unit, List.copyOf(los));
                attached.put(
                        unit,
                        new AttachedUnit(
                                unit,
                                role,
                                role == UnitRole.ELECTIVE ? "E" : null,
                                CreditPoints.of(POINTS[random.nextInt(POINTS.length)]),
                                null,
                                false,
                                null));
                ledger.publishedUnit(unit, los.toArray(String[]::new));
            }
            var total = CreditPoints.sum(
                    attached.values().stream().map(AttachedUnit::points).toList());
            ledger.register(HOME, STRANGER)
                    .learner(LEARNER)
                    .define(new StandardDefinition(
                            STANDARD,
                            LedgerFixtures.profile("EU", HOME, CreditFramework.ECVET, total, null, ResitPolicy.LATEST),
                            new QualificationRules(
                                    CreditFramework.ECVET,
                                    total,
                                    List.copyOf(attached.values()),
                                    new AwardRuleSet(List.of(
                                            new AwardRule.AllMandatoryUnits(),
                                            new AwardRule.MinimumPoints(OUT_OF_REACH))),
                                    null)))
                    .publishedUnit(STRAY, STRAY_OUTCOME)
                    .grant(HOME, InstitutionFunction.VALIDATE, STANDARD)
                    .grant(HOME, InstitutionFunction.RECOGNISE, STANDARD);
            log.add("standard " + attached.values() + " with outcomes " + outcomes);
        }

        /** Some assessments of the learner, the odd one of someone else, and the odd possible duplicate. */
        private void recordAssessments() {
            for (int a = 1, n = 1 + random.nextInt(4); a <= n; a++) {
                var results = new ArrayList<OutcomeResult>();
                outcomes.forEach((unit, los) -> los.forEach(lo -> {
                    if (random.nextInt(10) < 7) {
                        results.add(new OutcomeResult(unit, lo, random.nextInt(5) > 0));
                    }
                }));
                if (results.isEmpty()) {
                    continue;
                }
                var learner = random.nextInt(10) == 0 ? SOMEONE_ELSE : LEARNER;
                var id = new AssessmentId(new UUID(0x01a2b000_0000_7000L, 0x8000_0000_0000_0000L | a));
                var content = new AssessmentContent(
                        learner,
                        STANDARD,
                        HOME_OFFICER,
                        AssessmentMethod.PRACTICAL_TEST,
                        LearningSetting.FORMAL,
                        day.minusDays(a),
                        results,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null);
                if (random.nextInt(7) == 0) {
                    ledger.record(new PossibleDuplicateAssessmentFlagged(
                            id, content, assessments.isEmpty() ? id : assessments.get(0)));
                } else {
                    ledger.record(new AssessmentRecorded(id, content));
                    if (learner.equals(LEARNER)) {
                        usable.put(id, content);
                    }
                }
                assessments.add(id);
                log.add("assessment " + id + (usable.containsKey(id) ? "" : " (not usable)") + ": " + results);
            }
        }

        private UnitRef aUnit() {
            var units = new ArrayList<>(outcomes.keySet());
            return random.nextInt(10) == 0 ? STRAY : units.get(random.nextInt(units.size()));
        }

        private Actor anActor() {
            return random.nextInt(7) == 0 ? STRANGERS_OFFICER : HOME_OFFICER;
        }

        private ValidateCredit aValidation() {
            var unit = aUnit();
            var los = new ArrayList<String>();
            var choice = random.nextInt(10);
            if (choice >= 5) {
                for (var lo : outcomes.getOrDefault(unit, List.of(STRAY_OUTCOME))) {
                    if (random.nextBoolean()) {
                        los.add(lo);
                    }
                }
                if (choice == 9) {
                    los.add("LO9"); // no unit of these standards has a ninth outcome
                }
            }
            var basis = new ArrayList<AssessmentId>();
            var basisChoice = random.nextInt(10);
            if (basisChoice == 0) {
                basis.add(new AssessmentId(new UUID(0x01a2b000_0000_7000L, 0x8000_0000_0000_0999L)));
            } else if (basisChoice <= 2) {
                // any recorded assessments, usable or not (possibly none)
                assessments.stream().filter(id -> random.nextBoolean()).forEach(basis::add);
            } else {
                // mostly: some of the learner's usable assessments
                var candidates =
                        assessments.stream().filter(usable::containsKey).toList();
                candidates.stream().filter(id -> random.nextInt(3) > 0).forEach(basis::add);
                if (basis.isEmpty() && !candidates.isEmpty()) {
                    basis.add(candidates.get(random.nextInt(candidates.size())));
                }
            }
            return new ValidateCredit(LEARNER, STANDARD.id(), unit, los, basis, anActor(), day);
        }

        /** Half of the time a unit with validated credit, which may or may not be complete. */
        private RecogniseUnit aRecognition() {
            var withCredit = new ArrayList<>(validated.keySet());
            var unit = withCredit.isEmpty() || random.nextBoolean()
                    ? aUnit()
                    : withCredit.get(random.nextInt(withCredit.size()));
            return new RecogniseUnit(LEARNER, STANDARD.id(), unit, anActor(), day);
        }

        // --- the model ---

        /** Every rule the command breaks in the model; empty when it should be accepted. */
        private Set<String> refusalsOf(Object command) {
            var refusals = new LinkedHashSet<String>();
            if (command instanceof ValidateCredit v) {
                if (!v.validator().equals(HOME_OFFICER)) {
                    refusals.add("not-authorised");
                }
                var unitOutcomes = outcomes.get(v.unit());
                if (unitOutcomes == null) {
                    refusals.add("lo-not-in-home-standard");
                    return refusals;
                }
                if (v.basis().isEmpty() || !usable.keySet().containsAll(v.basis())) {
                    refusals.add("assessment-missing");
                    return refusals;
                }
                var achieved = v.basis().stream()
                        .flatMap(id -> usable.get(id).results().stream())
                        .filter(r -> r.unit().equals(v.unit()) && r.achieved())
                        .map(OutcomeResult::learningOutcome)
                        .collect(Collectors.toSet());
                var claimed = v.learningOutcomes().isEmpty() ? achieved : Set.copyOf(v.learningOutcomes());
                if (!unitOutcomes.containsAll(claimed)) {
                    refusals.add("lo-not-in-home-standard");
                }
                if (claimed.isEmpty() || !achieved.containsAll(claimed)) {
                    refusals.add("not-assessed");
                }
                // the model's units never expire: a recognised unit takes no further validation
                if (recognised.contains(v.unit())) {
                    refusals.add("already-recognised");
                } else if (validated.getOrDefault(v.unit(), Set.of()).containsAll(claimed)
                        && validatedBasis.getOrDefault(v.unit(), Set.of()).containsAll(v.basis())) {
                    refusals.add("already-validated");
                }
            } else if (command instanceof RecogniseUnit r) {
                if (!r.recogniser().equals(HOME_OFFICER)) {
                    refusals.add("not-authorised");
                }
                if (recognised.contains(r.unit())) {
                    refusals.add("already-recognised");
                }
                var unitOutcomes = outcomes.get(r.unit());
                if (unitOutcomes == null) {
                    refusals.add("lo-not-in-home-standard");
                } else if (!validated.containsKey(r.unit())) {
                    refusals.add("validation-missing");
                } else if (!validated.get(r.unit()).containsAll(unitOutcomes)) {
                    refusals.add("validation-incomplete");
                }
            }
            return refusals;
        }

        private void apply(Object event) {
            if (event instanceof CreditValidated v) {
                validated.computeIfAbsent(v.unit(), u -> new HashSet<>()).addAll(v.learningOutcomes());
                validatedBasis.computeIfAbsent(v.unit(), u -> new HashSet<>()).addAll(v.basis());
            } else if (event instanceof UnitRecognised r) {
                recognised.add(r.unit());
                assertThat(r.points())
                        .as("points of " + r.unit())
                        .isEqualTo(attached.get(r.unit()).points());
                assertThat(r.optionalUnit()).isEqualTo(attached.get(r.unit()).role() == UnitRole.OPTIONAL);
            } else {
                throw new AssertionError("unexpected event " + event);
            }
        }
    }
}
