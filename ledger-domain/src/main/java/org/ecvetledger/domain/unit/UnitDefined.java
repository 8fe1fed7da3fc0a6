package org.ecvetledger.domain.unit;

import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.UnitRef;

/** A version of a unit of learning outcomes was drafted; it can be amended until it is published. */
@MessageName("UnitDefined")
@Revision("1")
public record UnitDefined(UnitRef unit, UnitDescription description) implements UnitEvent {}
