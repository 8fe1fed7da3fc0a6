package org.ecvetledger.domain.institution;

import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.MessageName;

/** A body was registered in the catalogue as a (potential) competent institution. */
@MessageName("InstitutionRegistered")
@Revision("1")
public record InstitutionRegistered(
        InstitutionId institutionId, String legalName, Jurisdiction jurisdiction, InstitutionKind kind)
        implements InstitutionEvent {

    public InstitutionRegistered {
        Objects.requireNonNull(institutionId, "institutionId");
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(kind, "kind");
    }
}
