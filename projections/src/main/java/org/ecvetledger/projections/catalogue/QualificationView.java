package org.ecvetledger.projections.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.qualification.AwardRule;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.UnitTransition;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * One version of a qualification standard, in full.
 *
 * @param units                  the units attached to it now, by unit code
 * @param awardRules             its award rule set (a conjunction); empty until one is defined
 * @param awardRulesDefined      whether an award rule set was defined
 * @param transitionFromPrevious how credit for the previous version's units counts for this one's
 * @param effectiveFrom          from when the published version applies; null for a draft
 */
public record QualificationView(
        QualificationRef standard,
        QualificationProfile profile,
        CatalogueStatus status,
        LocalDate effectiveFrom,
        List<AttachedUnitView> units,
        List<AwardRule> awardRules,
        boolean awardRulesDefined,
        List<UnitTransition> transitionFromPrevious) {

    public QualificationView {
        units = List.copyOf(units);
        awardRules = List.copyOf(awardRules);
        transitionFromPrevious = List.copyOf(transitionFromPrevious);
    }
}
