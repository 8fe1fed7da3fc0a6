package org.ecvetledger.projections.workqueue;

import java.util.Objects;
import org.ecvetledger.domain.shared.InstitutionId;

/** Asks for the credits awaiting a decision {@code institution} is competent to take (its work queue). */
public record FindWorkQueue(InstitutionId institution) {

    public FindWorkQueue {
        Objects.requireNonNull(institution, "institution");
    }
}
