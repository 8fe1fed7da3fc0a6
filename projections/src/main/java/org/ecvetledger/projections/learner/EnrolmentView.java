package org.ecvetledger.projections.learner;

import java.time.LocalDate;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;

/** One of a learner's enrolments: the standard version whose rules apply, who enrolled them, from when. */
public record EnrolmentView(
        LearnerId learnerId, QualificationRef standard, InstitutionId enrolledBy, LocalDate enrolledOn) {}
