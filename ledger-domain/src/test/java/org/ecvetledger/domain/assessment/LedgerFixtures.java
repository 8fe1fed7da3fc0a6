package org.ecvetledger.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.learner.LearnerDirectory;
import org.ecvetledger.domain.learningagreement.AgreementStanding;
import org.ecvetledger.domain.learningagreement.AssessmentArrangement;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementRegistry;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.CatalogueQualification;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.ThresholdComparator;
import org.ecvetledger.domain.qualification.UnitResultRule;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.AppealRemedy;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.CatalogueUnit;
import org.ecvetledger.domain.unit.UnitCatalogue;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;

/**
 * Small factories for learner-ledger tests (assessments and pathways): a home lycée and a host
 * Berufsschule, the BAC PRO "Électrotechnique" standard with U31 and its six outcomes, assessments,
 * learning agreements, and an in-memory stand-in for every lookup the ledger's decisions consult.
 */
public final class LedgerFixtures {

    /** The home competent institution of the French learner (S01). */
    public static final InstitutionId LYCEE = new InstitutionId("FR-LYCEE-BRANLY");
    /** The host of the mobility: assesses under the learning agreement, holds no function (P1). */
    public static final InstitutionId BERUFSSCHULE = new InstitutionId("DE-BS-MUENCHEN");
    /** Registered, but party to no agreement and holding no function. */
    public static final InstitutionId STRANGER = new InstitutionId("ES-IES-SEVILLA");

    public static final Actor HOME_TEACHER = new Actor(LYCEE, "Mme Durand");
    public static final Actor HOST_ASSESSOR = new Actor(BERUFSSCHULE, "Herr Becker");

    public static final LearnerId LEA = LearnerId.of("01a21e00-0000-7000-8000-00000000000a");
    public static final LearnerId MARCO = LearnerId.of("01a21e00-0000-7000-8000-00000000000b");

    public static final QualificationRef BACPRO_ELEC = QualificationRef.of("FR-BACPRO-ELEC", 2013);
    /** Six outcomes, coefficient 4. */
    public static final UnitRef U31 = UnitRef.of("U31", 1);
    /** Two outcomes, coefficient 2. */
    public static final UnitRef U12 = UnitRef.of("U12", 1);

    public static final List<String> U31_OUTCOMES = List.of("LO1", "LO2", "LO3", "LO4", "LO5", "LO6");
    public static final GradingScale ZERO_TO_TWENTY = new GradingScale(BigDecimal.ZERO, BigDecimal.valueOf(20));

    public static final LearningAgreementId AGREEMENT = LearningAgreementId.of("01a2a000-0000-7000-8000-000000000001");
    public static final LocalDate AGREEMENT_ACTIVE_FROM = LocalDate.of(2024, 2, 20);
    public static final LocalDate MOBILITY_START = LocalDate.of(2024, 3, 4);
    public static final LocalDate MOBILITY_END = LocalDate.of(2024, 3, 29);

    private LedgerFixtures() {}

    public static AssessmentId assessmentId(int n) {
        return new AssessmentId(UUID.fromString("01a2b000-0000-7000-8000-%012d".formatted(n)));
    }

    public static List<String> outcomes(String... ids) {
        return List.of(ids);
    }

    // --- standards ---

    /** A standard's profile: a jurisdiction, one awarding body, a credit framework and a resit policy. */
    public static QualificationProfile profile(
            String jurisdiction,
            InstitutionId awardingBody,
            CreditFramework framework,
            CreditPoints totalPoints,
            GradingScale scale,
            ResitPolicy resitPolicy) {
        return new QualificationProfile(
                MultilingualText.of("en", "Standard in " + jurisdiction),
                Jurisdiction.of(jurisdiction),
                List.of(awardingBody),
                4,
                "4",
                false,
                false,
                framework,
                totalPoints,
                totalPoints == null
                        ? null
                        : totalPoints.value().divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP),
                scale,
                resitPolicy,
                UnitResultRule.ALL_LEARNING_OUTCOMES);
    }

    public static AttachedUnit weighted(UnitRef unit, UnitRole role, String coefficient) {
        return new AttachedUnit(unit, role, null, null, new BigDecimal(coefficient), false, null);
    }

    /**
     * BAC PRO "Électrotechnique" v2013 (R9: no points): mandatory U31 (coefficient 4) and U12 (2),
     * graded 0–20, awarded on a weighted average of at least 10 by the French ministry.
     */
    public static StandardDefinition bacProElectrotechnique(ResitPolicy resitPolicy) {
        return new StandardDefinition(
                BACPRO_ELEC,
                profile("FR", CatalogueFixtures.MINISTRY_FR, CreditFramework.NONE, null, ZERO_TO_TWENTY, resitPolicy),
                new QualificationRules(
                        CreditFramework.NONE,
                        null,
                        List.of(weighted(U31, UnitRole.MANDATORY, "4"), weighted(U12, UnitRole.MANDATORY, "2")),
                        new AwardRuleSet(List.of(
                                new AwardRule.AllMandatoryUnits(),
                                new AwardRule.WeightedAverage(BigDecimal.TEN, ThresholdComparator.AT_LEAST, false))),
                        ZERO_TO_TWENTY));
    }

    /**
     * The S01 setting: Léa is registered; the home lycée assesses, validates and recognises for the
     * BAC PRO; the host Berufsschule is registered and holds no function; the agreement is in force
     * and lists the whole of U31.
     */
    public static Ledger aMobilityLedger(ResitPolicy resitPolicy) {
        return new Ledger()
                .register(LYCEE, BERUFSSCHULE, STRANGER)
                .learner(LEA)
                .define(bacProElectrotechnique(resitPolicy))
                .publishedUnit(U31, U31_OUTCOMES.toArray(String[]::new))
                .publishedUnit(U12, "LO1", "LO2")
                .grant(LYCEE, InstitutionFunction.ASSESS, BACPRO_ELEC)
                .grant(LYCEE, InstitutionFunction.VALIDATE, BACPRO_ELEC)
                .grant(LYCEE, InstitutionFunction.RECOGNISE, BACPRO_ELEC)
                .grant(CatalogueFixtures.MINISTRY_FR, InstitutionFunction.AWARD, BACPRO_ELEC)
                .agreement(AGREEMENT, anAgreementInForce(LEA, new PlannedUnit(U31, List.of(), null)));
    }

    public static Ledger aMobilityLedger() {
        return aMobilityLedger(ResitPolicy.LATEST);
    }

    // --- learning agreements ---

    /** Signed by learner, home and host on 20 February 2024, for four weeks in March; still running. */
    public static AgreementStanding anAgreementInForce(LearnerId learner, PlannedUnit... planned) {
        return new AgreementStanding(learner, agreementTerms(planned), AGREEMENT_ACTIVE_FROM, null);
    }

    public static LearningAgreementTerms agreementTerms(PlannedUnit... planned) {
        return new LearningAgreementTerms(
                LYCEE,
                BERUFSSCHULE,
                MOBILITY_START,
                MOBILITY_END,
                BACPRO_ELEC,
                List.of(planned),
                "installation work in the host's training workshop",
                List.of(new AssessmentArrangement(BERUFSSCHULE, "practical test", "week 4")),
                "Europass Mobility",
                "validated and recognised by the home lycée on return",
                List.of());
    }

    // --- assessments ---

    public static AnAssessment anAssessmentOf(LearnerId learner, QualificationRef standard) {
        return new AnAssessment(learner, standard);
    }

    /** A small builder of assessment content; every test states only what matters to it. */
    public static final class AnAssessment {
        private final LearnerId learner;
        private final QualificationRef standard;
        private Actor assessor = HOME_TEACHER;
        private AssessmentMethod method = AssessmentMethod.PRACTICAL_TEST;
        private LearningSetting setting = LearningSetting.FORMAL;
        private LocalDate assessedOn = MOBILITY_END.minusDays(2);
        private LearningAgreementId agreement;
        private final List<OutcomeResult> results = new ArrayList<>();
        private final List<UnitGrade> grades = new ArrayList<>();

        private AnAssessment(LearnerId learner, QualificationRef standard) {
            this.learner = learner;
            this.standard = standard;
        }

        public AnAssessment by(Actor assessor) {
            this.assessor = assessor;
            return this;
        }

        public AnAssessment underAgreement(LearningAgreementId agreement) {
            this.agreement = agreement;
            return this;
        }

        public AnAssessment on(LocalDate day) {
            this.assessedOn = day;
            return this;
        }

        public AnAssessment method(AssessmentMethod method) {
            this.method = method;
            return this;
        }

        public AnAssessment setting(LearningSetting setting) {
            this.setting = setting;
            return this;
        }

        public AnAssessment achieving(UnitRef unit, String... outcomes) {
            for (var outcome : outcomes) {
                results.add(new OutcomeResult(unit, outcome, true));
            }
            return this;
        }

        public AnAssessment notAchieving(UnitRef unit, String... outcomes) {
            for (var outcome : outcomes) {
                results.add(new OutcomeResult(unit, outcome, false));
            }
            return this;
        }

        public AnAssessment graded(UnitRef unit, String grade) {
            grades.add(new UnitGrade(unit, new BigDecimal(grade)));
            return this;
        }

        public AssessmentContent content() {
            return new AssessmentContent(
                    learner,
                    standard,
                    assessor,
                    method,
                    setting,
                    assessedOn,
                    results,
                    grades,
                    "0-20",
                    agreement,
                    List.of(),
                    agreement == null ? null : "LA annex 2: assessment criteria");
        }
    }

    /**
     * Records the assessment through the {@link Assessment} aggregate, as the application does, and
     * keeps the event it publishes in the ledger's assessment records; fails if it is refused.
     */
    public static AssessmentEvent record(Ledger ledger, AssessmentId id, AssessmentContent content) {
        var fixture = new AggregateTestFixture<>(Assessment.class);
        fixture.registerInjectableResource(ledger);
        var published = new Published();
        fixture.givenNoPriorActivity()
                .when(new RecordAssessment(id, content))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(published.capture());
        var event = published.single(AssessmentEvent.class);
        ledger.record(event);
        return event;
    }

    // --- capturing what a fixture published ---

    /** Keeps the payloads a fixture published, for assertions the fixture's own matchers do not read well in. */
    public static final class Published {
        private final List<Object> payloads = new ArrayList<>();

        public <T extends List<? super EventMessage<?>>> Matcher<T> capture() {
            return new BaseMatcher<>() {
                @Override
                public boolean matches(Object actual) {
                    payloads.clear();
                    for (var message : (List<?>) actual) {
                        payloads.add(((EventMessage<?>) message).getPayload());
                    }
                    return true;
                }

                @Override
                public void describeTo(Description description) {
                    description.appendText("any events (captured)");
                }
            };
        }

        public List<Object> payloads() {
            return List.copyOf(payloads);
        }

        public <T> T single(Class<T> type) {
            if (payloads.size() != 1 || !type.isInstance(payloads.get(0))) {
                throw new AssertionError("expected exactly one " + type.getSimpleName() + " but got " + payloads);
            }
            return type.cast(payloads.get(0));
        }
    }

    // --- the lookups ---

    /**
     * Every lookup the ledger's decisions consult, in memory: the catalogue (delegated to
     * {@link CatalogueFixtures.Lookups}), more registered institutions, learners, learning agreements
     * and the assessments recorded so far.
     */
    public static final class Ledger
            implements InstitutionDirectory,
                    QualificationCatalogue,
                    UnitCatalogue,
                    LearningAgreementRegistry,
                    AssessmentRecords,
                    LearnerDirectory {

        private final CatalogueFixtures.Lookups catalogue = new CatalogueFixtures.Lookups();
        private final Set<InstitutionId> institutions = new HashSet<>();
        private final Set<LearnerId> learners = new HashSet<>();
        private final Map<LearningAgreementId, AgreementStanding> agreements = new HashMap<>();
        private final Map<AssessmentId, AssessmentRecord> assessments = new LinkedHashMap<>();

        public Ledger register(InstitutionId... registered) {
            institutions.addAll(List.of(registered));
            return this;
        }

        public Ledger learner(LearnerId learner) {
            learners.add(learner);
            return this;
        }

        public Ledger define(StandardDefinition definition) {
            catalogue.define(definition);
            return this;
        }

        public Ledger publishedUnit(UnitRef unit, String... outcomes) {
            catalogue.publishedUnit(unit, outcomes);
            return this;
        }

        public Ledger grant(InstitutionId institution, InstitutionFunction function, QualificationRef standard) {
            catalogue.grant(institution, function, standard.id());
            return this;
        }

        public Ledger agreement(LearningAgreementId id, AgreementStanding standing) {
            agreements.put(id, standing);
            return this;
        }

        /** Keeps a recorded (or flagged) assessment, as the application's lookup does in the event's transaction. */
        public Ledger record(AssessmentEvent event) {
            if (event instanceof AssessmentRecorded recorded) {
                assessments.put(
                        recorded.assessmentId(),
                        new AssessmentRecord(recorded.assessmentId(), recorded.content(), false));
            } else if (event instanceof PossibleDuplicateAssessmentFlagged flagged) {
                assessments.put(
                        flagged.assessmentId(), new AssessmentRecord(flagged.assessmentId(), flagged.content(), true));
            } else if (event instanceof AssessmentCorrected corrected) {
                var r = assessments.get(corrected.assessmentId());
                assessments.put(
                        r.assessmentId(),
                        new AssessmentRecord(
                                r.assessmentId(),
                                r.content().withResults(corrected.results(), corrected.grades()),
                                r.flaggedAsDuplicate(),
                                r.invalidated(),
                                r.upheldAppeal(),
                                r.appealRemedy(),
                                r.supersededBy()));
            } else if (event instanceof AssessmentInvalidated invalidated) {
                var r = assessments.get(invalidated.assessmentId());
                assessments.put(
                        r.assessmentId(),
                        new AssessmentRecord(
                                r.assessmentId(),
                                r.content(),
                                r.flaggedAsDuplicate(),
                                true,
                                r.upheldAppeal(),
                                r.appealRemedy(),
                                r.supersededBy()));
            } else if (event instanceof ReassessmentRecorded reassessment) {
                var r = assessments.get(reassessment.supersedes());
                assessments.put(
                        r.assessmentId(),
                        new AssessmentRecord(
                                r.assessmentId(),
                                r.content(),
                                r.flaggedAsDuplicate(),
                                r.invalidated(),
                                r.upheldAppeal(),
                                r.appealRemedy(),
                                reassessment.assessmentId()));
            }
            return this;
        }

        /** An appeal against the assessment was upheld with this remedy, as the application's lookup keeps it. */
        public Ledger appealUpheld(AssessmentId assessment, AppealId appeal, AppealRemedy remedy) {
            var r = assessments.get(assessment);
            assessments.put(
                    assessment,
                    new AssessmentRecord(
                            r.assessmentId(),
                            r.content(),
                            r.flaggedAsDuplicate(),
                            r.invalidated(),
                            appeal,
                            remedy,
                            r.supersededBy()));
            return this;
        }

        @Override
        public boolean isRegistered(InstitutionId institution) {
            return institutions.contains(institution) || catalogue.isRegistered(institution);
        }

        @Override
        public boolean holds(
                InstitutionId institution, InstitutionFunction function, QualificationId standard, Jurisdiction where) {
            return catalogue.holds(institution, function, standard, where);
        }

        @Override
        public Optional<CatalogueQualification> find(QualificationRef standard) {
            return catalogue.find(standard);
        }

        @Override
        public Optional<StandardDefinition> definition(QualificationRef standard) {
            return catalogue.definition(standard);
        }

        @Override
        public Optional<CatalogueUnit> find(UnitRef unit) {
            return catalogue.find(unit);
        }

        @Override
        public Optional<AgreementStanding> find(LearningAgreementId agreement) {
            return Optional.ofNullable(agreements.get(agreement));
        }

        @Override
        public Optional<AssessmentRecord> find(AssessmentId assessment) {
            return Optional.ofNullable(assessments.get(assessment));
        }

        /** Same learner, same assessing institution, same day, same results: the earliest such recorded assessment. */
        @Override
        public Optional<AssessmentId> sameContentAs(AssessmentContent content) {
            return assessments.values().stream()
                    .filter(r -> !r.flaggedAsDuplicate())
                    .filter(r -> r.content().learner().equals(content.learner())
                            && r.content()
                                    .assessor()
                                    .institution()
                                    .equals(content.assessor().institution())
                            && r.content().assessedOn().equals(content.assessedOn())
                            && Set.copyOf(r.content().results()).equals(Set.copyOf(content.results())))
                    .map(AssessmentRecord::assessmentId)
                    .findFirst();
        }

        @Override
        public boolean isRegistered(LearnerId learner) {
            return learners.contains(learner);
        }
    }
}
