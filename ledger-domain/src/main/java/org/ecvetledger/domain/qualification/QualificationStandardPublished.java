package org.ecvetledger.domain.qualification;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;

/**
 * A version of a standard passed the consistency checks (R6, R9, R12) and was frozen; learners may
 * enrol in it from {@code effectiveFrom}.
 */
@MessageName("QualificationStandardPublished")
@Revision("1")
public record QualificationStandardPublished(QualificationRef standard, LocalDate effectiveFrom)
        implements QualificationEvent {}
