package org.ecvetledger.app.workqueue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.projections.learner.FindLearner;
import org.ecvetledger.projections.learner.LearnerView;
import org.ecvetledger.projections.workqueue.FindWorkQueue;
import org.ecvetledger.projections.workqueue.QueueItemView;
import org.ecvetledger.projections.workqueue.QueuedAssessmentView;
import org.ecvetledger.projections.workqueue.WorkQueueView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An institution's work queue (issue 11, ADR 0021): assessed credit awaiting its validation and
 * validated credit awaiting its recognition, where it holds the function (R2), each with the
 * learner, the assessments behind it, their evidence and learning agreement. Built by a read model,
 * so a decision just taken leaves the queue a moment later.
 */
@RestController
class WorkQueueController {

    private final QueryGateway queries;

    WorkQueueController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/institutions/{institutionId}/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    WorkQueue queue(@PathVariable String institutionId) {
        var institution = InvalidField.check("institutionId", () -> new InstitutionId(institutionId.strip()));
        return answer(
                queries,
                queries.query(new FindWorkQueue(institution), WorkQueueView.class)
                        .join());
    }

    /** The queue with each learner's name, for the API and the staff pages. */
    static WorkQueue answer(QueryGateway queries, WorkQueueView view) {
        var names = new HashMap<LearnerId, String>();
        return new WorkQueue(
                view.institution().value(),
                items(queries, names, view.awaitingValidation()),
                items(queries, names, view.awaitingRecognition()));
    }

    private static List<Item> items(QueryGateway queries, Map<LearnerId, String> names, List<QueueItemView> items) {
        return items.stream()
                .map(item -> new Item(
                        item.learner().value().toString(),
                        names.computeIfAbsent(item.learner(), learner -> nameOf(queries, learner)),
                        item.qualification().value(),
                        item.unit().toString(),
                        item.learningOutcomes(),
                        item.assessments().stream()
                                .map(WorkQueueController::assessment)
                                .toList()))
                .toList();
    }

    /** The learner's name, or null once their personal data is erased. */
    private static String nameOf(QueryGateway queries, LearnerId learner) {
        return queries.query(new FindLearner(learner), ResponseTypes.optionalInstanceOf(LearnerView.class))
                .join()
                .flatMap(view -> Optional.ofNullable(view.personalData()))
                .map(data -> data.givenName() + " " + data.familyName())
                .orElse(null);
    }

    private static Assessment assessment(QueuedAssessmentView view) {
        return new Assessment(
                view.assessmentId().value().toString(),
                view.standard().toString(),
                new Actor(view.assessor().institution().value(), view.assessor().person()),
                view.assessedOn().toString(),
                view.agreement() == null ? null : view.agreement().value().toString(),
                view.evidence().stream()
                        .map(e -> new Evidence(e.documentId(), e.sha256()))
                        .toList(),
                view.grade(),
                view.gradingScheme());
    }

    record WorkQueue(String institution, List<Item> awaitingValidation, List<Item> awaitingRecognition) {}

    /**
     * @param learnerName null once the learner's personal data is erased
     * @param learningOutcomes awaiting validation: those the assessment found achieved; awaiting
     *     recognition: those validated so far
     */
    record Item(
            String learnerId,
            String learnerName,
            String qualification,
            String unit,
            List<String> learningOutcomes,
            List<Assessment> assessments) {}

    record Assessment(
            String assessmentId,
            String standard,
            Actor assessor,
            String assessedOn,
            String learningAgreement,
            List<Evidence> evidence,
            BigDecimal grade,
            String gradingScheme) {}

    record Actor(String institution, String person) {}

    record Evidence(String documentId, String sha256) {}
}
