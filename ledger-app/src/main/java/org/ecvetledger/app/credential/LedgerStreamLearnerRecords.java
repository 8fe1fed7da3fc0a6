package org.ecvetledger.app.credential;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.domain.accumulation.LearnerEnrolled;
import org.ecvetledger.domain.accumulation.PartialUnitCreditRecognised;
import org.ecvetledger.domain.accumulation.PathwayId;
import org.ecvetledger.domain.accumulation.QualificationAwarded;
import org.ecvetledger.domain.accumulation.UnitRecognised;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.learner.LearnerRegistered;
import org.ecvetledger.domain.learner.PersonalDataProtection;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.projections.learner.EnrolmentView;
import org.ecvetledger.projections.learner.FindEnrolments;
import org.ecvetledger.projections.mobility.FindLearningAgreements;
import org.ecvetledger.projections.mobility.LearningAgreementState;
import org.ecvetledger.projections.mobility.LearningAgreementSummaryView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Today's {@link LearnerRecords}: the learner from its stream (personal data opened through the
 * vault); recognitions and awards from the streams of the learner's pathways (those of its
 * enrolments and of its assessments, so credit never waits for a read model); assessments from their
 * streams, found through the write side's assessment register; learning agreements from their read
 * model. There is no transcript read model yet (issue 7): once there is, an implementation on it
 * replaces this class (ADR 0012).
 */
@Component
class LedgerStreamLearnerRecords implements LearnerRecords {

    private final QueryGateway queries;
    private final EventStore events;
    private final JdbcTemplate jdbc;
    private final PersonalDataProtection protection;

    LedgerStreamLearnerRecords(
            QueryGateway queries, EventStore events, JdbcTemplate jdbc, PersonalDataProtection protection) {
        this.queries = queries;
        this.protection = protection;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LearnerRecord> recordOf(LearnerId learner) {
        // the learner's own stream, not its read model: an export right after registration must find them
        LearnerRegistered registered = null;
        var learnerStream = events.readEvents(learner.toString());
        while (learnerStream.hasNext()) {
            if (learnerStream.next().getPayload() instanceof LearnerRegistered event) {
                registered = event;
            }
        }
        if (registered == null) {
            return Optional.empty();
        }
        var person = protection.open(learner, registered.personalData()).orElse(null);
        var enrolments = queries.query(
                        new FindEnrolments(learner), ResponseTypes.multipleInstancesOf(EnrolmentView.class))
                .join();
        // every pathway with credit has assessments (exact, from the write side); enrolments add the others
        var assessments = assessments(learner);
        var qualifications = new LinkedHashSet<QualificationId>();
        enrolments.forEach(enrolment -> qualifications.add(enrolment.standard().id()));
        assessments.forEach(
                assessment -> qualifications.add(assessment.content().standard().id()));
        var pathways = new ArrayList<LearnerRecord.PathwayRecord>();
        for (var qualification : qualifications) {
            var pathway = pathway(new PathwayId(learner, qualification));
            if (pathway.standard() != null) {
                pathways.add(pathway);
            }
        }
        var agreements = queries.query(
                        new FindLearningAgreements(learner, null, null, null, null),
                        ResponseTypes.multipleInstancesOf(LearningAgreementSummaryView.class))
                .join();
        var mobilities = agreements.stream()
                .filter(a -> a.state() == LearningAgreementState.ACTIVE
                        || a.state() == LearningAgreementState.COMPLETED
                        || a.state() == LearningAgreementState.COMPLETED_WITH_GAPS)
                .map(a -> new LearnerRecord.MobilityPeriod(
                        a.agreementId(), a.home(), a.host(), a.qualification(), a.mobilityStart(), a.mobilityEnd()))
                .toList();
        return Optional.of(new LearnerRecord(learner, person, List.copyOf(pathways), assessments, mobilities));
    }

    private LearnerRecord.PathwayRecord pathway(PathwayId id) {
        var recognitions = new ArrayList<LearnerRecord.UnitRecognition>();
        var parts = new ArrayList<LearnerRecord.PartRecognition>();
        LearnerRecord.AwardRecord award = null;
        QualificationRef standard = null;
        var stream = events.readEvents(id.toString());
        while (stream.hasNext()) {
            var payload = stream.next().getPayload();
            if (payload instanceof LearnerEnrolled e) {
                standard = e.standard();
            } else if (payload instanceof UnitRecognised e) {
                // a later recognition of the same unit (after its credit expired, R13) replaces the earlier one
                recognitions.removeIf(r -> r.unit().equals(e.unit()));
                recognitions.add(new LearnerRecord.UnitRecognition(
                        e.standard(), e.unit(), e.points(), e.grade(), e.basis(), e.recognisedBy(), e.effectiveDate()));
            } else if (payload instanceof PartialUnitCreditRecognised e) {
                parts.add(new LearnerRecord.PartRecognition(
                        e.standard(), e.unit(), e.learningOutcomes(), e.basis(), e.recognisedBy(), e.effectiveDate()));
            } else if (payload instanceof QualificationAwarded e) {
                award = new LearnerRecord.AwardRecord(
                        e.standard(),
                        e.partialQualification(),
                        e.grade(),
                        e.unitsCounted(),
                        e.pointsTotal(),
                        e.awardedBy(),
                        e.effectiveDate(),
                        e.legalBasis());
            }
            // validations, evaluations and final examinations state nothing a credential claims
        }
        return new LearnerRecord.PathwayRecord(standard, List.copyOf(recognitions), List.copyOf(parts), award);
    }

    private List<LearnerRecord.AssessmentRecord> assessments(LearnerId learner) {
        var ids = jdbc.queryForList(
                "select assessment_id from wl_assessment where learner_id = ? order by recorded_order",
                UUID.class,
                learner.value());
        var records = new ArrayList<LearnerRecord.AssessmentRecord>();
        for (var id : ids) {
            var stream = events.readEvents(id.toString());
            while (stream.hasNext()) {
                if (stream.next().getPayload() instanceof AssessmentRecorded recorded) {
                    records.add(new LearnerRecord.AssessmentRecord(new AssessmentId(id), recorded.content()));
                }
            }
        }
        return List.copyOf(records);
    }
}
