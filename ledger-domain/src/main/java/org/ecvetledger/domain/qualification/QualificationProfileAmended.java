package org.ecvetledger.domain.qualification;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;

/** The profile of a draft standard was replaced; earlier drafts stay in the ledger. */
@MessageName("QualificationProfileAmended")
@Revision("1")
public record QualificationProfileAmended(QualificationRef standard, QualificationProfile profile)
        implements QualificationEvent {}
