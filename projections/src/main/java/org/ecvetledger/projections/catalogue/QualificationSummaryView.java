package org.ecvetledger.projections.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * One version of a qualification standard in a search result.
 *
 * @param eqfLevel      null for systems not referenced to the EQF
 * @param totalPoints   null when the framework has no points (R9)
 * @param effectiveFrom from when the published version applies; null for a draft
 */
public record QualificationSummaryView(
        QualificationRef standard,
        MultilingualText title,
        Jurisdiction jurisdiction,
        List<InstitutionId> awardingBodies,
        Integer eqfLevel,
        String nqfLevel,
        CreditFramework framework,
        CreditPoints totalPoints,
        CatalogueStatus status,
        LocalDate effectiveFrom) {

    public QualificationSummaryView {
        awardingBodies = List.copyOf(awardingBodies);
    }
}
