package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;

/**
 * The receiving pathway refused to take the validated transfer into account (for instance the unit
 * was recognised meanwhile, or the equivalence was withdrawn): the request ends without credit, with
 * the rule that refused it. Recorded by the transfer saga.
 */
@MessageName("CreditTransferRefused")
@Revision("1")
public record CreditTransferRefused(
        TransferRequestId transferRequestId, String rule, String reason, LocalDate effectiveDate)
        implements TransferRequestEvent {}
