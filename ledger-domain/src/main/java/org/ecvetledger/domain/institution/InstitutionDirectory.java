package org.ecvetledger.domain.institution;

import org.ecvetledger.domain.shared.InstitutionId;

/**
 * Which institutions the catalogue knows, for rules of other aggregates that name institutions
 * (awarding bodies, unit owners, declaring bodies). The application answers it from a lookup
 * table that its write side keeps in the same transaction as the events.
 */
public interface InstitutionDirectory {

    boolean isRegistered(InstitutionId institution);
}
