package org.ecvetledger.app.credential;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.catalogue.GetInstitution;
import org.ecvetledger.projections.catalogue.GetQualification;
import org.ecvetledger.projections.catalogue.GetUnit;
import org.ecvetledger.projections.catalogue.InstitutionView;
import org.ecvetledger.projections.catalogue.QualificationView;
import org.ecvetledger.projections.catalogue.UnitView;

/** The catalogue as one export reads it: each standard, unit and institution asked once. */
final class CatalogueDescriptions {

    private final QueryGateway queries;
    private final Map<QualificationRef, Optional<QualificationView>> qualifications = new HashMap<>();
    private final Map<UnitRef, Optional<UnitView>> units = new HashMap<>();
    private final Map<InstitutionId, Optional<InstitutionView>> institutions = new HashMap<>();

    CatalogueDescriptions(QueryGateway queries) {
        this.queries = queries;
    }

    Optional<QualificationView> qualification(QualificationRef standard) {
        return qualifications.computeIfAbsent(
                standard,
                s -> queries.query(new GetQualification(s), ResponseTypes.optionalInstanceOf(QualificationView.class))
                        .join());
    }

    Optional<UnitView> unit(UnitRef unit) {
        return units.computeIfAbsent(
                unit,
                u -> queries.query(new GetUnit(u), ResponseTypes.optionalInstanceOf(UnitView.class))
                        .join());
    }

    Optional<InstitutionView> institution(InstitutionId institution) {
        return institutions.computeIfAbsent(
                institution,
                i -> queries.query(new GetInstitution(i), ResponseTypes.optionalInstanceOf(InstitutionView.class))
                        .join());
    }
}
