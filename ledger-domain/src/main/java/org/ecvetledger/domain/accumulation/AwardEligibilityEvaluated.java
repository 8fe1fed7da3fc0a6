package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.qualification.Eligibility;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;

/** The learner's recognised units were evaluated against the standard's award rule set, with the rule trace saying why they are or are not eligible (DOMAIN c5). */
@MessageName("AwardEligibilityEvaluated")
@Revision("1")
public record AwardEligibilityEvaluated(
        PathwayId pathway,
        QualificationRef standard,
        LocalDate evaluatedOn,
        boolean eligible,
        List<Eligibility.RuleOutcome> trace)
        implements PathwayEvent {}
