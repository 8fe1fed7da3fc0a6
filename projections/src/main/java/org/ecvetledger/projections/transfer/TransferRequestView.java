package org.ecvetledger.projections.transfer;

import java.time.LocalDate;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.transfer.TransferRequestId;
import org.ecvetledger.domain.transfer.TransferRoute;

/**
 * A transfer request as it stands (DOMAIN c6, ADR 0022): the credit put forward and for what, the
 * route the equivalence lookup found, and each step taken — by whom, when.
 *
 * @param equivalence null unless the route is {@code EQUIVALENCE}
 * @param coverage null for a targeted assessment
 * @param validated null until validated
 * @param recognitionFollows the validating body left the recognition to a body holding recognise
 * @param recognised null until recognised; the validating body when it recognised in its validation
 * @param recognitionEvent the pathway event that recognised the unit, once completed
 * @param refusalRule with {@code refusalReason} and {@code refusedOn}, once refused
 */
public record TransferRequestView(
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
        TransferRequestState state,
        TransferStepView requested,
        TransferStepView validated,
        boolean recognitionFollows,
        TransferStepView recognised,
        String recognitionEvent,
        LocalDate completedOn,
        String refusalRule,
        String refusalReason,
        LocalDate refusedOn) {}
