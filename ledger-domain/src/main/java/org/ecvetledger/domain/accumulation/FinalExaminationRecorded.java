package org.ecvetledger.domain.accumulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;

/** The final examination of the qualification was taken, passed or not, as recorded by its organiser (R17). */
@MessageName("FinalExaminationRecorded")
@Revision("1")
public record FinalExaminationRecorded(
        PathwayId pathway,
        QualificationRef standard,
        Actor organiser,
        LocalDate examinedOn,
        boolean passed,
        BigDecimal grade)
        implements PathwayEvent {}
