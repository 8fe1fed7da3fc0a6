package org.ecvetledger.app.credential;

import java.util.List;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * What the learner chose to put in a credential.
 *
 * @param qualification only this qualification's credit and award; null for every qualification
 * @param units         only these units; empty for all of them
 */
record CredentialSelection(QualificationId qualification, List<UnitRef> units) {

    CredentialSelection {
        units = units == null ? List.of() : List.copyOf(units);
    }

    boolean includes(QualificationId standard) {
        return qualification == null || qualification.equals(standard);
    }

    boolean includes(UnitRef unit) {
        return units.isEmpty() || units.contains(unit);
    }
}
