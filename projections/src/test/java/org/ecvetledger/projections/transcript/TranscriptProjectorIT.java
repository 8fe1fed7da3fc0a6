package org.ecvetledger.projections.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.projections.transcript.TranscriptHistory.BACPRO;
import static org.ecvetledger.projections.transcript.TranscriptHistory.BRANLY;
import static org.ecvetledger.projections.transcript.TranscriptHistory.MALTA;
import static org.ecvetledger.projections.transcript.TranscriptHistory.MUENCHEN;
import static org.ecvetledger.projections.transcript.TranscriptHistory.U12;
import static org.ecvetledger.projections.transcript.TranscriptHistory.U31;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.learningagreement.AgreementParty;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementSigned;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumSigned;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class TranscriptProjectorIT {

    private static final JdbcTemplate jdbc = ReadModelDatabase.jdbc();
    private static final Instant START = Instant.parse("2027-01-01T08:00:00Z");
    private final TranscriptProjector projector =
            new TranscriptProjector(jdbc, Clock.fixed(Instant.parse("2027-12-01T00:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void reset() {
        projector.reset();
        projector.on(
                drafted(BACPRO, CreditFramework.NONE, "FR", new GradingScale(BigDecimal.ZERO, BigDecimal.valueOf(20))));
        projector.on(drafted(MALTA, CreditFramework.ECVET, "MT", null));
    }

    private static QualificationStandardDrafted drafted(
            QualificationRef standard, CreditFramework framework, String jurisdiction, GradingScale scale) {
        return new QualificationStandardDrafted(
                standard,
                new QualificationProfile(
                        MultilingualText.of("en", standard.toString()),
                        Jurisdiction.of(jurisdiction),
                        List.of(BRANLY),
                        4,
                        null,
                        false,
                        false,
                        framework,
                        null,
                        null,
                        scale,
                        null,
                        null),
                List.of());
    }

    private void project(TranscriptHistory history) {
        history.recorded.forEach(r -> projector.record(r.event(), r.envelope()));
    }

    /** S01 with the agreement signed and the MoU signed after drafting. */
    static TranscriptHistory mobilityCredit(long firstPosition) {
        var history = new TranscriptHistory(firstPosition, START);
        var mou = new MemorandumId(UUID.randomUUID());
        var agreement = new LearningAgreementId(UUID.randomUUID());
        var assessment = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(BACPRO, LocalDate.of(2026, 9, 1)), history.stream(BACPRO));
        history.record(TranscriptHistory.memorandum(mou), mou.toString());
        history.record(
                new MemorandumSigned(mou, 1, MUENCHEN, "Head of München", LocalDate.of(2026, 6, 15)), mou.toString());
        history.record(history.agreement(agreement, mou), agreement.toString());
        history.record(
                new LearningAgreementSigned(agreement, 1, AgreementParty.HOST, "Host tutor", LocalDate.of(2026, 10, 1)),
                agreement.toString());
        history.record(
                history.assessed(assessment, BACPRO, U31, MUENCHEN, LocalDate.of(2027, 3, 25), true, 14, agreement),
                assessment.toString());
        history.record(history.validated(BACPRO, U31, assessment, LocalDate.of(2027, 4, 10)), history.stream(BACPRO));
        history.record(
                history.recognised(BACPRO, U31, null, 14, assessment, LocalDate.of(2027, 4, 12), null),
                history.stream(BACPRO));
        return history;
    }

    @Test
    void S01_the_transcript_read_back_from_postgresql_shows_the_mobility_credit_with_its_standard_profile() {
        var history = mobilityCredit(1_000);
        project(history);

        var transcript =
                projector.handle(new GetTranscript(history.learner, null, null)).orElseThrow();

        assertThat(transcript.units()).singleElement().satisfies(unit -> {
            assertThat(unit.status()).isEqualTo(UnitStatus.RECOGNISED);
            assertThat(unit.jurisdiction()).isEqualTo("FR");
            assertThat(unit.framework()).isEqualTo("NONE");
            assertThat(unit.grade()).isEqualByComparingTo("14");
            assertThat(unit.mobility().host()).isEqualTo(MUENCHEN.value());
            assertThat(unit.attempts())
                    .singleElement()
                    .satisfies(a -> assertThat(a.assessor()).isEqualTo(MUENCHEN.value()));
        });
        assertThat(transcript)
                .as("the rows read back fold exactly like the events recorded")
                .isEqualTo(TranscriptFold.fold(
                        history.learner.toString(),
                        history.entries(),
                        java.util.Map.of(
                                BACPRO.toString(), new StandardProfile(BACPRO.toString(), "FR", "NONE", "0-20")),
                        new TimeSlice(null, null, LocalDate.of(2027, 12, 1))));
    }

    @Test
    void a_learner_sees_only_their_own_history_and_the_mous_of_their_own_agreements() {
        var lea = mobilityCredit(2_000);
        var other = new TranscriptHistory(3_000, START);
        var assessment = new AssessmentId(UUID.randomUUID());
        other.record(other.enrolled(MALTA, LocalDate.of(2025, 1, 6)), other.stream(MALTA));
        other.record(
                other.assessed(assessment, MALTA, U12, BRANLY, LocalDate.of(2025, 3, 1), true, null, null),
                assessment.toString());
        project(lea);
        project(other);

        var leaTrail =
                projector.handle(new GetLearnerTrail(lea.learner, null, null)).orElseThrow();
        var otherTrail =
                projector.handle(new GetLearnerTrail(other.learner, null, null)).orElseThrow();
        var otherTranscript =
                projector.handle(new GetTranscript(other.learner, null, null)).orElseThrow();

        assertThat(leaTrail.entries())
                .extracting(TrailEntryView::eventType)
                .containsExactly(
                        "LearnerEnrolled",
                        "MemorandumDrafted",
                        "MemorandumSigned",
                        "LearningAgreementDrafted",
                        "LearningAgreementSigned",
                        "AssessmentRecorded",
                        "CreditValidated",
                        "UnitRecognised");
        assertThat(otherTrail.entries())
                .extracting(TrailEntryView::eventType)
                .containsExactly("LearnerEnrolled", "AssessmentRecorded");
        assertThat(otherTranscript.units()).extracting(TranscriptUnitView::unit).containsExactly("U12@1");
        assertThat(projector.handle(new GetTranscript(new LearnerId(UUID.randomUUID()), null, null)))
                .isEmpty();
    }

    @Test
    void redelivered_events_are_kept_once() {
        var history = mobilityCredit(4_000);
        project(history);
        project(history);

        assertThat(projector
                        .handle(new GetLearnerTrail(history.learner, null, null))
                        .orElseThrow()
                        .entries())
                .hasSize(history.recorded.size());
    }

    @Test
    void knownAt_leaves_out_what_was_recorded_later() {
        var history = mobilityCredit(5_000);
        project(history);
        var beforeRecognition = history.recorded
                .get(history.recorded.size() - 1)
                .envelope()
                .recordedAt()
                .minusSeconds(1);

        var then = projector
                .handle(new GetTranscript(history.learner, null, beforeRecognition))
                .orElseThrow();
        var trail = projector
                .handle(new GetLearnerTrail(history.learner, null, beforeRecognition))
                .orElseThrow();

        assertThat(then.units().get(0).status()).isEqualTo(UnitStatus.IN_PROGRESS);
        assertThat(trail.entries()).extracting(TrailEntryView::eventType).doesNotContain("UnitRecognised");
        assertThat(then.knownAt()).isEqualTo(beforeRecognition);
    }

    @Test
    void S32_the_award_trail_of_one_qualification_leaves_out_the_learners_other_pathways() {
        var history = mobilityCredit(6_000);
        var malta = new AssessmentId(UUID.randomUUID());
        history.record(history.enrolled(MALTA, LocalDate.of(2027, 9, 1)), history.stream(MALTA));
        history.record(
                history.assessed(malta, MALTA, U12, BRANLY, LocalDate.of(2027, 10, 1), true, null, null),
                malta.toString());
        history.record(history.awarded(BACPRO, List.of(U31), null, LocalDate.of(2027, 7, 1)), history.stream(BACPRO));
        project(history);

        var trail = projector
                .handle(new GetQualificationTrail(history.learner, BACPRO.id(), null, null))
                .orElseThrow();

        assertThat(trail.entries())
                .extracting(TrailEntryView::stage)
                .containsExactly(
                        TrailStage.LEARNER,
                        TrailStage.MEMORANDUM,
                        TrailStage.MEMORANDUM,
                        TrailStage.LEARNING_AGREEMENT,
                        TrailStage.LEARNING_AGREEMENT,
                        TrailStage.ASSESSMENT,
                        TrailStage.VALIDATION,
                        TrailStage.RECOGNITION,
                        TrailStage.AWARD);
        assertThat(trail.entries())
                .filteredOn(e -> e.stage() == TrailStage.ASSESSMENT)
                .singleElement()
                .satisfies(e -> assertThat(e.payload().toString()).contains(TranscriptHistory.SHA));
    }

    @Test
    void R28_an_institution_sees_the_events_it_took_part_in_and_no_other() {
        var history = mobilityCredit(7_000);
        project(history);

        var host = projector.handle(new GetInstitutionTrail(MUENCHEN, null, null));
        var stranger = projector.handle(new GetInstitutionTrail(new InstitutionId("IT-ENTE-ROMA"), null, null));

        assertThat(host.entries())
                .extracting(TrailEntryView::eventType)
                .containsExactly(
                        "MemorandumDrafted",
                        "MemorandumSigned",
                        "LearningAgreementDrafted",
                        "LearningAgreementSigned",
                        "AssessmentRecorded");
        assertThat(stranger.entries()).isEmpty();
    }
}
