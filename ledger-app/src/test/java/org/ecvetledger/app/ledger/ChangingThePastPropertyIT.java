package org.ecvetledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecvetledger.app.ledger.LedgerSteps.BACPRO;
import static org.ecvetledger.app.ledger.LedgerSteps.BRANLY;
import static org.ecvetledger.app.ledger.LedgerSteps.ENTE_ROMA;
import static org.ecvetledger.app.ledger.LedgerSteps.FOUR_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.LAZIO_OSS;
import static org.ecvetledger.app.ledger.LedgerSteps.MALTA;
import static org.ecvetledger.app.ledger.LedgerSteps.MCAST;
import static org.ecvetledger.app.ledger.LedgerSteps.MEN;
import static org.ecvetledger.app.ledger.LedgerSteps.SIX_OUTCOMES;
import static org.ecvetledger.app.ledger.LedgerSteps.assessment;
import static org.ecvetledger.app.ledger.LedgerSteps.pathway;
import static org.ecvetledger.app.ledger.LedgerSteps.results;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.ProjectionRegistration;
import org.ecvetledger.projections.learner.FindRecognisedUnits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's "Done when" property: random sequences of assessments and resits, validations,
 * recognitions, corrections, invalidations, review decisions, awards, a transfer, a common-core
 * unit counted in a second qualification, and appeals against the story's assessments and
 * recognitions — lodged in time or refused as late, then rejected or upheld with each remedy the
 * subject allows (reassessment, corrected result, reversed decision) — each sent through
 * the HTTP API (the real command path, with the cascade policies running), leave
 *
 * <ol>
 *   <li>every read model of the learner (transcript, learner and qualification trails, progress now
 *       and as of a past date, recognised units, enrolments) answering exactly what a from-scratch
 *       rebuild of every read model from the event store answers, and
 *   <li>every withdrawn or revoked decision traceable to its cause: it names the invalidated
 *       assessment (and carries the invalidation's trace id), or the appeal upheld before it with
 *       the remedy REVERSE_DECISION against this very recognition (and carries its trace id), or it
 *       is the deciding body's revocation of a decision then under review, flagged by a correction
 *       that is in the ledger (on appeal: one upheld with CORRECT_RESULT against that assessment);
 *       every superseded assessment stays, superseded by a reassessment its upheld appeal ordered;
 *   <li>every answer a decision or a named refusal, never a 5xx.
 * </ol>
 *
 * Each seed is a fixed learner story; the seed is in the test name and every failure message lists
 * the steps taken, so a failure reproduces with the same seed.
 */
@LedgerIT
class ChangingThePastPropertyIT {

    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int STEPS = 40;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChangingThePastPropertyIT.class);

    /** Where credit can be earned: Malta's three courses (award at 120 points) and two graded BAC PRO units. */
    private record Slot(
            String qualification, String unit, List<String> outcomes, boolean graded, String body, String recogniser) {

        Slot(String qualification, String unit, List<String> outcomes, boolean graded, String body) {
            this(qualification, unit, outcomes, graded, body, body);
        }
    }

    /** An appeal lodged in the story: against an assessment, or against a recognition (qualification, unit). */
    private record AppealCase(
            String id, String body, String assessment, String qualification, String unit, LocalDate effective) {

        @Override
        public String toString() {
            return "appeal " + id + " against "
                    + (assessment != null ? "assessment " + assessment : unit + " for " + qualification);
        }
    }

    /** A recognition that stands on one of the learner's pathways, with its effective date. */
    private record Standing(String qualification, String unit, LocalDate effective) {}

    private static final String LAZIO_ASO = "IT-LAZIO-ASO";
    /** Recognises for the Lazio care standards (the demo catalogue has no such body). */
    private static final String LAZIO_CERT = "IT-LAZIO-CERT-PROPERTY";

    private static final List<String> QUALIFICATIONS = List.of(MALTA, BACPRO, LAZIO_OSS, LAZIO_ASO);

    private static final List<Slot> SLOTS = List.of(
            new Slot(MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, false, MCAST),
            new Slot(MALTA, "MT-HSC-104@1", FOUR_OUTCOMES, false, MCAST),
            new Slot(MALTA, "MT-HSC-105@1", FOUR_OUTCOMES, false, MCAST),
            new Slot(BACPRO, "U31@1", SIX_OUTCOMES, true, BRANLY),
            new Slot(BACPRO, "U32@1", SIX_OUTCOMES, true, BRANLY),
            // the common core: recognised in the OSS pathway, counted in the ASO pathway (ADR 0016)
            new Slot(LAZIO_OSS, "CC-HYGIENE@1", List.of("LO1", "LO2", "LO3"), false, ENTE_ROMA, LAZIO_CERT));

    private static final List<String> CHANGES =
            List.of("CreditValidationWithdrawn", "UnitRecognitionRevoked", "QualificationAwardRevoked");

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    @Autowired
    QueryGateway queries;

    @Autowired
    EventProcessingConfiguration processing;

    LedgerHttp http;
    LedgerSteps steps;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new LedgerSteps(http, jdbc, catalogue);
    }

    /** One random story of one learner. */
    private final class Story {
        final Random random;
        final String learner;
        final List<String> log = new ArrayList<>();
        /** Assessments recorded, with the slot they assess. */
        final Map<String, Slot> assessments = new LinkedHashMap<>();
        /** Assessments a validation was accepted on: a change to them reaches decisions. */
        final List<String> decided = new ArrayList<>();
        /** When each assessment was taken: an appeal against it is in time for 30 days after (c7). */
        final Map<String, LocalDate> assessedOn = new HashMap<>();
        /** Appeals lodged and not yet decided. */
        final List<AppealCase> pendingAppeals = new ArrayList<>();
        /** Every appeal lodged. */
        final List<String> appeals = new ArrayList<>();

        final String equivalence;
        /**
         * The story ends on the ledger's today, so that its latest decisions can still be appealed
         * (the window counts from the subject's date to today): it starts 200 days earlier (about 20
         * steps), and a step never goes past today.
         */
        final LocalDate today = LocalDate.now();

        final LocalDate origin = today.minusDays(329);
        LocalDate day = origin.plusDays(129);

        Story(long seed) {
            random = new Random(seed);
            learner = steps.aLearner("Seed" + seed);
            steps.enrol(learner, MALTA, MCAST, origin.toString());
            steps.enrol(learner, BACPRO, BRANLY, origin.toString());
            aLazioCertificationBody();
            steps.enrol(learner, LAZIO_OSS, ENTE_ROMA, origin.toString());
            steps.enrol(learner, LAZIO_ASO, ENTE_ROMA, origin.toString());
            var declared = http.post("/api/equivalences", """
                    {"source": "MT-HSC-101@1", "target": "U2@1", "coverage": "FULL", "coveredOutcomes": [],
                     "basis": "COMPETENCE_MATRIX", "basisReference": "Matrix care→electrics", "declaredBy": "%s",
                     "effectiveFrom": "2020-01-01"}""".formatted(MEN));
            assertThat(declared.status()).as(declared.body()).isEqualTo(201);
            equivalence = declared.json().get("equivalenceId").asString();
            // the story starts from one recognised course, so that a transfer from it can be decided
            steps.creditFor(learner, MCAST, MALTA, "MT-HSC-101@1", FOUR_OUTCOMES, null, at(31));
            var first = steps.basisOf(learner, MALTA, "MT-HSC-101@1");
            assessments.put(first, SLOTS.get(0));
            assessedOn.put(first, origin.plusDays(31));
            decided.add(first);
            // transferred at once to the BAC PRO: a later change to its assessment reaches the transfer
            var transferred =
                    steps.post(learner, "credit-transfers", BRANLY, """
                    {"qualification": "%s", "unit": "U2@1", "sourceQualification": "%s",
                     "sourceUnit": "MT-HSC-101@1", "equivalence": "%s", "decisionReference": "DEC-FIRST",
                     "effectiveDate": "%s"}""".formatted(BACPRO, MALTA, equivalence, at(34)));
            assertThat(transferred.status()).as(transferred.body()).isEqualTo(201);
            // and from the common-core unit, recognised in OSS and so counted in ASO
            var hygiene = SLOTS.get(5);
            var assessed = steps.assessed(
                    learner,
                    hygiene.body(),
                    assessment(LAZIO_OSS, at(32), results(hygiene.unit(), true, hygiene.outcomes()), Map.of(), null));
            steps.validated(learner, hygiene.body(), LAZIO_OSS, hygiene.unit(), List.of(assessed), at(32));
            steps.recognised(learner, hygiene.recogniser(), LAZIO_OSS, hygiene.unit(), at(33));
            // the count in ASO is a policy's, in the background: a story that invalidates the hygiene
            // assessment at once (seed 20261127) raced it on a loaded machine, and ASO never counted it
            await().atMost(SETTLE)
                    .until(() -> steps.events(pathway(learner, LAZIO_ASO)).contains("CommonCoreUnitCounted"));
            assessments.put(assessed, hygiene);
            assessedOn.put(assessed, origin.plusDays(32));
            decided.add(assessed);
            // the story starts from a settled ledger, so that a seed tells the same story every time
            awaitEveryProcessor();
        }

        String on() {
            return day.toString();
        }

        private String at(int daysAfterOrigin) {
            return origin.plusDays(daysAfterOrigin).toString();
        }

        /** Every answer is a decision or a named refusal, never a server error. */
        LedgerHttp.Answer sent(String what, LedgerHttp.Answer answer) {
            log.add(what + " → " + answer.status());
            assertThat(answer.status()).as(this + "\n" + answer.body()).isLessThan(500);
            if (answer.status() >= 400) {
                assertThat(answer.contentType()).as(this.toString()).startsWith("application/problem+json");
            }
            return answer;
        }

        void step() {
            var next = day.plusDays(1 + random.nextInt(20));
            day = next.isAfter(today) ? today : next;
            int pick = random.nextInt(100);
            if (pick < 28 || assessments.isEmpty()) {
                assessAndDecide(SLOTS.get(random.nextInt(SLOTS.size())), null);
            } else if (pick < 42) {
                correct(anyAssessment());
            } else if (pick < 52) {
                invalidate(anyAssessment());
            } else if (pick < 64) {
                decideAReview();
            } else if (pick < 76 || (pick < 86 && pendingAppeals.isEmpty())) {
                lodgeAnAppeal();
            } else if (pick < 86) {
                decideAnAppeal();
            } else if (pick < 92) {
                sent("award " + MALTA, steps.award(learner, MCAST, MALTA, on()));
            } else {
                sent("transfer MT-HSC-101@1 → U2@1", steps.post(learner, "credit-transfers", BRANLY, """
                                {"qualification": "%s", "unit": "U2@1", "sourceQualification": "%s",
                                 "sourceUnit": "MT-HSC-101@1", "equivalence": "%s", "decisionReference": "DEC-%s",
                                 "effectiveDate": "%s"}""".formatted(
                                BACPRO, MALTA, equivalence, on(), on())));
            }
            awaitEveryProcessor();
        }

        /** Mostly an assessment decisions rest on, so that changes cascade; sometimes any. */
        String anyAssessment() {
            if (!decided.isEmpty() && random.nextInt(4) > 0) {
                return decided.get(random.nextInt(decided.size()));
            }
            var ids = new ArrayList<>(assessments.keySet());
            return ids.get(random.nextInt(ids.size()));
        }

        /**
         * An attempt (a resit when the unit was assessed before, or the reassessment an upheld appeal
         * ordered: {@code supersedes}), then its validation and recognition.
         */
        void assessAndDecide(Slot slot, String supersedes) {
            var passed = supersedes != null || random.nextInt(5) > 0;
            var grades = new HashMap<String, Integer>();
            if (slot.graded()) {
                grades.put(slot.unit(), passed ? 10 + random.nextInt(9) : 3 + random.nextInt(7));
            }
            var answer = sent(
                    "assess " + slot.unit() + (passed ? " passed" : " failed") + " " + grades,
                    steps.assess(
                            learner,
                            slot.body(),
                            assessment(
                                    slot.qualification(),
                                    on(),
                                    results(slot.unit(), passed, slot.outcomes()),
                                    grades,
                                    supersedes)));
            if (answer.status() != 201) {
                return;
            }
            var id = answer.json().get("assessmentId").asString();
            assessments.put(id, slot);
            assessedOn.put(id, day);
            if (random.nextInt(8) > 0) {
                var validated = sent(
                        "validate " + slot.unit() + " on " + id,
                        steps.validate(learner, slot.body(), slot.qualification(), slot.unit(), List.of(id), on()));
                if (validated.status() == 201) {
                    decided.add(id);
                }
                if (random.nextInt(8) > 0) {
                    sent(
                            "recognise " + slot.unit(),
                            steps.recognise(learner, slot.recogniser(), slot.qualification(), slot.unit(), on()));
                }
            }
        }

        /** A clerical correction: another grade, or other results. */
        void correct(String assessment) {
            var slot = assessments.get(assessment);
            var corrected = correctedResults(slot);
            sent(
                    "correct " + assessment + " (" + slot.unit() + ") " + corrected,
                    steps.onAssessment(assessment, "corrections", slot.body(), """
                            {%s, "reason": "transcription error", "effectiveDate": "%s"}""".formatted(corrected, on())));
        }

        /** Random corrected results (most outcomes achieved) and, for a graded unit, a grade: JSON members. */
        String correctedResults(Slot slot) {
            var achieved = new ArrayList<String>();
            var missed = new ArrayList<String>();
            for (var outcome : slot.outcomes()) {
                (random.nextInt(4) > 0 ? achieved : missed).add(outcome);
            }
            var resultsJson = String.join(
                    ", ", LedgerSteps.all(results(slot.unit(), true, achieved), results(slot.unit(), false, missed)));
            var grades = slot.graded()
                    ? ", \"grades\": [{\"unit\": \"%s\", \"grade\": %d}]".formatted(slot.unit(), 6 + random.nextInt(13))
                    : "";
            return "\"results\": [%s]%s".formatted(resultsJson, grades);
        }

        void invalidate(String assessment) {
            var slot = assessments.get(assessment);
            sent(
                    "invalidate " + assessment + " (" + slot.unit() + ")",
                    steps.onAssessment(assessment, "invalidation", slot.body(), """
                            {"reason": "the assessor was not authorised", "effectiveDate": "%s"}""".formatted(on())));
        }

        /** The body that took a decision flagged for review confirms it, or revokes / withdraws it. */
        void decideAReview() {
            var pending = new ArrayList<Map.Entry<String, JsonNode>>();
            for (var qualification : QUALIFICATIONS) {
                pendingReviews(pathway(learner, qualification))
                        .forEach((key, review) -> pending.add(Map.entry(qualification + "|" + key, review)));
            }
            if (pending.isEmpty()) {
                log.add("no review pending");
                return;
            }
            var chosen = pending.get(random.nextInt(pending.size()));
            var qualification = chosen.getKey().substring(0, chosen.getKey().indexOf('|'));
            var review = chosen.getValue();
            var body = review.get("reviewBody").get("value").asString();
            var unit = review.get("unit").isNull() ? null : LedgerSteps.unit(review.get("unit"));
            var decision = review.get("decision").asString();
            if (unit == null || random.nextBoolean()) {
                sent(
                        "confirm " + (unit == null ? "award" : unit) + " after review",
                        steps.post(learner, "review-confirmations", body, """
                                {"qualification": "%s", %s "effectiveDate": "%s"}""".formatted(
                                        qualification, unit == null ? "" : "\"unit\": \"" + unit + "\",", on())));
            } else if (decision.equals("UNIT_RECOGNITION")) {
                sent(
                        "revoke " + unit + " after review",
                        steps.post(learner, "recognition-revocations", body, """
                                {"qualification": "%s", "unit": "%s", "effectiveDate": "%s", "reason": "not upheld on the corrected result"}""".formatted(qualification, unit, on())));
            } else {
                sent(
                        "withdraw validation of " + unit + " after review",
                        steps.post(learner, "validation-withdrawals", body, """
                                {"qualification": "%s", "unit": "%s", "effectiveDate": "%s", "reason": "not upheld on the corrected result"}""".formatted(qualification, unit, on())));
            }
        }

        /**
         * The learner appeals against an assessment or a standing recognition of the story (c7):
         * within 30 days of its date it is lodged, later it is refused with the named rule.
         */
        void lodgeAnAppeal() {
            String subject;
            String what;
            LocalDate effective;
            String lodgedBy;
            var standing = standingRecognitions();
            var recent = standing.stream()
                    .filter(r -> !today.isAfter(r.effective().plusDays(30)))
                    .toList();
            var recentAssessments = assessedOn.entrySet().stream()
                    .filter(a -> !today.isAfter(a.getValue().plusDays(30)))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            // mostly a recent decision, which can still be appealed; sometimes any, mostly too late
            if (random.nextInt(3) > 0) {
                standing = recent;
            }
            if (standing.isEmpty() || random.nextBoolean()) {
                var assessment = !recentAssessments.isEmpty() && random.nextInt(3) > 0
                        ? recentAssessments.get(random.nextInt(recentAssessments.size()))
                        : anyAssessment();
                subject = "\"assessment\": \"%s\"".formatted(assessment);
                what = "assessment " + assessment + " ("
                        + assessments.get(assessment).unit() + ")";
                effective = assessedOn.get(assessment);
                lodgedBy = assessments.get(assessment).body();
            } else {
                var recognition = standing.get(random.nextInt(standing.size()));
                subject = "\"qualification\": \"%s\", \"unit\": \"%s\""
                        .formatted(recognition.qualification(), recognition.unit());
                what = "recognition of " + recognition.unit() + " for " + recognition.qualification();
                effective = recognition.effective();
                lodgedBy = MCAST;
            }
            var late = today.isAfter(effective.plusDays(30));
            var answer = sent(
                    "appeal against " + what + " of " + effective + (late ? " (late)" : ""),
                    http.postWithHeaders(
                            "/api/appeals",
                            """
                            {"learner": "%s", %s, "grounds": "the result does not reflect the evidence"}""".formatted(learner, subject),
                            Map.of(ActingHeaders.INSTITUTION, lodgedBy, ActingHeaders.PERSON, "Learner's advocate")));
            if (late) {
                LedgerSteps.assertRefused(answer, 422, "appeal-window-closed");
                return;
            }
            assertThat(answer.status()).as(this + "\n" + answer.body()).isEqualTo(201);
            var appeal = answer.json().get("appealId").asString();
            appeals.add(appeal);
            var lodged = steps.payload(appeal, "AppealLodged");
            var body = lodged.get("appealBody").get("value").asString();
            pendingAppeals.add(
                    subject.startsWith("\"assessment\"")
                            ? new AppealCase(
                                    appeal,
                                    body,
                                    lodged.at("/subject/assessment/value").asString(),
                                    null,
                                    null,
                                    effective)
                            : new AppealCase(
                                    appeal,
                                    body,
                                    null,
                                    lodged.at("/subject/qualification/value").asString(),
                                    LedgerSteps.unit(lodged.at("/subject/unit")),
                                    effective));
        }

        /**
         * Its body decides a pending appeal (decision (j)5): rejects it with reasons, or upholds it with
         * a remedy the subject allows — reassess or correct an assessment's result, reverse a
         * recognition. Sometimes it first tries a remedy the subject does not allow, which is refused.
         */
        void decideAnAppeal() {
            var appeal = pendingAppeals.remove(random.nextInt(pendingAppeals.size()));
            var againstAssessment = appeal.assessment() != null;
            if (random.nextInt(6) == 0) {
                var wrong =
                        againstAssessment ? "REVERSE_DECISION" : (random.nextBoolean() ? "REASSESS" : "CORRECT_RESULT");
                LedgerSteps.assertRefused(
                        sent("uphold " + appeal + " with " + wrong, decide(appeal, "upholding", """
                                {"remedy": "%s", "reasoning": "the wrong remedy", "effectiveDate": "%s"}""".formatted(
                                        wrong, on()))),
                        422,
                        "remedy-not-applicable");
            }
            int choice = random.nextInt(4);
            LedgerHttp.Answer decision;
            if (choice == 0) {
                decision = sent("reject " + appeal, decide(appeal, "rejection", """
                        {"reasoning": "the result follows the agreed criteria", "effectiveDate": "%s"}""".formatted(on())));
            } else if (!againstAssessment) {
                // the recognition appealed against may have been revoked (or replaced) since the appeal
                var stands = standingRecognitions()
                        .contains(new Standing(appeal.qualification(), appeal.unit(), appeal.effective()));
                decision = sent(
                        "uphold " + appeal + " by reversing the decision" + (stands ? "" : " (withdrawn since)"),
                        decide(appeal, "upholding", """
                        {"remedy": "REVERSE_DECISION", "reasoning": "recognised on the wrong unit", "effectiveDate": "%s"}""".formatted(on())));
                if (!stands) {
                    LedgerSteps.assertRefused(decision, 409, "subject-withdrawn");
                    decision = closeOnTheMerits(appeal);
                }
            } else if (choice != 2) {
                // the assessment appealed against may have been invalidated since the appeal
                var invalidated = steps.events(appeal.assessment()).contains("AssessmentInvalidated");
                var corrected = correctedResults(assessments.get(appeal.assessment()));
                decision = sent(
                        "uphold " + appeal + " by correcting the result " + corrected
                                + (invalidated ? " (invalidated since)" : ""),
                        decide(appeal, "upholding", """
                        {"remedy": "CORRECT_RESULT", "reasoning": "points were miscounted", "effectiveDate": "%s", %s}""".formatted(on(), corrected)));
                if (invalidated) {
                    LedgerSteps.assertRefused(decision, 409, "subject-withdrawn");
                    decision = closeOnTheMerits(appeal);
                }
            } else {
                decision = sent(
                        "uphold " + appeal + " by a reassessment", decide(appeal, "upholding", """
                        {"remedy": "REASSESS", "reasoning": "the examiner skipped an observation", "effectiveDate": "%s"}""".formatted(on())));
                if (decision.status() == 201) {
                    assessAndDecide(
                            assessments.get(appeal.assessment()),
                            "\"supersedes\": \"%s\", \"appeal\": \"%s\"".formatted(appeal.assessment(), appeal.id()));
                }
            }
            assertThat(decision.status()).as(this + "\n" + decision.body()).isEqualTo(201);
            if (random.nextInt(4) == 0) {
                LedgerSteps.assertRefused(
                        sent("reject " + appeal + " again", decide(appeal, "rejection", """
                                {"reasoning": "again", "effectiveDate": "%s"}""".formatted(on()))),
                        409,
                        "appeal-decided");
            }
        }

        /** A remedy with nothing left to act on is refused; the body then closes the appeal on the merits. */
        LedgerHttp.Answer closeOnTheMerits(AppealCase appeal) {
            return sent("reject " + appeal, decide(appeal, "rejection", """
                    {"reasoning": "the decision appealed against was withdrawn meanwhile", "effectiveDate": "%s"}""".formatted(on())));
        }

        LedgerHttp.Answer decide(AppealCase appeal, String decision, String json) {
            return http.postWithHeaders(
                    "/api/appeals/" + appeal.id() + "/" + decision,
                    json,
                    Map.of(ActingHeaders.INSTITUTION, appeal.body(), ActingHeaders.PERSON, "Appeal board"));
        }

        /** The recognitions standing on the learner's pathways now, read from their streams. */
        List<Standing> standingRecognitions() {
            var standing = new ArrayList<Standing>();
            for (var qualification : QUALIFICATIONS) {
                var units = new LinkedHashMap<String, LocalDate>();
                for (var row : jdbc.queryForList(
                        "select event_type, payload::text as payload from event_log where aggregate_id = ? "
                                + "order by sequence_number",
                        pathway(learner, qualification))) {
                    var payload = JSON.readTree((String) row.get("payload"));
                    switch ((String) row.get("event_type")) {
                        case "UnitRecognised" ->
                            units.put(
                                    key(payload),
                                    LocalDate.parse(payload.get("effectiveDate").asString()));
                        case "CreditTransferred" -> {
                            if (payload.get("coverage").asString().equals("FULL")) {
                                units.put(
                                        key(payload),
                                        LocalDate.parse(
                                                payload.get("effectiveDate").asString()));
                            }
                        }
                        case "UnitRecognitionRevoked" -> units.remove(key(payload));
                        default -> {}
                    }
                }
                units.forEach((unit, effective) -> standing.add(new Standing(qualification, unit, effective)));
            }
            return standing;
        }

        @Override
        public String toString() {
            return "learner " + learner + ", steps:\n  " + String.join("\n  ", log);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261127L, 6L, 1368L, 4829L, 23L, 2009L})
    void changing_the_past_keeps_every_read_model_equal_to_a_replay_and_every_withdrawal_traceable_to_its_cause(
            long seed) {
        var story = new Story(seed);
        for (int i = 0; i < STEPS; i++) {
            story.step();
        }
        var message = "seed " + seed + ", " + story;
        var recorded = jdbc.queryForList(
                "select event_type from event_log where aggregate_id in (?, ?, ?, ?)",
                String.class,
                QUALIFICATIONS.stream().map(q -> pathway(story.learner, q)).toArray());
        LOG.info(
                "{}\nrecorded on the pathways: {}",
                message,
                recorded.stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                t -> t, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        // the seeds are chosen so that every story changes its past: reviews raised and decisions withdrawn
        assertThat(recorded)
                .as(message)
                .contains("RecognitionReviewRequired", "CreditTransferred", "CommonCoreUnitCounted");
        assertThat(recorded).as(message).containsAnyElementsOf(CHANGES);

        for (var qualification : QUALIFICATIONS) {
            assertEveryWithdrawalIsTraceable(story.learner, qualification, message);
        }
        assertEverySupersessionIsTraceable(story, message);

        awaitEveryProcessor();
        assertReadModelsCaughtUp(story);
        var before = readModels(story);
        rebuildEveryReadModel();
        var after = readModels(story);
        for (var answer : before.entrySet()) {
            assertThat(after.get(answer.getKey()))
                    .as(message + "\n" + answer.getKey() + " after a rebuild from the event store")
                    .isEqualTo(answer.getValue());
        }
    }

    // --- what the property checks

    /**
     * Walks the pathway's stream: a withdrawal or revocation names its invalidated assessment (and
     * shares the invalidation's trace), or its appeal, or ends a review its body was asked for after a
     * recorded correction.
     */
    private void assertEveryWithdrawalIsTraceable(String learner, String qualification, String message) {
        var pathway = pathway(learner, qualification);
        var pending = new HashMap<String, JsonNode>();
        for (var row : jdbc.queryForList(
                "select global_index, event_type, payload::text as payload, metadata ->> 'traceId' as trace "
                        + "from event_log where aggregate_id = ? order by sequence_number",
                pathway)) {
            var type = (String) row.get("event_type");
            var payload = JSON.readTree((String) row.get("payload"));
            var key = key(payload);
            if (type.equals("RecognitionReviewRequired")) {
                pending.put(key, payload);
            } else if (type.equals("RecognitionConfirmed")) {
                pending.remove(key);
            } else if (CHANGES.contains(type)) {
                var what = type + " " + key + " at " + row.get("global_index");
                var invalidated = payload.get("invalidatedAssessment");
                var appeal = payload.get("appeal");
                if (invalidated != null && !invalidated.isNull()) {
                    var assessment = invalidated.get("value").asString();
                    var cause = jdbc.queryForList(
                            "select global_index, metadata ->> 'traceId' as trace from event_log "
                                    + "where aggregate_id = ? and event_type = 'AssessmentInvalidated'",
                            assessment);
                    assertThat(cause)
                            .as(message + "\n" + what + " names an invalidation in the ledger")
                            .hasSize(1);
                    assertThat((Long) cause.get(0).get("global_index"))
                            .as(message + "\n" + what + " follows its invalidation")
                            .isLessThan((Long) row.get("global_index"));
                    assertThat(row.get("trace"))
                            .as(message + "\n" + what + " carries the invalidation's trace id")
                            .isNotNull()
                            .isEqualTo(cause.get(0).get("trace"));
                } else if (followsARevocationElsewhere(learner, qualification, key, row)) {
                    // a common-core count stops with the revocation of its recognition, in the same trace
                } else if (appeal != null && !appeal.isNull()) {
                    assertTracesToItsUpheldAppeal(
                            appeal.get("value").asString(), learner, qualification, key, row, what, message);
                } else {
                    var review = pending.get(key);
                    assertThat(review)
                            .as(message + "\n" + what + " names no cause, so it decides a pending review")
                            .isNotNull();
                    var sourceRevocation = review.get("sourceRevocation");
                    if (sourceRevocation != null && !sourceRevocation.isNull()) {
                        // ADR 0016 amendment: raised by the revocation of the recognition it was transferred from
                        var cause = jdbc.queryForList(
                                "select event_type, global_index from event_log where event_id = ?",
                                sourceRevocation.asString());
                        assertThat(cause)
                                .as(message + "\n" + what + ": its review names a revocation in the ledger")
                                .hasSize(1);
                        assertThat(cause.get(0).get("event_type")).isEqualTo("UnitRecognitionRevoked");
                        assertThat((Long) cause.get(0).get("global_index")).isLessThan((Long) row.get("global_index"));
                        if (!type.equals("QualificationAwardRevoked") || key.equals("award")) {
                            pending.remove(key);
                        }
                        continue;
                    }
                    var corrected = review.get("assessment");
                    assertThat(corrected.isNull())
                            .as(message + "\n" + what + ": the review was raised by a correction")
                            .isFalse();
                    var corrections = steps.payloads(corrected.get("value").asString(), "AssessmentCorrected");
                    assertThat(corrections)
                            .as(message + "\n" + what + ": correction " + review.get("correction")
                                    + " is in the ledger")
                            .anySatisfy(c -> assertThat(c.get("correction").asInt())
                                    .isEqualTo(review.get("correction").asInt()));
                    // a correction an appeal ordered names that appeal, upheld with CORRECT_RESULT on it
                    corrections.stream()
                            .filter(c -> c.get("correction").asInt()
                                    == review.get("correction").asInt())
                            .map(c -> c.get("appeal"))
                            .filter(a -> a != null && !a.isNull())
                            .forEach(a -> {
                                var upheld = steps.payload(a.get("value").asString(), "AppealUpheld");
                                assertThat(upheld.get("remedy").asString())
                                        .as(message + "\n" + what + ": the appeal behind the correction ordered it")
                                        .isEqualTo("CORRECT_RESULT");
                                assertThat(upheld.at("/subject/assessment/value")
                                                .asString())
                                        .as(message + "\n" + what + ": the appeal was against the corrected assessment")
                                        .isEqualTo(corrected.get("value").asString());
                            });
                }
                if (!type.equals("QualificationAwardRevoked") || key.equals("award")) {
                    pending.remove(key);
                }
            }
        }
    }

    /**
     * An appeal-caused withdrawal is accepted only as the remedy of that very appeal: upheld before it
     * (in the same trace) with REVERSE_DECISION, by the learner, against this recognition.
     */
    private void assertTracesToItsUpheldAppeal(
            String appeal,
            String learner,
            String qualification,
            String unit,
            Map<String, Object> withdrawal,
            String what,
            String message) {
        var upheld = jdbc.queryForList(
                "select global_index, payload::text as payload, metadata ->> 'traceId' as trace from event_log "
                        + "where aggregate_id = ? and event_type = 'AppealUpheld'",
                appeal);
        assertThat(upheld)
                .as(message + "\n" + what + " names appeal " + appeal + ", upheld")
                .hasSize(1);
        var decision = JSON.readTree((String) upheld.get(0).get("payload"));
        assertThat((Long) upheld.get(0).get("global_index"))
                .as(message + "\n" + what + " follows the upholding of its appeal")
                .isLessThan((Long) withdrawal.get("global_index"));
        assertThat(withdrawal.get("trace"))
                .as(message + "\n" + what + " carries the upheld appeal's trace id")
                .isNotNull()
                .isEqualTo(upheld.get(0).get("trace"));
        assertThat(decision.get("remedy").asString())
                .as(message + "\n" + what + ": the appeal ordered the decision reversed")
                .isEqualTo("REVERSE_DECISION");
        assertThat(decision.at("/learner/value").asString())
                .as(message + "\n" + what)
                .isEqualTo(learner);
        assertThat(decision.at("/subject/qualification/value").asString())
                .as(message + "\n" + what + ": the appeal was against this qualification's recognition")
                .isEqualTo(qualification);
        assertThat(LedgerSteps.unit(decision.at("/subject/unit")))
                .as(message + "\n" + what + ": the appeal was against this unit's recognition")
                .isEqualTo(unit);
    }

    /**
     * A superseded assessment stays in the ledger, and only a reassessment an upheld appeal ordered
     * supersedes it: the appeal, upheld with REASSESS, was against the superseded assessment.
     */
    private void assertEverySupersessionIsTraceable(Story story, String message) {
        for (var assessment : story.assessments.keySet()) {
            for (var reassessment : steps.payloads(assessment, "ReassessmentRecorded")) {
                var superseded = reassessment.at("/supersedes/value").asString();
                var what = "reassessment " + assessment + " superseding " + superseded;
                assertThat(steps.events(superseded))
                        .as(message + "\n" + what + ": the superseded assessment stays")
                        .startsWith("AssessmentRecorded");
                var upheld = steps.payload(reassessment.at("/appeal/value").asString(), "AppealUpheld");
                assertThat(upheld.get("remedy").asString())
                        .as(message + "\n" + what + " was ordered by its appeal")
                        .isEqualTo("REASSESS");
                assertThat(upheld.at("/subject/assessment/value").asString())
                        .as(message + "\n" + what + ": the appeal was against the superseded assessment")
                        .isEqualTo(superseded);
            }
        }
    }

    /**
     * ADR 0016: a common-core count is revoked because the recognition it counts was revoked in
     * another of the learner's qualifications — recorded before it, in the same trace — and that
     * revocation is itself checked in its own pathway.
     */
    private boolean followsARevocationElsewhere(
            String learner, String qualification, String unit, Map<String, Object> revocation) {
        if (revocation.get("trace") == null || unit.equals("award")) {
            return false;
        }
        return QUALIFICATIONS.stream()
                .filter(other -> !other.equals(qualification))
                .anyMatch(other -> jdbc
                        .queryForList(
                                "select payload::text from event_log where aggregate_id = ?"
                                        + " and event_type = 'UnitRecognitionRevoked' and global_index < ?"
                                        + " and metadata ->> 'traceId' = ?",
                                String.class,
                                pathway(learner, other),
                                revocation.get("global_index"),
                                revocation.get("trace"))
                        .stream()
                        .map(JSON::readTree)
                        .anyMatch(p -> key(p).equals(unit)));
    }

    /** The decisions of a pathway awaiting review now, by unit ({@code U31@1}) or {@code award}. */
    private Map<String, JsonNode> pendingReviews(String pathway) {
        var pending = new LinkedHashMap<String, JsonNode>();
        for (var row : jdbc.queryForList(
                "select event_type, payload::text as payload from event_log where aggregate_id = ? "
                        + "order by sequence_number",
                pathway)) {
            var type = (String) row.get("event_type");
            var payload = JSON.readTree((String) row.get("payload"));
            switch (type) {
                case "RecognitionReviewRequired" -> pending.put(key(payload), payload);
                case "RecognitionConfirmed",
                        "CreditValidationWithdrawn",
                        "UnitRecognitionRevoked",
                        "QualificationAwardRevoked" -> pending.remove(key(payload));
                default -> {}
            }
        }
        return pending;
    }

    private static String key(JsonNode payload) {
        var unit = payload.get("unit");
        return unit == null || unit.isNull() ? "award" : LedgerSteps.unit(unit);
    }

    private void aLazioCertificationBody() {
        var registered = http.post("/api/institutions", """
                {"institutionId": "%s", "legalName": "Regione Lazio, certificazione (property test)",
                 "jurisdiction": "IT/Lazio", "kind": "REGIONAL_AUTHORITY"}""".formatted(LAZIO_CERT));
        assertThat(registered.status()).as(registered.body()).isIn(201, 409);
        for (var grant : List.of(
                List.of("RECOGNISE", LAZIO_OSS), List.of("VALIDATE", LAZIO_ASO), List.of("RECOGNISE", LAZIO_ASO))) {
            var granted = http.post(
                    "/api/institutions/" + LAZIO_CERT + "/functions", """
                    {"function": "%s", "standard": "%s", "jurisdiction": "IT/Lazio", "effectiveFrom": "2021-01-01"}""".formatted(grant.get(0), grant.get(1)));
            assertThat(granted.status()).as(granted.body()).isIn(200, 409);
        }
    }

    /** Every answer the read models give about the learner. */
    private Map<String, Object> readModels(Story story) {
        var learner = story.learner;
        var answers = new LinkedHashMap<String, Object>();
        var paths = new ArrayList<>(List.of(
                "/api/learners/" + learner + "/transcript",
                "/api/learners/" + learner + "/audit-trail",
                "/api/learners/" + learner + "/enrolments"));
        for (var qualification : QUALIFICATIONS) {
            paths.add("/api/learners/" + learner + "/audit-trail?qualification=" + qualification);
            paths.add("/api/learners/" + learner + "/progress/" + qualification);
            paths.add(
                    "/api/learners/" + learner + "/progress/" + qualification + "?asOf=" + story.origin.plusDays(366));
        }
        for (var path : paths) {
            var answer = http.get(path);
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
            answers.put(path, answer.json());
        }
        for (var qualification : QUALIFICATIONS) {
            answers.put(
                    "recognised units in " + qualification,
                    queries.query(
                                    new FindRecognisedUnits(
                                            LearnerId.of(learner), new QualificationId(qualification), story.today),
                                    ResponseTypes.multipleInstancesOf(UnitRef.class))
                            .join());
        }
        return answers;
    }

    // --- waiting for the asynchronous parts

    /**
     * Every streaming processor — the policies (assessment cascade, common core, appeal remedies,
     * credential revocations), the transfer saga and the read models — has handled everything recorded
     * so far, including what the policies recorded themselves (a revocation they caused may cause
     * another): until the head of the event store stays put across two checks with every processor
     * at it.
     *
     * <p>Waiting for the claimed segments alone is not enough: a policy whose command fails (a
     * concurrency conflict, say) aborts its segment, which Axon's pooled processor then releases and
     * blocks from re-claiming for a back-off — and drops from {@code processingStatus()}. The other
     * segments look caught up, yet the failed batch is retried (and its events recorded) only after
     * the back-off. So every segment in the token store must be claimed, out of error, and at the head.
     */
    private void awaitEveryProcessor() {
        var deadline = System.nanoTime() + SETTLE.toNanos();
        long previous = -1;
        String behind = "";
        while (System.nanoTime() < deadline) {
            long head = head();
            behind = processorBehind(head);
            if (behind == null) {
                if (head == previous) {
                    return;
                }
                previous = head;
            } else {
                previous = -1;
            }
            pause();
        }
        throw new AssertionError("the processors did not settle within " + SETTLE + ": " + behind);
    }

    /** The first processor not yet at {@code head}, described; {@code null} when all are. */
    private String processorBehind(long head) {
        for (var processor : processing.eventProcessors().values()) {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                continue; // subscribing processors run in the command's own transaction
            }
            var status = streaming.processingStatus();
            int segments = jdbc.queryForObject(
                    "select count(*) from tokenentry where processorname = ?", Integer.class, streaming.getName());
            if (!streaming.isRunning() || status.size() < segments) {
                return streaming.getName() + ": " + status.size() + " of " + segments + " segments claimed";
            }
            for (var segment : status.values()) {
                if (segment.isErrorState()) {
                    return streaming.getName() + ": segment in error " + segment.getError();
                }
                if (segment.getCurrentPosition().orElse(-1) < head) {
                    return streaming.getName() + ": at " + segment.getCurrentPosition() + " of " + head;
                }
            }
        }
        return null;
    }

    private long head() {
        return jdbc.queryForObject("select coalesce(max(globalindex), 0) from domainevententry", Long.class);
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The read models report what the processors hold: caught up, nothing behind, and none of the
     * story's events parked in a dead-letter queue (it would be missing from the live read model).
     * Other tests of the shared ledger may park their own poison events; the story's are counted.
     */
    private void assertReadModelsCaughtUp(Story story) {
        http.get("/api/operations/read-models").json().forEach(model -> {
            assertThat(model.get("state").asString()).as(model.toString()).isEqualTo("CAUGHT_UP");
            assertThat(model.get("lag").asLong()).as(model.toString()).isZero();
        });
        var aggregates = new ArrayList<String>(story.assessments.keySet());
        aggregates.addAll(story.appeals);
        aggregates.add(story.learner);
        QUALIFICATIONS.forEach(q -> aggregates.add(pathway(story.learner, q)));
        var parked = jdbc.queryForList(
                "select processinggroup || ' ' || aggregateidentifier from deadletterentry"
                        + " where aggregateidentifier = any (?)",
                String.class,
                (Object) aggregates.toArray(String[]::new));
        assertThat(parked)
                .as("the story's events parked in a dead-letter queue")
                .isEmpty();
    }

    /** Every read model emptied and rebuilt from the event store (ADR 0011), as an operator would. */
    private void rebuildEveryReadModel() {
        for (var group : ProjectionRegistration.processingGroups()) {
            var accepted = http.post("/api/operations/read-models/" + group + "/rebuild", "");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        }
        for (var group : ProjectionRegistration.processingGroups()) {
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                var status = http.get("/api/operations/read-models/" + group).json();
                return status.at("/lastRebuild/phase").asString().equals("DONE")
                        && status.get("state").asString().equals("CAUGHT_UP")
                        && status.get("lag").asLong() == 0;
            });
        }
    }
}
