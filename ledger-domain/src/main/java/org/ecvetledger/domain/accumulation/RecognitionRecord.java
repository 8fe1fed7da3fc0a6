package org.ecvetledger.domain.accumulation;

import java.time.LocalDate;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;

/** A standing recognition of a unit as an appeal against it sees it: the standard whose rules applied, from when, by whom. */
public record RecognitionRecord(QualificationRef standard, LocalDate effectiveDate, InstitutionId recognisedBy) {}
