package org.ecvetledger.domain.institution;

import org.ecvetledger.domain.shared.InstitutionId;

/** Every event of the {@link CompetentInstitution} aggregate. */
public sealed interface InstitutionEvent
        permits InstitutionRegistered, InstitutionFunctionGranted, InstitutionFunctionWithdrawn {

    InstitutionId institutionId();
}
