package org.ecvetledger.domain.qualification;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;

/** The award rule set of a draft standard was (re)defined; the last one defined before publishing holds. */
@MessageName("AwardRuleSetDefined")
@Revision("1")
public record AwardRuleSetDefined(QualificationRef standard, AwardRuleSet rules) implements QualificationEvent {}
