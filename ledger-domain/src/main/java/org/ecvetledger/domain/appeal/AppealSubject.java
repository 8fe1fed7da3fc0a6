package org.ecvetledger.domain.appeal;

import java.util.Objects;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The decision an appeal is against (DOMAIN c7): an assessment ({@code assessment}), or the
 * recognition of {@code unit} towards {@code qualification}.
 */
public record AppealSubject(
        AppealSubjectKind kind, AssessmentId assessment, QualificationId qualification, UnitRef unit) {

    public AppealSubject {
        Objects.requireNonNull(kind, "kind");
        if (kind == AppealSubjectKind.ASSESSMENT && (assessment == null || qualification != null || unit != null)) {
            throw new IllegalArgumentException("an appeal against an assessment names the assessment only");
        }
        if (kind == AppealSubjectKind.UNIT_RECOGNITION
                && (assessment != null || qualification == null || unit == null)) {
            throw new IllegalArgumentException("an appeal against a recognition names its qualification and unit only");
        }
    }

    public static AppealSubject assessment(AssessmentId assessment) {
        return new AppealSubject(AppealSubjectKind.ASSESSMENT, assessment, null, null);
    }

    public static AppealSubject recognition(QualificationId qualification, UnitRef unit) {
        return new AppealSubject(AppealSubjectKind.UNIT_RECOGNITION, null, qualification, unit);
    }
}
