package org.ecvetledger.projections.credentialstatus;

import java.util.Objects;
import org.ecvetledger.domain.shared.InstitutionId;

/** Asks for an issuer's status list: the indexes of its revoked credentials; empty when it issued none. */
public record GetStatusList(InstitutionId issuer) {

    public GetStatusList {
        Objects.requireNonNull(issuer, "issuer");
    }
}
