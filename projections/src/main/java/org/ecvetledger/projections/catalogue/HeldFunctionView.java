package org.ecvetledger.projections.catalogue;

import java.time.LocalDate;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.QualificationId;

/**
 * A competent-institution function an institution holds (R2).
 *
 * @param standard      the standard (every version of it) the function is held for; null for every standard
 * @param jurisdiction  where it is held, everything inside included
 * @param effectiveFrom from when it is held
 */
public record HeldFunctionView(
        InstitutionFunction function, QualificationId standard, Jurisdiction jurisdiction, LocalDate effectiveFrom) {}
