package org.ecvetledger.domain.qualification;

import org.ecvetledger.domain.shared.QualificationRef;

/** Every event of the {@link QualificationStandard} aggregate. */
public sealed interface QualificationEvent
        permits QualificationStandardDrafted,
                QualificationProfileAmended,
                UnitAttachedToQualification,
                UnitDetachedFromQualification,
                AwardRuleSetDefined,
                QualificationStandardPublished {

    QualificationRef standard();
}
