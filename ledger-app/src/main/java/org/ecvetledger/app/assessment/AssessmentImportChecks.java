package org.ecvetledger.app.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.app.assessment.AssessmentImportRows.Finding;
import org.ecvetledger.domain.assessment.AssessmentContent;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentRecord;
import org.ecvetledger.domain.assessment.AssessmentRules;
import org.ecvetledger.domain.assessment.OutcomeResult;
import org.ecvetledger.domain.assessment.UnitGrade;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.learner.LearnerDirectory;
import org.ecvetledger.domain.learningagreement.AgreementStanding;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementRegistry;
import org.ecvetledger.domain.qualification.CatalogueQualification;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.CatalogueUnit;
import org.ecvetledger.domain.unit.UnitCatalogue;
import org.springframework.stereotype.Component;

/**
 * Answers {@link ClassifyImportedAssessments}: whether the ledger already holds each row's assessment
 * (unchanged), holds a different result for the same learner, unit and day (conflicting), would refuse
 * it (conflicting, with the domain's own rule, ADR 0019), or would record it (new). It reads the
 * write-side assessment record, exact at once after an apply (ADR 0007), and records nothing.
 */
@Component
class AssessmentImportChecks {

    enum Status {
        NEW,
        UNCHANGED,
        CONFLICTING
    }

    /** A row's assessment as the file states it, under its identity. */
    record Candidate(AssessmentId assessmentId, AssessmentContent content) {}

    record ClassifyImportedAssessments(List<Candidate> candidates) {}

    /** What the ledger makes of one candidate; {@code recordedAs} names the assessment it already holds, if any. */
    record Verdict(Status status, Finding finding, AssessmentId recordedAs) {}

    record Verdicts(List<Verdict> verdicts) {}

    static final String DIFFERENT_RESULT = "different-result-recorded";
    static final String INVALIDATED = "assessment-invalidated";

    private final AssessmentLookups assessments;
    private final InstitutionDirectory institutions;
    private final QualificationCatalogue standards;
    private final UnitCatalogue units;
    private final LearningAgreementRegistry agreements;
    private final LearnerDirectory learners;

    AssessmentImportChecks(
            AssessmentLookups assessments,
            InstitutionDirectory institutions,
            QualificationCatalogue standards,
            UnitCatalogue units,
            LearningAgreementRegistry agreements,
            LearnerDirectory learners) {
        this.assessments = assessments;
        this.institutions = institutions;
        this.standards = standards;
        this.units = units;
        this.agreements = agreements;
        this.learners = learners;
    }

    @QueryHandler
    Verdicts handle(ClassifyImportedAssessments query) {
        // one file asks the same few questions thousands of times (the same learners, units, standard,
        // institution): each is asked of the lookups once per file
        var lookups = new Remembered(institutions, standards, units, agreements, learners);
        var verdicts = new ArrayList<Verdict>();
        for (var candidate : query.candidates()) {
            verdicts.add(classify(candidate, lookups));
        }
        return new Verdicts(List.copyOf(verdicts));
    }

    private Verdict classify(Candidate candidate, Remembered lookups) {
        var row = candidate.content();
        var unit = row.units().get(0);
        var same = assessments.find(candidate.assessmentId());
        if (same.isPresent()) {
            return against(same.get(), row);
        }
        for (var recorded : assessments.recordedOn(row.learner(), row.assessor().institution(), row.assessedOn())) {
            if (recorded.invalidated() || !recorded.content().units().contains(unit)) {
                continue;
            }
            var column = unitDifference(recorded.content(), row, unit);
            if (column == null) {
                return new Verdict(Status.UNCHANGED, null, recorded.assessmentId());
            }
            return new Verdict(
                    Status.CONFLICTING,
                    new Finding(
                            DIFFERENT_RESULT,
                            column,
                            "assessment " + recorded.assessmentId() + " of this learner by "
                                    + row.assessor().institution()
                                    + " on " + row.assessedOn() + " records another result for " + unit + " ("
                                    + column + " differs)"),
                    recorded.assessmentId());
        }
        try {
            AssessmentRules.requireRecordable(row, lookups, lookups, lookups, lookups, lookups);
            return new Verdict(Status.NEW, null, null);
        } catch (LedgerRuleViolation violation) {
            return new Verdict(
                    Status.CONFLICTING,
                    new Finding(violation.rule(), columnOf(violation.rule(), row), violation.getMessage()),
                    null);
        }
    }

    /** The row's own assessment is in the ledger: the same content (whoever of the institution uploaded it), or not. */
    private static Verdict against(AssessmentRecord recorded, AssessmentContent row) {
        if (recorded.invalidated()) {
            return new Verdict(
                    Status.CONFLICTING,
                    new Finding(
                            INVALIDATED,
                            null,
                            "this row was imported as assessment " + recorded.assessmentId()
                                    + ", which is invalidated since; record a new assessment instead"),
                    recorded.assessmentId());
        }
        var column = difference(recorded.content(), row);
        if (column == null) {
            return new Verdict(Status.UNCHANGED, null, recorded.assessmentId());
        }
        return new Verdict(
                Status.CONFLICTING,
                new Finding(
                        DIFFERENT_RESULT,
                        column,
                        "this row was imported as assessment " + recorded.assessmentId()
                                + ", which records another value of " + column
                                + "; a recorded result changes only by a correction"),
                recorded.assessmentId());
    }

    /** The first column in which the row differs from the recorded assessment, or null if none. */
    static String difference(AssessmentContent recorded, AssessmentContent row) {
        if (!recorded.standard().equals(row.standard())) {
            return AssessmentImportFile.QUALIFICATION;
        }
        if (recorded.method() != row.method()) {
            return AssessmentImportFile.METHOD;
        }
        if (recorded.setting() != row.setting()) {
            return AssessmentImportFile.SETTING;
        }
        if (!Set.copyOf(recorded.results()).equals(Set.copyOf(row.results()))) {
            return AssessmentImportFile.ACHIEVED;
        }
        if (!grades(recorded.grades()).equals(grades(row.grades()))) {
            return AssessmentImportFile.GRADE;
        }
        if (!Objects.equals(recorded.gradingScheme(), row.gradingScheme())) {
            return AssessmentImportFile.GRADING_SCHEME;
        }
        if (!Objects.equals(recorded.agreement(), row.agreement())) {
            return AssessmentImportFile.LEARNING_AGREEMENT;
        }
        if (!Set.copyOf(recorded.evidence()).equals(Set.copyOf(row.evidence()))) {
            return AssessmentImportFile.EVIDENCE_DOCUMENT;
        }
        if (!Objects.equals(recorded.criteriaReference(), row.criteriaReference())) {
            return AssessmentImportFile.CRITERIA_REFERENCE;
        }
        return null;
    }

    /** An assessment recorded otherwise (one request, several units): only what it says of {@code unit} is compared. */
    private static String unitDifference(AssessmentContent recorded, AssessmentContent row, UnitRef unit) {
        var recordedResults =
                recorded.results().stream().filter(r -> r.unit().equals(unit)).collect(Collectors.toSet());
        if (!recordedResults.equals(Set.copyOf(row.results()))) {
            return AssessmentImportFile.ACHIEVED;
        }
        var recordedGrades = grades(
                recorded.grades().stream().filter(g -> g.unit().equals(unit)).toList());
        return recordedGrades.equals(grades(row.grades())) ? null : AssessmentImportFile.GRADE;
    }

    /** Grades as comparable text: 14, 14.0 and 14.00 are one grade. */
    private static Set<String> grades(List<UnitGrade> grades) {
        return grades.stream().map(g -> g.unit() + "=" + normalised(g.grade())).collect(Collectors.toSet());
    }

    private static String normalised(BigDecimal grade) {
        return grade.signum() == 0 ? "0" : grade.stripTrailingZeros().toPlainString();
    }

    /** The column a refusal of the domain is about, so the error file points at the cell to fix. */
    private static String columnOf(String rule, AssessmentContent row) {
        return switch (rule) {
            case "unknown-learner" -> AssessmentImportFile.LEARNER;
            case "standard-not-published" -> AssessmentImportFile.QUALIFICATION;
            case "unit-not-in-standard" -> AssessmentImportFile.UNIT_CODE;
            case "unknown-learning-outcome", "outside-learning-agreement" ->
                row.results().stream().anyMatch(OutcomeResult::achieved)
                        ? AssessmentImportFile.ACHIEVED
                        : AssessmentImportFile.NOT_ACHIEVED;
            case "grade-outside-scale", "grade-without-result" -> AssessmentImportFile.GRADE;
            case "la-not-active" -> AssessmentImportFile.LEARNING_AGREEMENT;
            case "not-authorised" -> row.agreement() == null ? null : AssessmentImportFile.LEARNING_AGREEMENT;
            default -> null;
        };
    }

    /** The write-side lookups, each answer remembered for the rest of one classification. */
    private static final class Remembered
            implements InstitutionDirectory,
                    QualificationCatalogue,
                    UnitCatalogue,
                    LearningAgreementRegistry,
                    LearnerDirectory {

        private final InstitutionDirectory institutions;
        private final QualificationCatalogue standards;
        private final UnitCatalogue units;
        private final LearningAgreementRegistry agreements;
        private final LearnerDirectory learners;
        private final Map<Object, Object> answers = new HashMap<>();

        Remembered(
                InstitutionDirectory institutions,
                QualificationCatalogue standards,
                UnitCatalogue units,
                LearningAgreementRegistry agreements,
                LearnerDirectory learners) {
            this.institutions = institutions;
            this.standards = standards;
            this.units = units;
            this.agreements = agreements;
            this.learners = learners;
        }

        @SuppressWarnings("unchecked")
        private <T> T remembered(List<Object> question, Supplier<T> answer) {
            var known = answers.get(question);
            if (known == null) {
                known = answer.get();
                answers.put(question, known);
            }
            return (T) known;
        }

        @Override
        public boolean isRegistered(InstitutionId institution) {
            return remembered(List.of("institution", institution), () -> institutions.isRegistered(institution));
        }

        @Override
        public boolean holds(
                InstitutionId institution, InstitutionFunction function, QualificationId standard, Jurisdiction where) {
            return remembered(
                    List.of("holds", institution, function, standard, where),
                    () -> institutions.holds(institution, function, standard, where));
        }

        @Override
        public Optional<CatalogueQualification> find(QualificationRef standard) {
            return remembered(List.of("qualification", standard), () -> standards.find(standard));
        }

        @Override
        public Optional<StandardDefinition> definition(QualificationRef standard) {
            return remembered(List.of("definition", standard), () -> standards.definition(standard));
        }

        @Override
        public Optional<CatalogueUnit> find(UnitRef unit) {
            return remembered(List.of("unit", unit), () -> units.find(unit));
        }

        @Override
        public Optional<AgreementStanding> find(LearningAgreementId agreement) {
            return remembered(List.of("agreement", agreement), () -> agreements.find(agreement));
        }

        @Override
        public boolean isRegistered(LearnerId learner) {
            return remembered(List.of("learner", learner), () -> learners.isRegistered(learner));
        }
    }
}
