package org.ecvetledger.domain.accumulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/** The awarding body awarded the qualification (or partial qualification) on the recognised units that satisfy its rule set (R12, R15, R17). */
@MessageName("QualificationAwarded")
@Revision("1")
public record QualificationAwarded(
        PathwayId pathway,
        QualificationRef standard,
        boolean partialQualification,
        BigDecimal grade,
        List<UnitRef> unitsCounted,
        CreditPoints pointsTotal,
        Actor awardedBy,
        LocalDate effectiveDate,
        String legalBasis)
        implements PathwayEvent {}
