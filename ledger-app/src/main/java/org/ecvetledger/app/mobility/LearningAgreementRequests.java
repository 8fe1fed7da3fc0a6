package org.ecvetledger.app.mobility;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.NotBefore;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.learningagreement.AgreementParty;
import org.ecvetledger.domain.learningagreement.MobilityDocumentType;

/** The bodies of the learning-agreement endpoints ({@code /api/learning-agreements}). */
final class LearningAgreementRequests {

    private LearningAgreementRequests() {}

    /**
     * What a learning agreement states (Erasmus+ ECVET LA template 2014, DOMAIN c3): home and host,
     * the mobility dates, the standard version taken ({@code ID@VERSION}), the units or parts of
     * units to be achieved abroad, activities, assessment arrangements, documentation, validation and
     * recognition, and the units already acquired (R23).
     */
    record Terms(
            @NotBlank @Pattern(regexp = MobilityValues.INSTITUTION_ID, message = MobilityValues.INSTITUTION_ID_MESSAGE)
            String home,

            @NotBlank @Pattern(regexp = MobilityValues.INSTITUTION_ID, message = MobilityValues.INSTITUTION_ID_MESSAGE)
            String host,

            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String mobilityStart,

            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String mobilityEnd,

            @NotBlank @Pattern(regexp = MobilityValues.STANDARD_REF, message = MobilityValues.STANDARD_REF_MESSAGE)
            String qualification,

            @NotEmpty @Size(max = 100) List<@NotNull @Valid PlannedUnit> plannedUnits,
            @Size(max = 4000) String learningActivities,
            @Size(max = 50) List<@NotNull @Valid AssessmentArrangement> assessmentArrangements,
            @Size(max = 4000) String documentation,
            @Size(max = 4000) String validationAndRecognition,

            @Size(max = 200)
            List<@NotBlank @Pattern(regexp = MobilityValues.UNIT_REF, message = MobilityValues.UNIT_REF_MESSAGE) String>
                    priorProgress) {}

    /**
     * A unit ({@code CODE@VERSION}), part of a unit or group of learning outcomes to be achieved
     * abroad, with the points to be acquired there (absent in systems without points, R9).
     *
     * @param learningOutcomes the outcomes targeted; absent or empty: the whole unit
     */
    record PlannedUnit(
            @NotBlank @Pattern(regexp = MobilityValues.UNIT_REF, message = MobilityValues.UNIT_REF_MESSAGE)
            String unit,

            @Size(max = 200)
            List<
                            @NotBlank
                            @Pattern(
                                    regexp = MobilityValues.LEARNING_OUTCOME_ID,
                                    message = MobilityValues.LEARNING_OUTCOME_ID_MESSAGE)
                            String>
                    learningOutcomes,

            @PositiveOrZero @Digits(integer = 6, fraction = 2)
            BigDecimal points) {}

    /** Who assesses (an institution id), how, and when. */
    record AssessmentArrangement(
            @NotBlank @Pattern(regexp = MobilityValues.INSTITUTION_ID, message = MobilityValues.INSTITUTION_ID_MESSAGE)
            String assessor,

            @NotBlank @Size(max = 2000) String method,
            @Size(max = 500) String when) {}

    /** Body of {@code POST /api/learning-agreements}: one learner's agreement under an MoU. */
    record Draft(
            @NotBlank @Pattern(regexp = MobilityValues.UUID, message = MobilityValues.UUID_MESSAGE)
            String learner,

            @NotBlank @Pattern(regexp = MobilityValues.UUID, message = MobilityValues.UUID_MESSAGE)
            String mou,

            @Size(max = 100) String groupReference,
            @NotNull @Valid Terms terms) {}

    /**
     * Body of {@code POST /api/learning-agreements/groups}: one agreement per learner, the same terms,
     * one group reference (generated when absent). Each learner still signs their own ([REC]).
     */
    record GroupDraft(
            @NotEmpty @Size(max = 100)
            List<@NotBlank @Pattern(regexp = MobilityValues.UUID, message = MobilityValues.UUID_MESSAGE) String>
                    learners,

            @NotBlank @Pattern(regexp = MobilityValues.UUID, message = MobilityValues.UUID_MESSAGE)
            String mou,

            @Size(max = 100) String groupReference,
            @NotNull @Valid Terms terms) {}

    /** Body of {@code POST /api/learning-agreements/{id}/signatures}: learner, home or host signs one version. */
    record Signature(
            @NotNull @Min(1) Integer version,
            @NotBlank @OneOf(AgreementParty.class) String party,
            @NotBlank @Size(max = 200) String signatory,

            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String signedOn) {}

    /** Body of {@code POST /api/learning-agreements/{id}/change-proposals}: new terms for the agreement in force. */
    record ChangeProposal(
            @NotBlank @OneOf(AgreementParty.class) String proposedBy,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull @Valid Terms terms) {}

    /** Body of {@code POST .../change-proposals/{proposal}/acceptances}: one of the other parties accepts. */
    record Acceptance(
            @NotBlank @OneOf(AgreementParty.class) String acceptedBy,
            @NotBlank @Size(max = 200) String signatory,

            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String acceptedOn) {}

    /** Body of {@code POST .../change-proposals/{proposal}/rejection}: one of the other parties rejects, with the reason. */
    record Rejection(
            @NotBlank @OneOf(AgreementParty.class) String rejectedBy,
            @NotBlank @Size(max = 2000) String reason) {}

    /** Body of {@code POST /api/learning-agreements/{id}/cancellation} (S29). */
    record Cancellation(
            @NotBlank @OneOf(AgreementParty.class) String cancelledBy,

            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String cancelledOn,

            @NotBlank @Size(max = 2000) String reason) {}

    /** Body of {@code POST /api/learning-agreements/{id}/completion}: what was planned but not achieved, if anything. */
    record Completion(
            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String completedOn,

            @Size(max = 100) List<@NotNull @Valid Outstanding> outstanding) {}

    /** A planned unit (or some of its learning outcomes; none listed: the whole unit) not achieved. */
    record Outstanding(
            @NotBlank @Pattern(regexp = MobilityValues.UNIT_REF, message = MobilityValues.UNIT_REF_MESSAGE)
            String unit,

            @Size(max = 200)
            List<
                            @NotBlank
                            @Pattern(
                                    regexp = MobilityValues.LEARNING_OUTCOME_ID,
                                    message = MobilityValues.LEARNING_OUTCOME_ID_MESSAGE)
                            String>
                    learningOutcomes) {}

    /** Body of {@code POST /api/learning-agreements/{id}/documents}: a document about the learning abroad (R21). */
    record Document(
            @NotBlank @Pattern(regexp = MobilityValues.INSTITUTION_ID, message = MobilityValues.INSTITUTION_ID_MESSAGE)
            String issuedBy,

            @NotBlank @OneOf(MobilityDocumentType.class) String type,

            @NotNull @IsoDate @NotBefore(MobilityValues.EARLIEST_DATE)
            String issuedOn,

            @NotBlank @Size(max = 20000) String content) {}
}
