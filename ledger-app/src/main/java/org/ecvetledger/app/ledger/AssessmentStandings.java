package org.ecvetledger.app.ledger;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.assessment.AssessmentRecords;
import org.springframework.stereotype.Component;

/**
 * Answers {@link GetAssessmentStanding} from the same write-side record the {@code Assessment}
 * aggregate consulted, which is written in the command's transaction: the answer right after
 * {@code RecordAssessment} is exact, where a read model would still lag. Only the API's answer to
 * the recording request asks it.
 */
@Component
class AssessmentStandings {

    private final AssessmentRecords records;

    AssessmentStandings(AssessmentRecords records) {
        this.records = records;
    }

    @QueryHandler
    Optional<AssessmentStanding> handle(GetAssessmentStanding query) {
        return records.find(query.assessment())
                .map(record -> new AssessmentStanding(
                        record.assessmentId(),
                        record.flaggedAsDuplicate(),
                        record.flaggedAsDuplicate()
                                ? records.sameContentAs(record.content()).orElse(null)
                                : null));
    }
}
