package org.ecvetledger.domain.institution;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;

/** An institution now holds a competent-institution function for a standard and jurisdiction (R2). */
@MessageName("InstitutionFunctionGranted")
@Revision("1")
public record InstitutionFunctionGranted(InstitutionId institutionId, FunctionGrant grant, LocalDate effectiveFrom)
        implements InstitutionEvent {}
