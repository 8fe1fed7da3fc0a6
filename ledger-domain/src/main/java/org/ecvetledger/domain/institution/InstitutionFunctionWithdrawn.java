package org.ecvetledger.domain.institution;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;

/** An institution no longer holds a function it was granted; decisions it took before stand. */
@MessageName("InstitutionFunctionWithdrawn")
@Revision("1")
public record InstitutionFunctionWithdrawn(
        InstitutionId institutionId, FunctionGrant grant, LocalDate effectiveFrom, String reason)
        implements InstitutionEvent {}
