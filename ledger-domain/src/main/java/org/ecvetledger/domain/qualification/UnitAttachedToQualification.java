package org.ecvetledger.domain.qualification;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;

/** A unit became part of a draft standard, with its role, points and coefficient in this standard. */
@MessageName("UnitAttachedToQualification")
@Revision("1")
public record UnitAttachedToQualification(QualificationRef standard, AttachedUnit attachment)
        implements QualificationEvent {}
