package org.ecvetledger.projections.catalogue;

import java.time.LocalDate;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * One version of a qualification standard in its version list.
 *
 * @param effectiveFrom from when the published version applies; null for a draft
 */
public record QualificationVersionView(
        QualificationRef standard, MultilingualText title, CatalogueStatus status, LocalDate effectiveFrom) {}
