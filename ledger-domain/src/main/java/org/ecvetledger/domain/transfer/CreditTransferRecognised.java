package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;

/**
 * A body holding the recognise function for the receiving standard recognised a transfer another body
 * validated (DOMAIN c6 step 4, ADR 0022): the saga records the lossless {@code CreditTransferred} on the
 * receiving pathway naming both bodies, with this decision's reference and date.
 */
@MessageName("CreditTransferRecognised")
@Revision("1")
public record CreditTransferRecognised(
        TransferRequestId transferRequestId, Actor recognisedBy, String decisionReference, LocalDate effectiveDate)
        implements TransferRequestEvent {}
