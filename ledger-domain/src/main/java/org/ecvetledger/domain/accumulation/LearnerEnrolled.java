package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * A learner was enrolled in a version of a qualification standard by a (home) institution, from
 * {@code enrolledOn}: the rules of that version apply to their accumulation and award.
 */
@MessageName("LearnerEnrolled")
@Revision("1")
public record LearnerEnrolled(PathwayId pathway, QualificationRef standard, Actor enrolledBy, LocalDate enrolledOn)
        implements PathwayEvent {}
