package org.ecvetledger.app.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.NotBefore;
import org.ecvetledger.app.web.OneOf;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.shared.AssessmentMethod;

/**
 * The bodies of the learner ledger's endpoints ({@code /api/learners/{learnerId}/…}). Who acts is
 * never in a body: it is the signed-in staff account ({@link ActingHeaders}, ADR 0014).
 */
final class LedgerRequests {

    private LedgerRequests() {}

    /** A version of a qualification standard: {@code {"id": "FR-BACPRO-MELEC", "version": 1}}. */
    record StandardVersion(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String id,

            @NotNull @Min(1) Integer version) {}

    /** One learning outcome of one unit version ({@code U31@1}), achieved or not. */
    record Result(
            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @NotBlank
            @Pattern(regexp = LedgerValues.LEARNING_OUTCOME_ID, message = LedgerValues.LEARNING_OUTCOME_ID_MESSAGE)
            String learningOutcome,

            @NotNull Boolean achieved) {}

    /** The grade an assessment gives a unit, on the standard's grading scale. */
    record Grade(
            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @NotNull @Digits(integer = 4, fraction = 2) BigDecimal grade) {}

    /** A document the assessment rests on, by id and SHA-256. */
    record Evidence(
            @NotBlank @Size(max = 200) String documentId,

            @NotBlank @Pattern(regexp = LedgerValues.SHA256, message = LedgerValues.SHA256_MESSAGE)
            String sha256) {}

    /**
     * Body of {@code POST …/assessments} (DOMAIN c3 step 5, R11, R31): results of learning outcomes,
     * possibly of several units of one standard version; grades; method and setting; the learning
     * agreement of a mobility (optional); evidence; the agreed assessment criteria.
     */
    record Assessment(
            @NotNull @Valid StandardVersion standard,
            @NotBlank @OneOf(AssessmentMethod.class) String method,
            @NotBlank @OneOf(LearningSetting.class) String setting,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String assessedOn,

            @NotEmpty @Size(max = 500) List<@NotNull @Valid Result> results,
            @Size(max = 100) List<@NotNull @Valid Grade> grades,
            @Size(max = 100) String gradingScheme,

            @Pattern(regexp = LedgerValues.UUID_FORM, message = LedgerValues.UUID_MESSAGE)
            String learningAgreement,

            @Size(max = 100) List<@NotNull @Valid Evidence> evidence,
            @Size(max = 500) String criteriaReference,

            @Pattern(regexp = LedgerValues.UUID_FORM, message = LedgerValues.UUID_MESSAGE)
            String supersedes,

            @Pattern(regexp = LedgerValues.UUID_FORM, message = LedgerValues.UUID_MESSAGE)
            String appeal) {}

    /**
     * Body of {@code POST …/validations}: the assessed outcomes of a unit of the learner's standard
     * that the competent institution validates, on the assessments given; no outcomes listed means
     * every outcome of the unit those assessments record as achieved.
     */
    record Validation(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @Size(max = 200)
            List<
                            @NotBlank
                            @Pattern(
                                    regexp = LedgerValues.LEARNING_OUTCOME_ID,
                                    message = LedgerValues.LEARNING_OUTCOME_ID_MESSAGE)
                            String>
                    learningOutcomes,

            @NotEmpty @Size(max = 50)
            List<@NotBlank @Pattern(regexp = LedgerValues.UUID_FORM, message = LedgerValues.UUID_MESSAGE) String> basis,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}

    /** Body of {@code POST …/validation-rejections} (S05): an official refusal with its reason. */
    record ValidationRejection(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @Size(max = 200)
            List<
                            @NotBlank
                            @Pattern(
                                    regexp = LedgerValues.LEARNING_OUTCOME_ID,
                                    message = LedgerValues.LEARNING_OUTCOME_ID_MESSAGE)
                            String>
                    learningOutcomes,

            @Size(max = 50)
            List<@NotBlank @Pattern(regexp = LedgerValues.UUID_FORM, message = LedgerValues.UUID_MESSAGE) String> basis,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate,

            @NotBlank @Size(max = 2000) String reason) {}

    /** Body of {@code POST …/recognitions}: a unit whose every outcome is validated. */
    record Recognition(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}

    /** Body of {@code POST …/partial-recognitions} (R10): validated outcomes recognised as part of a unit. */
    record PartialRecognition(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @NotEmpty @Size(max = 200)
            List<
                            @NotBlank
                            @Pattern(
                                    regexp = LedgerValues.LEARNING_OUTCOME_ID,
                                    message = LedgerValues.LEARNING_OUTCOME_ID_MESSAGE)
                            String>
                    learningOutcomes,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}

    /** Body of {@code POST …/final-examinations} (R17): taken on a day, passed or not, with a grade if any. */
    record FinalExamination(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String examinedOn,

            @NotNull Boolean passed,
            @Digits(integer = 4, fraction = 2) BigDecimal grade) {}

    /** Body of {@code POST …/award-evaluations}: the day on which the validity of credit is judged (R13). */
    record AwardEvaluation(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String evaluatedOn) {}

    /** Body of {@code POST …/awards}: the awarding body's decision, with its legal basis if stated. */
    record Award(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate,

            @Size(max = 1000) String legalBasis) {}

    /**
     * Body of {@code POST /api/assessments/{id}/corrections} (DOMAIN c7, S09): every learning-outcome
     * result and grade as they should have been recorded, and why.
     */
    record Correction(
            @NotEmpty @Size(max = 500) List<@NotNull @Valid Result> results,
            @Size(max = 100) List<@NotNull @Valid Grade> grades,
            @NotBlank @Size(max = 2000) String reason,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}

    /** Body of {@code POST /api/assessments/{id}/invalidation} (DOMAIN c7, S11). */
    record Invalidation(
            @NotBlank @Size(max = 2000) String reason,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}

    /**
     * Body of {@code POST …/review-confirmations} (S10): the decision on {@code unit} flagged for
     * review — or the award when no unit is given — is confirmed as it stands.
     */
    record ReviewConfirmation(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate,

            @Size(max = 2000) String note) {}

    /** Body of {@code POST …/recognition-revocations} and {@code …/validation-withdrawals} (S10). */
    record UnitRevocation(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate,

            @NotBlank @Size(max = 2000) String reason) {}

    /** Body of {@code POST …/award-revocations} (S10). */
    record AwardRevocation(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate,

            @NotBlank @Size(max = 2000) String reason) {}

    /**
     * Body of {@code POST /api/appeals} (DOMAIN c7, S12): the learner's appeal against an assessment
     * ({@code assessment}) or the recognition of a unit ({@code qualification} and {@code unit}), with
     * its grounds; lodged on the day the ledger receives it.
     */
    record Appeal(
            @NotBlank @Pattern(regexp = LedgerValues.UUID_FORM, message = LedgerValues.UUID_MESSAGE)
            String learner,

            @Pattern(regexp = LedgerValues.UUID_FORM, message = LedgerValues.UUID_MESSAGE)
            String assessment,

            @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @NotBlank @Size(max = 4000) String grounds) {}

    /** Body of {@code POST /api/appeals/{id}/upholding}: the remedy (decision (j)5), reasoning, and for CORRECT_RESULT the corrected results. */
    record Upholding(
            @NotBlank @OneOf(org.ecvetledger.domain.shared.AppealRemedy.class)
            String remedy,

            @NotBlank @Size(max = 4000) String reasoning,
            @Size(max = 500) List<@NotNull @Valid Result> results,
            @Size(max = 100) List<@NotNull @Valid Grade> grades,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}

    /** Body of {@code POST /api/appeals/{id}/rejection} (S13). */
    record AppealRejection(
            @NotBlank @Size(max = 4000) String reasoning,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}

    /**
     * Body of {@code POST …/credit-transfers} (DOMAIN c6, ADR 0013): a unit held in another
     * qualification counts for a unit of this one under an equivalence (left out only for a
     * common-core unit), decided by a competent institution of this standard.
     */
    record CreditTransfer(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String sourceQualification,

            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String sourceUnit,

            @Pattern(regexp = LedgerValues.UUID_FORM, message = LedgerValues.UUID_MESSAGE)
            String equivalence,

            @NotBlank @Size(max = 200) String decisionReference,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}

    /**
     * Body of {@code POST …/training-duration-reductions} (S25, ADR 0024): the competent body shortens the
     * training on the learner's prior credit; {@code months} absent asks for the most the rule set allows.
     */
    record TrainingDurationReduction(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @Min(1) @jakarta.validation.constraints.Max(48) Integer months,

            @NotBlank @Size(max = 200) String decisionReference,

            @NotBlank @Size(max = 1000) String legalBasis,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}

    /** Body of {@code POST …/pathway-migrations} (S28): the newer version of the qualification to migrate to. */
    record PathwayMigration(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotNull @Min(1) Integer version,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}

    /** Body of {@code POST /api/learners/{id}/transfer-requests} (DOMAIN c6 step 1): the credit put forward, and for what. */
    record TransferRequest(
            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String sourceQualification,

            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String sourceUnit,

            @NotBlank @Pattern(regexp = LedgerValues.QUALIFICATION_ID, message = LedgerValues.QUALIFICATION_ID_MESSAGE)
            String qualification,

            @NotNull @Min(1) Integer version,

            @NotBlank @Pattern(regexp = LedgerValues.UNIT_REF, message = LedgerValues.UNIT_REF_MESSAGE)
            String unit,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String requestedOn) {}

    /**
     * Body of {@code POST /api/transfer-requests/{id}/validation} (DOMAIN c6 step 3); with
     * {@code recognitionFollows} true the validating body leaves the recognition to another (ADR 0022).
     */
    record TransferValidation(
            @NotBlank @Size(max = 200) String decisionReference,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate,

            Boolean recognitionFollows) {}

    /** Body of {@code POST /api/transfer-requests/{id}/recognition} (DOMAIN c6 step 4 by a second body, ADR 0022). */
    record TransferRecognition(
            @NotBlank @Size(max = 200) String decisionReference,

            @NotNull @IsoDate @NotBefore(LedgerValues.EARLIEST_DATE)
            String effectiveDate) {}
}
