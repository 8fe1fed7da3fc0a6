package org.ecvetledger.domain.learningagreement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * What a learning agreement states (DOMAIN c3, Erasmus+ ECVET LA template 2014): home and host, the
 * mobility dates, the qualification being taken, the units or parts of units to be achieved abroad,
 * learning activities, assessment arrangements, documentation, validation and recognition
 * commitments, and the learner's progress so far (R23).
 */
public record LearningAgreementTerms(
        InstitutionId home,
        InstitutionId host,
        LocalDate mobilityStart,
        LocalDate mobilityEnd,
        QualificationRef qualification,
        List<PlannedUnit> plannedUnits,
        String learningActivities,
        List<AssessmentArrangement> assessmentArrangements,
        String documentation,
        String validationAndRecognition,
        List<UnitRef> priorProgress) {

    public LearningAgreementTerms {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(host, "host");
        if (home.equals(host)) {
            throw new IllegalArgumentException("home and host are two institutions");
        }
        Objects.requireNonNull(mobilityStart, "mobilityStart");
        Objects.requireNonNull(mobilityEnd, "mobilityEnd");
        if (mobilityEnd.isBefore(mobilityStart)) {
            throw new IllegalArgumentException("the mobility ends on or after its start");
        }
        Objects.requireNonNull(qualification, "qualification");
        if (plannedUnits == null || plannedUnits.isEmpty()) {
            throw new IllegalArgumentException("a learning agreement plans at least one unit or part of a unit");
        }
        plannedUnits = List.copyOf(plannedUnits);
        assessmentArrangements = assessmentArrangements == null ? List.of() : List.copyOf(assessmentArrangements);
        priorProgress = priorProgress == null ? List.of() : List.copyOf(priorProgress);
    }

    /** Days abroad, first and last included. */
    public long mobilityDays() {
        return ChronoUnit.DAYS.between(mobilityStart, mobilityEnd) + 1;
    }

    /** R5: whether this agreement lists the learning outcome (a whole planned unit lists all of its outcomes). */
    public boolean lists(UnitRef unit, String learningOutcome) {
        return plannedUnits.stream()
                .anyMatch(p -> p.unit().equals(unit)
                        && (p.learningOutcomes().isEmpty()
                                || p.learningOutcomes().contains(learningOutcome)));
    }

    public InstitutionId institutionOf(AgreementParty party) {
        return switch (party) {
            case HOME -> home;
            case HOST -> host;
            case LEARNER -> null;
        };
    }
}
