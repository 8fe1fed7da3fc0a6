package org.ecvetledger.domain.priorlearning;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.assessment.Evidence;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.MessageName;

/** Portfolio items for the case, by reference and SHA-256 (DOMAIN c4 step 2): never the documents themselves. */
@MessageName("EvidenceSubmitted")
@Revision("1")
public record EvidenceSubmitted(RplCaseId caseId, List<Evidence> items, Actor receivedBy, LocalDate submittedOn)
        implements RplCaseEvent {}
