package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The transfer ended in a recognition on the receiving pathway (DOMAIN c6 step 4): the lossless
 * {@code CreditTransferred} after validation, or the {@code UnitRecognised} after a targeted
 * assessment. Recorded by the transfer saga.
 *
 * @param recognitionEvent the stable name of the pathway event that recognised the unit
 * @param recognisedBy the body and person that recognised it (revision 2, ADR 0022); null on
 *     revision-1 events, whose recognition names them on the pathway's event
 */
@MessageName("CreditTransferCompleted")
@Revision("2")
public record CreditTransferCompleted(
        TransferRequestId transferRequestId,
        PathwayId pathway,
        UnitRef unit,
        String recognitionEvent,
        LocalDate effectiveDate,
        Actor recognisedBy)
        implements TransferRequestEvent {}
