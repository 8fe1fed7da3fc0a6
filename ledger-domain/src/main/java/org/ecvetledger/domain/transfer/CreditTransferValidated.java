package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;

/**
 * A competent institution of the receiving standard validated the requested transfer (DOMAIN c6 step
 * 3). Holding the recognise function too, it decided both: the saga records the recognition
 * ({@code CreditTransferred}, step 4) on the receiving pathway with this decision's reference. When
 * {@code recognitionFollows}, the validating body leaves the recognition to a body holding the
 * recognise function (ADR 0022): the request waits for {@link CreditTransferRecognised}.
 *
 * @param recognitionFollows revision 2; false on revision-1 events, when one body always decided both
 */
@MessageName("CreditTransferValidated")
@Revision("2")
public record CreditTransferValidated(
        TransferRequestId transferRequestId,
        Actor validatedBy,
        String decisionReference,
        LocalDate effectiveDate,
        Boolean recognitionFollows)
        implements TransferRequestEvent {

    public CreditTransferValidated {
        recognitionFollows = Boolean.TRUE.equals(recognitionFollows);
    }

    /** A validation by a body that recognises the transfer in the same decision. */
    public CreditTransferValidated(
            TransferRequestId transferRequestId, Actor validatedBy, String decisionReference, LocalDate effectiveDate) {
        this(transferRequestId, validatedBy, decisionReference, effectiveDate, false);
    }
}
