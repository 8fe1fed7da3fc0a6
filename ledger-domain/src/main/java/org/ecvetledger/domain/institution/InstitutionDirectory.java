package org.ecvetledger.domain.institution;

import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.QualificationId;

/**
 * Which institutions the catalogue knows, for rules of other aggregates that name institutions
 * (awarding bodies, unit owners, declaring bodies). The application answers it from a lookup
 * table that its write side keeps in the same transaction as the events.
 */
public interface InstitutionDirectory {

    boolean isRegistered(InstitutionId institution);

    /**
     * R2: whether the institution holds {@code function} for {@code standard} in {@code where} (a grant
     * for that standard or for every standard, in that jurisdiction or one containing it).
     */
    boolean holds(
            InstitutionId institution, InstitutionFunction function, QualificationId standard, Jurisdiction where);
}
