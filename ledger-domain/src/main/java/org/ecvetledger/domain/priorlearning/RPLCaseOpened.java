package org.ecvetledger.domain.priorlearning;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * A competent institution opened a case to recognise a learner's non-formal and informal learning
 * against units of a standard (DOMAIN c4 step 1); {@code entryPoint} is who referred the learner.
 */
@MessageName("RPLCaseOpened")
@Revision("1")
public record RPLCaseOpened(
        RplCaseId caseId,
        LearnerId learner,
        QualificationRef standard,
        List<UnitRef> targetUnits,
        Actor competentInstitution,
        String entryPoint,
        LocalDate openedOn)
        implements RplCaseEvent {}
