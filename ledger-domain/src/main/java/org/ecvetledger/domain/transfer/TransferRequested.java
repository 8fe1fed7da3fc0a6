package org.ecvetledger.domain.transfer;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * The learner's recognised credit was put forward for a unit of another qualification (DOMAIN c6
 * step 1), with the outcome of the equivalence lookup (step 2): the equivalence in force and its
 * coverage, the common core, or — none found — a targeted assessment.
 *
 * @param equivalence the equivalence in force, for route {@code EQUIVALENCE}; else null
 * @param coverage FULL or PARTIAL for an equivalence, FULL for the common core, null for a targeted assessment
 */
@MessageName("TransferRequested")
@Revision("1")
public record TransferRequested(
        TransferRequestId transferRequestId,
        LearnerId learner,
        QualificationRef sourceStandard,
        UnitRef sourceUnit,
        QualificationRef standard,
        UnitRef unit,
        TransferRoute route,
        EquivalenceId equivalence,
        Integer equivalenceVersion,
        Coverage coverage,
        Actor requestedBy,
        LocalDate requestedOn)
        implements TransferRequestEvent {}
