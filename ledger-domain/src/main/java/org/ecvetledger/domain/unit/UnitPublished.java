package org.ecvetledger.domain.unit;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.UnitRef;

/** A unit version was published and frozen: qualifications may now use it; a change needs a new version. */
@MessageName("UnitPublished")
@Revision("1")
public record UnitPublished(UnitRef unit, LocalDate effectiveFrom) implements UnitEvent {}
