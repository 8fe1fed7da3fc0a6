package org.ecvetledger.app.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.QualificationAwardRevoked;
import org.ecvetledger.domain.accumulation.UnitRecognitionRevoked;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.credential.RevocationReason;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.AppealId;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.Test;

/** ADR 0012 §9: the reason category a credential is revoked with follows what the revocation's event tells. */
class RevocationReasonsTest {

    private static final PathwayId PATHWAY =
            new PathwayId(new LearnerId(UUID.randomUUID()), new QualificationId("MT-HSC-MQF4"));
    private static final Actor OFFICER = new Actor(new InstitutionId("MT-MCAST"), "Quality officer");

    private static UnitRecognitionRevoked recognitionRevoked(AppealId appeal, AssessmentId invalidated, String reason) {
        return new UnitRecognitionRevoked(
                PATHWAY,
                QualificationRef.of("MT-HSC-MQF4", 1),
                UnitRef.of("MT-HSC-104", 1),
                null,
                false,
                List.of("LO1"),
                invalidated,
                appeal,
                OFFICER,
                LocalDate.of(2025, 9, 1),
                reason);
    }

    private static QualificationAwardRevoked awardRevoked(String reason) {
        return new QualificationAwardRevoked(
                PATHWAY,
                QualificationRef.of("MT-HSC-MQF4", 1),
                LocalDate.of(2025, 7, 1),
                OFFICER.institution(),
                List.of(UnitRef.of("MT-HSC-104", 1)),
                new AssessmentId(UUID.randomUUID()),
                OFFICER,
                LocalDate.of(2025, 9, 1),
                reason);
    }

    @Test
    void an_appeal_that_reversed_the_recognition_is_withdrawn_after_appeal_whatever_its_words() {
        var event = recognitionRevoked(new AppealId(UUID.randomUUID()), null, "fraud was alleged but not proven");

        assertThat(RevocationReasons.of(event)).isEqualTo(RevocationReason.WITHDRAWN_AFTER_APPEAL);
    }

    @Test
    void S11_an_invalidation_is_misconduct_only_when_its_reason_names_it() {
        var assessment = new AssessmentId(UUID.randomUUID());

        assertThat(RevocationReasons.of(recognitionRevoked(null, assessment, "Fraud: the portfolio was forged")))
                .isEqualTo(RevocationReason.MISCONDUCT);
        assertThat(RevocationReasons.of(recognitionRevoked(null, assessment, "candidate impersonated at the exam")))
                .isEqualTo(RevocationReason.MISCONDUCT);
        assertThat(RevocationReasons.of(awardRevoked("Täuschung bei der Prüfung")))
                .isEqualTo(RevocationReason.MISCONDUCT);
        assertThat(RevocationReasons.of(recognitionRevoked(null, assessment, "the assessor was not authorised")))
                .isEqualTo(RevocationReason.ISSUED_IN_ERROR);
        assertThat(RevocationReasons.of(awardRevoked("the assessor was not authorised")))
                .isEqualTo(RevocationReason.ISSUED_IN_ERROR);
    }

    @Test
    void a_revocation_after_review_is_a_decision_taken_in_error() {
        assertThat(RevocationReasons.of(recognitionRevoked(null, null, "entered in error")))
                .isEqualTo(RevocationReason.ISSUED_IN_ERROR);
        assertThat(RevocationReasons.of(recognitionRevoked(null, null, "unforgettable clerical slip")))
                .as("a word merely containing 'forge' is not an accusation")
                .isEqualTo(RevocationReason.ISSUED_IN_ERROR);
    }
}
