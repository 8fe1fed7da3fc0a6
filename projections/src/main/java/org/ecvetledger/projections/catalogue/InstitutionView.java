package org.ecvetledger.projections.catalogue;

import java.util.List;
import org.ecvetledger.domain.institution.InstitutionKind;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;

/**
 * A competent institution as the catalogue knows it.
 *
 * @param functions the functions it holds now (withdrawn ones are left out), by function, standard, jurisdiction
 */
public record InstitutionView(
        InstitutionId institutionId,
        String legalName,
        Jurisdiction jurisdiction,
        InstitutionKind kind,
        List<HeldFunctionView> functions) {

    public InstitutionView {
        functions = List.copyOf(functions);
    }
}
