package org.ecvetledger.domain.partnership;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecvetledger.domain.shared.InstitutionId;

/** Signs the current version of an MoU on behalf of one party. */
public record SignMemorandum(
        @TargetAggregateIdentifier MemorandumId memorandumId,
        int version,
        InstitutionId party,
        String signatory,
        LocalDate signedOn) {

    public SignMemorandum {
        Objects.requireNonNull(memorandumId, "memorandumId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(signatory, "signatory");
        if (signatory.isBlank()) {
            throw new IllegalArgumentException("signatory must not be blank");
        }
    }
}
