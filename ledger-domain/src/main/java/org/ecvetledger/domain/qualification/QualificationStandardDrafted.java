package org.ecvetledger.domain.qualification;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.domain.shared.QualificationRef;

/** A version of a qualification standard was drafted; for a version after the first, with its transition table. */
@MessageName("QualificationStandardDrafted")
@Revision("1")
public record QualificationStandardDrafted(
        QualificationRef standard, QualificationProfile profile, List<UnitTransition> transitionFromPrevious)
        implements QualificationEvent {

    public QualificationStandardDrafted {
        transitionFromPrevious = List.copyOf(transitionFromPrevious);
    }
}
