package org.ecvetledger.projections.transfer;

import java.util.Objects;
import org.ecvetledger.domain.shared.InstitutionId;

/**
 * Asks for the transfer requests awaiting a decision {@code institution} may take (R2, ADR 0022): a
 * validation, where it holds validate for the receiving standard, or — left to another body by the
 * validation — a recognition, where it holds recognise. Oldest first.
 */
public record FindPendingTransferRequests(InstitutionId institution) {

    public FindPendingTransferRequests {
        Objects.requireNonNull(institution, "institution");
    }
}
