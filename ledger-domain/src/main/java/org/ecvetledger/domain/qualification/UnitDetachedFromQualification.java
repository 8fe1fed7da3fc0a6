package org.ecvetledger.domain.qualification;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/** A unit was taken out of a draft standard. */
@MessageName("UnitDetachedFromQualification")
@Revision("1")
public record UnitDetachedFromQualification(QualificationRef standard, UnitRef unit) implements QualificationEvent {}
