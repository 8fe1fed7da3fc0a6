package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The transfer ended in a recognition on the receiving pathway (DOMAIN c6 step 4): the lossless
 * {@code CreditTransferred} after validation, or the {@code UnitRecognised} after a targeted
 * assessment. Recorded by the transfer saga.
 *
 * @param recognitionEvent the stable name of the pathway event that recognised the unit
 */
@MessageName("CreditTransferCompleted")
@Revision("1")
public record CreditTransferCompleted(
        TransferRequestId transferRequestId,
        PathwayId pathway,
        UnitRef unit,
        String recognitionEvent,
        LocalDate effectiveDate)
        implements TransferRequestEvent {}
