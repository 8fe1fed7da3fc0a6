package org.ecvetledger.domain.unit;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.UnitRef;

/** The draft of a unit version was replaced by a new text; earlier drafts stay in the ledger. */
@MessageName("UnitDraftAmended")
@Revision("1")
public record UnitDraftAmended(UnitRef unit, UnitDescription description) implements UnitEvent {}
