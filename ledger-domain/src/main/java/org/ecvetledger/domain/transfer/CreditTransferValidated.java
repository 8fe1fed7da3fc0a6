package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;

/**
 * A competent institution of the receiving standard validated the requested transfer (DOMAIN c6 step
 * 3), holding the validate and recognise functions for it: the saga records the recognition
 * ({@code CreditTransferred}, step 4) on the receiving pathway with this decision's reference.
 */
@MessageName("CreditTransferValidated")
@Revision("1")
public record CreditTransferValidated(
        TransferRequestId transferRequestId, Actor validatedBy, String decisionReference, LocalDate effectiveDate)
        implements TransferRequestEvent {}
