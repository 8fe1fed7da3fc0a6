package org.ecvetledger.projections.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecvetledger.domain.learningagreement.AgreementParty;
import org.ecvetledger.domain.learningagreement.AssessmentArrangement;
import org.ecvetledger.domain.learningagreement.LearningAgreementActivated;
import org.ecvetledger.domain.learningagreement.LearningAgreementAmended;
import org.ecvetledger.domain.learningagreement.LearningAgreementCancelled;
import org.ecvetledger.domain.learningagreement.LearningAgreementChangeAccepted;
import org.ecvetledger.domain.learningagreement.LearningAgreementChangeProposed;
import org.ecvetledger.domain.learningagreement.LearningAgreementChangeRejected;
import org.ecvetledger.domain.learningagreement.LearningAgreementCompleted;
import org.ecvetledger.domain.learningagreement.LearningAgreementDrafted;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementSigned;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.learningagreement.MobilityDocumentIssued;
import org.ecvetledger.domain.learningagreement.MobilityDocumentType;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.domain.partnership.MemorandumActivated;
import org.ecvetledger.domain.partnership.MemorandumAmended;
import org.ecvetledger.domain.partnership.MemorandumDrafted;
import org.ecvetledger.domain.partnership.MemorandumExpired;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumParty;
import org.ecvetledger.domain.partnership.MemorandumReviewed;
import org.ecvetledger.domain.partnership.MemorandumScope;
import org.ecvetledger.domain.partnership.MemorandumSigned;
import org.ecvetledger.domain.partnership.MemorandumTerminated;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mobility read model, built from MoU and learning-agreement events on a real PostgreSQL with the read models' own migrations. */
class MobilityProjectorIT {

    private static final InstitutionId BRANLY = new InstitutionId("FR-LYCEE-BRANLY");
    private static final InstitutionId MAJORANA = new InstitutionId("IT-IIS-MAJORANA");
    private static final InstitutionId HANDWERK = new InstitutionId("DE-HWK-KOELN");
    private static final QualificationRef MELEC = QualificationRef.of("FR-BACPRO-MELEC", 1);
    private static final UnitRef U31 = UnitRef.of("U31", 1);
    private static final UnitRef U32 = UnitRef.of("U32", 1);
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

    private static final JdbcTemplate jdbc = ReadModelDatabase.jdbc();

    private MemorandumProjector memoranda;
    private LearningAgreementProjector agreements;

    @BeforeEach
    void setUp() {
        memoranda = new MemorandumProjector(jdbc);
        agreements = new LearningAgreementProjector(jdbc);
        resetTheMobilityReadModel();
    }

    // Memoranda of Understanding

    @Test
    void a_memorandum_goes_from_draft_through_signatures_and_an_amendment_to_its_expiry() {
        var mou = aMemorandumId();
        var v1 = mouTerms("Electricians' mobility", BRANLY, MAJORANA);
        var v2 = mouTerms("Electricians' mobility, three partners", BRANLY, MAJORANA, HANDWERK);

        given(0, new MemorandumDrafted(mou, 1, v1));
        assertThat(stateOf(mou)).isEqualTo(MemorandumState.DRAFT);

        given(1, new MemorandumSigned(mou, 1, BRANLY, "Mme Proviseure", SEPTEMBER));
        assertThat(stateOf(mou)).isEqualTo(MemorandumState.PARTIALLY_SIGNED);

        given(2, new MemorandumSigned(mou, 1, MAJORANA, "Il Dirigente", SEPTEMBER.plusDays(3)));
        given(3, new MemorandumActivated(mou, 1, SEPTEMBER.plusDays(3)));
        assertThat(memoranda.handle(new GetMemorandum(mou, null)).orElseThrow()).satisfies(view -> {
            assertThat(view.state()).isEqualTo(MemorandumState.ACTIVE);
            assertThat(view.versionInForce()).isEqualTo(1);
            assertThat(view.activeFrom()).isEqualTo(SEPTEMBER.plusDays(3));
        });

        given(4, new MemorandumReviewed(mou, 1, SEPTEMBER.plusMonths(6), "keep going"));
        given(5, new MemorandumAmended(mou, 2, v2, "the Cologne chamber joins"));
        assertThat(memoranda.handle(new GetMemorandum(mou, null)).orElseThrow()).satisfies(view -> {
            assertThat(view.state()).isEqualTo(MemorandumState.AMENDMENT_PENDING);
            assertThat(view.latestVersion()).isEqualTo(2);
            assertThat(view.versionInForce()).isEqualTo(1);
        });

        given(6, new MemorandumSigned(mou, 2, HANDWERK, "Herr Präsident", SEPTEMBER.plusMonths(7)));
        assertThat(stateOf(mou)).isEqualTo(MemorandumState.AMENDMENT_PENDING);

        given(7, new MemorandumSigned(mou, 2, BRANLY, "Mme Proviseure", SEPTEMBER.plusMonths(7)));
        given(8, new MemorandumSigned(mou, 2, MAJORANA, "Il Dirigente", SEPTEMBER.plusMonths(8)));
        given(9, new MemorandumActivated(mou, 2, SEPTEMBER.plusMonths(8)));
        assertThat(memoranda.handle(new GetMemorandum(mou, null)).orElseThrow())
                .isEqualTo(new MemorandumView(
                        mou,
                        MemorandumState.ACTIVE,
                        2,
                        2,
                        SEPTEMBER.plusMonths(8),
                        null,
                        null,
                        List.of(1, 2),
                        new MemorandumVersionView(
                                2,
                                v2,
                                "the Cologne chamber joins",
                                SEPTEMBER.plusMonths(8),
                                List.of(
                                        new MemorandumSignatureView(
                                                HANDWERK, "Herr Präsident", SEPTEMBER.plusMonths(7)),
                                        new MemorandumSignatureView(BRANLY, "Mme Proviseure", SEPTEMBER.plusMonths(7)),
                                        new MemorandumSignatureView(
                                                MAJORANA, "Il Dirigente", SEPTEMBER.plusMonths(8)))),
                        List.of(new MemorandumReviewView(1, SEPTEMBER.plusMonths(6), "keep going"))));

        given(10, new MemorandumExpired(mou, 2, v2.validUntil().plusDays(1)));
        assertThat(memoranda.handle(new GetMemorandum(mou, null)).orElseThrow()).satisfies(view -> {
            assertThat(view.state()).isEqualTo(MemorandumState.EXPIRED);
            assertThat(view.endedOn()).isEqualTo(v2.validUntil().plusDays(1));
            assertThat(view.versionInForce()).isEqualTo(2);
            assertThat(view.termination()).isNull();
        });
    }

    @Test
    void an_older_version_of_a_memorandum_keeps_its_own_terms_and_signatures() {
        var mou = aMemorandumId();
        var v1 = mouTerms("Electricians' mobility", BRANLY, MAJORANA);
        anActiveMemorandum(mou, v1);
        given(4, new MemorandumAmended(mou, 2, mouTerms("Revised", BRANLY, MAJORANA), "longer stays"));

        assertThat(memoranda.handle(new GetMemorandum(mou, 1)).orElseThrow()).satisfies(view -> {
            assertThat(view.versions()).containsExactly(1, 2);
            assertThat(view.latestVersion()).isEqualTo(2);
            assertThat(view.version())
                    .isEqualTo(new MemorandumVersionView(
                            1,
                            v1,
                            null,
                            SEPTEMBER,
                            List.of(
                                    new MemorandumSignatureView(BRANLY, "Mme Proviseure", SEPTEMBER),
                                    new MemorandumSignatureView(MAJORANA, "Il Dirigente", SEPTEMBER))));
        });
        assertThat(memoranda.handle(new GetMemorandum(mou, 2)).orElseThrow().version())
                .satisfies(version -> {
                    assertThat(version.terms().title()).isEqualTo("Revised");
                    assertThat(version.amendmentReason()).isEqualTo("longer stays");
                    assertThat(version.activeFrom()).isNull();
                    assertThat(version.signatures()).isEmpty();
                });
        assertThat(memoranda.handle(new GetMemorandum(mou, 3))).isEmpty();
        assertThat(memoranda.handle(new GetMemorandum(aMemorandumId(), null))).isEmpty();
    }

    @Test
    void a_draft_amended_before_anyone_signed_it_all_stays_a_draft_and_a_terminated_one_says_who_ended_it() {
        var draft = aMemorandumId();
        given(0, new MemorandumDrafted(draft, 1, mouTerms("First draft", BRANLY, MAJORANA)));
        given(1, new MemorandumSigned(draft, 1, BRANLY, "Mme Proviseure", SEPTEMBER));
        given(2, new MemorandumAmended(draft, 2, mouTerms("Second draft", BRANLY, MAJORANA), "typo"));

        assertThat(stateOf(draft)).isEqualTo(MemorandumState.DRAFT);

        var ended = aMemorandumId();
        anActiveMemorandum(ended, mouTerms("Short-lived", BRANLY, HANDWERK));
        given(4, new MemorandumTerminated(ended, 1, HANDWERK, SEPTEMBER.plusMonths(2), "programme closed"));

        assertThat(memoranda.handle(new GetMemorandum(ended, null)).orElseThrow())
                .satisfies(view -> {
                    assertThat(view.state()).isEqualTo(MemorandumState.TERMINATED);
                    assertThat(view.endedOn()).isEqualTo(SEPTEMBER.plusMonths(2));
                    assertThat(view.termination())
                            .isEqualTo(new MemorandumTerminationView(HANDWERK, "programme closed"));
                });
    }

    @Test
    void memoranda_are_found_by_party_and_by_state() {
        var bilateral = aMemorandumId();
        var trilateral = aMemorandumId();
        var draft = aMemorandumId();
        anActiveMemorandum(bilateral, mouTerms("A bilateral", BRANLY, MAJORANA));
        given(0, new MemorandumDrafted(trilateral, 1, mouTerms("B trilateral", BRANLY, MAJORANA, HANDWERK)));
        given(0, new MemorandumDrafted(draft, 1, mouTerms("C German-Italian", HANDWERK, MAJORANA)));
        given(1, new MemorandumSigned(draft, 1, HANDWERK, "Herr Präsident", SEPTEMBER));

        assertThat(findMemoranda(null, null)).containsExactly(bilateral, trilateral, draft);
        assertThat(findMemoranda(BRANLY, null)).containsExactly(bilateral, trilateral);
        assertThat(findMemoranda(HANDWERK, "partially_signed")).containsExactly(draft);
        assertThat(findMemoranda(null, "ACTIVE")).containsExactly(bilateral);
        assertThat(findMemoranda(null, " ")).hasSize(3);
        assertThat(findMemoranda(null, "UNDER_REVIEW")).isEmpty();
        assertThat(memoranda.handle(new FindMemoranda(HANDWERK, "DRAFT")))
                .containsExactly(new MemorandumSummaryView(
                        trilateral,
                        "B trilateral",
                        List.of(BRANLY, MAJORANA, HANDWERK),
                        MemorandumState.DRAFT,
                        1,
                        null,
                        null,
                        null));
    }

    @Test
    void a_party_leaving_in_a_pending_amendment_still_finds_the_version_in_force() {
        var mou = aMemorandumId();
        anActiveMemorandum(mou, mouTerms("Three partners", BRANLY, MAJORANA));
        given(4, new MemorandumAmended(mou, 2, mouTerms("Without Branly", MAJORANA, HANDWERK), "Branly leaves"));

        assertThat(findMemoranda(BRANLY, null)).containsExactly(mou);
        assertThat(findMemoranda(HANDWERK, null)).containsExactly(mou);
        assertThat(memoranda.handle(new FindMemoranda(null, null)).get(0).parties())
                .containsExactly(MAJORANA, HANDWERK);
    }

    // learning agreements

    @Test
    void a_learning_agreement_is_signed_one_by_one_amended_by_an_accepted_proposal_and_completed_with_gaps() {
        var mou = aMemorandumId();
        var agreement = anAgreementId();
        var learner = aLearnerId();
        var v1 = laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5"), planned(U32, null, "LO1", "LO2"));
        var v2 = laTerms(BRANLY, MAJORANA, SEPTEMBER.plusDays(7), planned(U31, "7.5"), planned(U32, null, "LO1"));

        given(0, new LearningAgreementDrafted(agreement, 1, learner, mou, v1, "MELEC 2026"));
        assertThat(agreementStateOf(agreement)).isEqualTo(LearningAgreementState.DRAFT);

        given(1, new LearningAgreementSigned(agreement, 1, AgreementParty.LEARNER, "Léa Martin", SEPTEMBER));
        given(2, new LearningAgreementSigned(agreement, 1, AgreementParty.HOME, "Mme Proviseure", SEPTEMBER));
        assertThat(agreementStateOf(agreement)).isEqualTo(LearningAgreementState.PARTIALLY_SIGNED);

        given(3, new LearningAgreementSigned(agreement, 1, AgreementParty.HOST, "Il Dirigente", SEPTEMBER.plusDays(1)));
        given(4, new LearningAgreementActivated(agreement, 1, SEPTEMBER.plusDays(1)));
        assertThat(agreementStateOf(agreement)).isEqualTo(LearningAgreementState.ACTIVE);

        given(5, new LearningAgreementChangeProposed(agreement, 1, 1, v2, AgreementParty.HOST, "workshop closed"));
        given(6, changeAccepted(agreement, 1, AgreementParty.HOME, SEPTEMBER.plusDays(2)));
        var halfway =
                agreements.handle(new GetLearningAgreement(agreement, null)).orElseThrow();
        assertThat(halfway.proposals()).singleElement().satisfies(proposal -> {
            assertThat(proposal.status()).isEqualTo(ChangeProposalStatus.OPEN);
            assertThat(proposal.acceptances())
                    .extracting(ChangeAcceptanceView::acceptedBy)
                    .containsExactly(AgreementParty.HOME);
        });
        assertThat(halfway.latestVersion()).isEqualTo(1);

        given(7, changeAccepted(agreement, 1, AgreementParty.LEARNER, SEPTEMBER.plusDays(3)));
        given(8, new LearningAgreementAmended(agreement, 2, 1, v2));
        given(9, new LearningAgreementChangeProposed(agreement, 2, 2, v1, AgreementParty.LEARNER, "back to plan"));
        given(10, new LearningAgreementChangeRejected(agreement, 2, AgreementParty.HOST, "no slot left"));
        given(
                11,
                new MobilityDocumentIssued(
                        agreement,
                        MAJORANA,
                        MobilityDocumentType.HOST_TRANSCRIPT,
                        SEPTEMBER.plusDays(40),
                        "U31 achieved; U32 LO1 achieved"));
        given(
                12,
                new MobilityDocumentIssued(
                        agreement,
                        MAJORANA,
                        MobilityDocumentType.EUROPASS_MOBILITY,
                        SEPTEMBER.plusDays(41),
                        "Europass Mobility 2026-IT-0042"));
        given(
                13,
                new LearningAgreementCompleted(
                        agreement, 2, SEPTEMBER.plusDays(60), List.of(planned(U32, null, "LO1"))));

        assertThat(agreements.handle(new GetLearningAgreement(agreement, null)).orElseThrow())
                .isEqualTo(new LearningAgreementView(
                        agreement,
                        learner,
                        mou,
                        "MELEC 2026",
                        LearningAgreementState.COMPLETED_WITH_GAPS,
                        2,
                        SEPTEMBER.plusDays(1),
                        List.of(1, 2),
                        new LearningAgreementVersionView(2, v2, 1, List.of()),
                        null,
                        new CompletionView(SEPTEMBER.plusDays(60), List.of(planned(U32, null, "LO1"))),
                        List.of(
                                new ChangeProposalView(
                                        1,
                                        1,
                                        v2,
                                        AgreementParty.HOST,
                                        "workshop closed",
                                        ChangeProposalStatus.ACCEPTED,
                                        List.of(
                                                new ChangeAcceptanceView(
                                                        AgreementParty.HOME, "HOME signatory", SEPTEMBER.plusDays(2)),
                                                new ChangeAcceptanceView(
                                                        AgreementParty.LEARNER,
                                                        "LEARNER signatory",
                                                        SEPTEMBER.plusDays(3))),
                                        null,
                                        null,
                                        2),
                                new ChangeProposalView(
                                        2,
                                        2,
                                        v1,
                                        AgreementParty.LEARNER,
                                        "back to plan",
                                        ChangeProposalStatus.REJECTED,
                                        List.of(),
                                        AgreementParty.HOST,
                                        "no slot left",
                                        null)),
                        List.of(
                                new MobilityDocumentView(
                                        MAJORANA,
                                        MobilityDocumentType.HOST_TRANSCRIPT,
                                        SEPTEMBER.plusDays(40),
                                        "U31 achieved; U32 LO1 achieved"),
                                new MobilityDocumentView(
                                        MAJORANA,
                                        MobilityDocumentType.EUROPASS_MOBILITY,
                                        SEPTEMBER.plusDays(41),
                                        "Europass Mobility 2026-IT-0042"))));
    }

    @Test
    void the_first_version_of_an_amended_agreement_keeps_its_terms_and_the_three_signatures() {
        var agreement = anAgreementId();
        var v1 = laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5"));
        var v2 = laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5"), planned(U32, "3"));
        anActiveAgreement(agreement, aLearnerId(), aMemorandumId(), v1, null);
        given(5, new LearningAgreementChangeProposed(agreement, 1, 1, v2, AgreementParty.HOME, "add U32"));
        given(6, changeAccepted(agreement, 1, AgreementParty.LEARNER, SEPTEMBER));
        given(7, changeAccepted(agreement, 1, AgreementParty.HOST, SEPTEMBER));
        given(8, new LearningAgreementAmended(agreement, 2, 1, v2));

        var first = agreements.handle(new GetLearningAgreement(agreement, 1)).orElseThrow();
        assertThat(first.versions()).containsExactly(1, 2);
        assertThat(first.latestVersion()).isEqualTo(2);
        assertThat(first.version())
                .isEqualTo(new LearningAgreementVersionView(
                        1,
                        v1,
                        null,
                        List.of(
                                new LearningAgreementSignatureView(AgreementParty.LEARNER, "Léa Martin", SEPTEMBER),
                                new LearningAgreementSignatureView(AgreementParty.HOME, "Mme Proviseure", SEPTEMBER),
                                new LearningAgreementSignatureView(AgreementParty.HOST, "Il Dirigente", SEPTEMBER))));
        assertThat(agreements
                        .handle(new GetLearningAgreement(agreement, 2))
                        .orElseThrow()
                        .version()
                        .terms())
                .isEqualTo(v2);
        assertThat(agreements.handle(new GetLearningAgreement(agreement, 3))).isEmpty();
        assertThat(agreements.handle(new GetLearningAgreement(anAgreementId(), null)))
                .isEmpty();
    }

    @Test
    void a_cancelled_agreement_says_who_cancelled_it_and_why_and_a_full_completion_has_no_gaps() {
        var cancelled = anAgreementId();
        anActiveAgreement(
                cancelled,
                aLearnerId(),
                aMemorandumId(),
                laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5")),
                null);
        given(
                5,
                new LearningAgreementCancelled(cancelled, 1, AgreementParty.LEARNER, SEPTEMBER.plusDays(5), "illness"));

        assertThat(agreements.handle(new GetLearningAgreement(cancelled, null)).orElseThrow())
                .satisfies(view -> {
                    assertThat(view.state()).isEqualTo(LearningAgreementState.CANCELLED);
                    assertThat(view.cancellation())
                            .isEqualTo(new CancellationView(AgreementParty.LEARNER, SEPTEMBER.plusDays(5), "illness"));
                    assertThat(view.completion()).isNull();
                });

        var completed = anAgreementId();
        anActiveAgreement(
                completed,
                aLearnerId(),
                aMemorandumId(),
                laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5")),
                null);
        given(5, new LearningAgreementCompleted(completed, 1, SEPTEMBER.plusDays(30), List.of()));

        assertThat(agreements.handle(new GetLearningAgreement(completed, null)).orElseThrow())
                .satisfies(view -> {
                    assertThat(view.state()).isEqualTo(LearningAgreementState.COMPLETED);
                    assertThat(view.completion()).isEqualTo(new CompletionView(SEPTEMBER.plusDays(30), List.of()));
                    assertThat(view.cancellation()).isNull();
                });
    }

    @Test
    void a_proposal_still_open_when_the_agreement_ends_lapses() {
        var agreement = anAgreementId();
        var terms = laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5"));
        anActiveAgreement(agreement, aLearnerId(), aMemorandumId(), terms, null);
        given(5, new LearningAgreementChangeProposed(agreement, 1, 1, terms, AgreementParty.HOST, "two more weeks"));

        given(
                6,
                new LearningAgreementCancelled(agreement, 1, AgreementParty.LEARNER, SEPTEMBER.plusDays(5), "illness"));

        assertThat(agreements
                        .handle(new GetLearningAgreement(agreement, null))
                        .orElseThrow()
                        .proposals())
                .singleElement()
                .satisfies(proposal -> assertThat(proposal.status()).isEqualTo(ChangeProposalStatus.LAPSED));
    }

    @Test
    void learning_agreements_are_found_by_learner_home_or_host_state_memorandum_and_group() {
        var mou = aMemorandumId();
        var otherMou = aMemorandumId();
        var lea = aLearnerId();
        var marco = aLearnerId();
        var toItaly = anAgreementId();
        var toGermany = anAgreementId();
        var toFrance = anAgreementId();
        anActiveAgreement(toItaly, lea, mou, laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5")), "MELEC 2026");
        given(
                0,
                new LearningAgreementDrafted(
                        toGermany,
                        1,
                        lea,
                        otherMou,
                        laTerms(BRANLY, HANDWERK, SEPTEMBER.plusMonths(3), planned(U31, "7.5")),
                        null));
        given(
                0,
                new LearningAgreementDrafted(
                        toFrance,
                        1,
                        marco,
                        mou,
                        laTerms(MAJORANA, BRANLY, SEPTEMBER.plusMonths(1), planned(U31, "7.5")),
                        "MELEC 2026"));

        assertThat(findAgreements(null, null, null, null, null)).containsExactly(toItaly, toFrance, toGermany);
        assertThat(findAgreements(lea, null, null, null, null)).containsExactly(toItaly, toGermany);
        assertThat(findAgreements(null, MAJORANA, null, null, null)).containsExactly(toItaly, toFrance);
        assertThat(findAgreements(null, HANDWERK, "draft", null, null)).containsExactly(toGermany);
        assertThat(findAgreements(null, null, "ACTIVE", null, null)).containsExactly(toItaly);
        assertThat(findAgreements(null, null, null, mou, null)).containsExactly(toItaly, toFrance);
        assertThat(findAgreements(null, null, null, null, "MELEC 2026")).containsExactly(toItaly, toFrance);
        assertThat(findAgreements(marco, BRANLY, "DRAFT", mou, " MELEC 2026 ")).containsExactly(toFrance);
        assertThat(findAgreements(null, null, "in_mobility", null, null)).isEmpty();
        assertThat(agreements.handle(new FindLearningAgreements(null, HANDWERK, null, null, null)))
                .containsExactly(new LearningAgreementSummaryView(
                        toGermany,
                        lea,
                        otherMou,
                        null,
                        BRANLY,
                        HANDWERK,
                        MELEC,
                        SEPTEMBER.plusMonths(3),
                        SEPTEMBER.plusMonths(3).plusDays(27),
                        LearningAgreementState.DRAFT,
                        1,
                        null));
    }

    @Test
    void an_amendment_moves_the_agreement_to_its_new_host_and_dates_in_searches() {
        var agreement = anAgreementId();
        anActiveAgreement(
                agreement,
                aLearnerId(),
                aMemorandumId(),
                laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5")),
                null);
        var v2 = laTerms(BRANLY, HANDWERK, SEPTEMBER.plusDays(14), planned(U31, "7.5"));
        given(5, new LearningAgreementChangeProposed(agreement, 1, 1, v2, AgreementParty.HOME, "host changed"));
        given(6, changeAccepted(agreement, 1, AgreementParty.LEARNER, SEPTEMBER));
        given(7, changeAccepted(agreement, 1, AgreementParty.HOST, SEPTEMBER));
        given(8, new LearningAgreementAmended(agreement, 2, 1, v2));

        assertThat(findAgreements(null, MAJORANA, null, null, null)).isEmpty();
        assertThat(agreements.handle(new FindLearningAgreements(null, HANDWERK, null, null, null)))
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.latestVersion()).isEqualTo(2);
                    assertThat(summary.mobilityStart()).isEqualTo(SEPTEMBER.plusDays(14));
                    assertThat(summary.state()).isEqualTo(LearningAgreementState.ACTIVE);
                });
    }

    // replay safety

    @Test
    void redelivering_every_event_changes_nothing() {
        var history = aWholeMobilityHistory();
        history.forEach(this::given);
        var before = everyView();
        var rows = rowCounts();

        history.forEach(this::given);

        assertThat(everyView()).isEqualTo(before);
        assertThat(rowCounts()).isEqualTo(rows);
    }

    @Test
    void an_older_event_never_moves_a_memorandum_or_an_agreement_backwards() {
        var mou = aMemorandumId();
        anActiveMemorandum(mou, mouTerms("Electricians", BRANLY, MAJORANA));
        given(4, new MemorandumAmended(mou, 2, mouTerms("Revised", BRANLY, MAJORANA), "why"));
        given(5, new MemorandumExpired(mou, 2, SEPTEMBER.plusYears(3)));

        given(1, new MemorandumSigned(mou, 1, BRANLY, "Mme Proviseure", SEPTEMBER));
        given(3, new MemorandumActivated(mou, 1, SEPTEMBER));
        given(4, new MemorandumAmended(mou, 2, mouTerms("Revised", BRANLY, MAJORANA), "why"));

        assertThat(memoranda.handle(new GetMemorandum(mou, null)).orElseThrow()).satisfies(view -> {
            assertThat(view.state()).isEqualTo(MemorandumState.EXPIRED);
            assertThat(view.latestVersion()).isEqualTo(2);
        });

        var agreement = anAgreementId();
        var v2 = laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5"), planned(U32, "3"));
        anActiveAgreement(
                agreement, aLearnerId(), mou, laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5")), null);
        given(5, new LearningAgreementChangeProposed(agreement, 1, 1, v2, AgreementParty.HOME, "add U32"));
        given(6, new LearningAgreementChangeRejected(agreement, 1, AgreementParty.HOST, "too much"));
        given(7, new LearningAgreementCancelled(agreement, 1, AgreementParty.HOME, SEPTEMBER, "strike"));

        given(5, new LearningAgreementChangeProposed(agreement, 1, 1, v2, AgreementParty.HOME, "add U32"));
        given(2, new LearningAgreementSigned(agreement, 1, AgreementParty.HOME, "Mme Proviseure", SEPTEMBER));
        given(4, new LearningAgreementActivated(agreement, 1, SEPTEMBER));

        var view = agreements.handle(new GetLearningAgreement(agreement, null)).orElseThrow();
        assertThat(view.state()).isEqualTo(LearningAgreementState.CANCELLED);
        assertThat(view.proposals())
                .singleElement()
                .extracting(ChangeProposalView::status)
                .isEqualTo(ChangeProposalStatus.REJECTED);
    }

    @Test
    void a_reset_empties_only_the_mobility_tables() {
        aWholeMobilityHistory().forEach(this::given);
        var learner = UUID.randomUUID();
        jdbc.update("""
                insert into rm_learner_view (learner_id, pd_key_id, pd_cipher, pd_ciphertext, registered_at, last_sequence)
                values (?, 'k', 'c', 'x', now(), 0)
                """, learner);
        assertThat(rowCounts())
                .allSatisfy((table, count) -> assertThat(count).as(table).isPositive());

        resetTheMobilityReadModel();

        assertThat(rowCounts())
                .allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(jdbc.queryForObject(
                        "select count(*) from rm_learner_view where learner_id = ?", Integer.class, learner))
                .isOne();
        jdbc.update("delete from rm_learner_view where learner_id = ?", learner);
    }

    @Test
    void a_search_answers_at_most_two_hundred_rows() {
        var mou = aMemorandumId();
        var learner = aLearnerId();
        for (int i = 0; i <= MobilityReadModel.MAX_RESULTS; i++) {
            given(0, new MemorandumDrafted(aMemorandumId(), 1, mouTerms("MoU " + i, BRANLY, MAJORANA)));
            given(
                    0,
                    new LearningAgreementDrafted(
                            anAgreementId(),
                            1,
                            learner,
                            mou,
                            laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5")),
                            null));
        }

        assertThat(memoranda.handle(new FindMemoranda(null, null))).hasSize(MobilityReadModel.MAX_RESULTS);
        assertThat(agreements.handle(new FindLearningAgreements(learner, null, null, null, null)))
                .hasSize(MobilityReadModel.MAX_RESULTS);
    }

    // fixture

    private record Delivery(long sequence, Object event) {}

    private void given(Delivery delivery) {
        given(delivery.sequence(), delivery.event());
    }

    /** Hands an event to the mobility projector that handles it, as its processor would. */
    private void given(long sequence, Object event) {
        if (event instanceof MemorandumDrafted e) {
            memoranda.on(e, sequence);
        } else if (event instanceof MemorandumSigned e) {
            memoranda.on(e, sequence);
        } else if (event instanceof MemorandumActivated e) {
            memoranda.on(e, sequence);
        } else if (event instanceof MemorandumAmended e) {
            memoranda.on(e, sequence);
        } else if (event instanceof MemorandumReviewed e) {
            memoranda.on(e, sequence);
        } else if (event instanceof MemorandumExpired e) {
            memoranda.on(e, sequence);
        } else if (event instanceof MemorandumTerminated e) {
            memoranda.on(e, sequence);
        } else if (event instanceof LearningAgreementDrafted e) {
            agreements.on(e, sequence);
        } else if (event instanceof LearningAgreementSigned e) {
            agreements.on(e, sequence);
        } else if (event instanceof LearningAgreementActivated e) {
            agreements.on(e, sequence);
        } else if (event instanceof LearningAgreementChangeProposed e) {
            agreements.on(e, sequence);
        } else if (event instanceof LearningAgreementChangeAccepted e) {
            agreements.on(e, sequence);
        } else if (event instanceof LearningAgreementChangeRejected e) {
            agreements.on(e, sequence);
        } else if (event instanceof LearningAgreementAmended e) {
            agreements.on(e, sequence);
        } else if (event instanceof LearningAgreementCancelled e) {
            agreements.on(e, sequence);
        } else if (event instanceof LearningAgreementCompleted e) {
            agreements.on(e, sequence);
        } else if (event instanceof MobilityDocumentIssued e) {
            agreements.on(e, sequence);
        } else {
            throw new IllegalArgumentException("not a mobility event: " + event);
        }
    }

    /** Drafted, signed by the first two parties and activated: sequences 0 to 3. */
    private void anActiveMemorandum(MemorandumId mou, MemorandumTerms terms) {
        given(0, new MemorandumDrafted(mou, 1, terms));
        given(1, new MemorandumSigned(mou, 1, terms.partyIds().get(0), "Mme Proviseure", SEPTEMBER));
        given(2, new MemorandumSigned(mou, 1, terms.partyIds().get(1), "Il Dirigente", SEPTEMBER));
        given(3, new MemorandumActivated(mou, 1, SEPTEMBER));
    }

    /** Drafted, signed by learner, home and host and activated: sequences 0 to 4. */
    private void anActiveAgreement(
            LearningAgreementId agreement,
            LearnerId learner,
            MemorandumId mou,
            LearningAgreementTerms terms,
            String groupReference) {
        given(0, new LearningAgreementDrafted(agreement, 1, learner, mou, terms, groupReference));
        given(1, new LearningAgreementSigned(agreement, 1, AgreementParty.LEARNER, "Léa Martin", SEPTEMBER));
        given(2, new LearningAgreementSigned(agreement, 1, AgreementParty.HOME, "Mme Proviseure", SEPTEMBER));
        given(3, new LearningAgreementSigned(agreement, 1, AgreementParty.HOST, "Il Dirigente", SEPTEMBER));
        given(4, new LearningAgreementActivated(agreement, 1, SEPTEMBER));
    }

    private void resetTheMobilityReadModel() {
        memoranda.reset();
        agreements.reset();
    }

    /** Every kind of mobility event, each aggregate's events in order. */
    private static List<Delivery> aWholeMobilityHistory() {
        var mou = new MemorandumId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        var ended = new MemorandumId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
        var agreement = new LearningAgreementId(UUID.fromString("00000000-0000-0000-0000-000000000011"));
        var cancelled = new LearningAgreementId(UUID.fromString("00000000-0000-0000-0000-000000000012"));
        var learner = new LearnerId(UUID.fromString("00000000-0000-0000-0000-000000000021"));
        var v1 = mouTerms("Electricians", BRANLY, MAJORANA);
        var v2 = mouTerms("Electricians, revised", BRANLY, MAJORANA);
        var la1 = laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5"), planned(U32, null, "LO1"));
        var la2 = laTerms(BRANLY, MAJORANA, SEPTEMBER, planned(U31, "7.5"));
        return List.of(
                new Delivery(0, new MemorandumDrafted(mou, 1, v1)),
                new Delivery(1, new MemorandumSigned(mou, 1, BRANLY, "Mme Proviseure", SEPTEMBER)),
                new Delivery(2, new MemorandumSigned(mou, 1, MAJORANA, "Il Dirigente", SEPTEMBER)),
                new Delivery(3, new MemorandumActivated(mou, 1, SEPTEMBER)),
                new Delivery(4, new MemorandumReviewed(mou, 1, SEPTEMBER.plusMonths(6), "fine")),
                new Delivery(5, new MemorandumAmended(mou, 2, v2, "longer stays")),
                new Delivery(6, new MemorandumSigned(mou, 2, BRANLY, "Mme Proviseure", SEPTEMBER.plusMonths(7))),
                new Delivery(7, new MemorandumSigned(mou, 2, MAJORANA, "Il Dirigente", SEPTEMBER.plusMonths(7))),
                new Delivery(8, new MemorandumActivated(mou, 2, SEPTEMBER.plusMonths(7))),
                new Delivery(9, new MemorandumExpired(mou, 2, v2.validUntil().plusDays(1))),
                new Delivery(0, new MemorandumDrafted(ended, 1, mouTerms("Ended", BRANLY, HANDWERK))),
                new Delivery(1, new MemorandumTerminated(ended, 1, HANDWERK, SEPTEMBER, "closed")),
                new Delivery(0, new LearningAgreementDrafted(agreement, 1, learner, mou, la1, "MELEC 2026")),
                new Delivery(1, new LearningAgreementSigned(agreement, 1, AgreementParty.LEARNER, "Léa", SEPTEMBER)),
                new Delivery(2, new LearningAgreementSigned(agreement, 1, AgreementParty.HOME, "Home", SEPTEMBER)),
                new Delivery(3, new LearningAgreementSigned(agreement, 1, AgreementParty.HOST, "Host", SEPTEMBER)),
                new Delivery(4, new LearningAgreementActivated(agreement, 1, SEPTEMBER)),
                new Delivery(5, new LearningAgreementChangeProposed(agreement, 1, 1, la2, AgreementParty.HOST, "less")),
                new Delivery(6, changeAccepted(agreement, 1, AgreementParty.HOME, SEPTEMBER)),
                new Delivery(7, changeAccepted(agreement, 1, AgreementParty.LEARNER, SEPTEMBER)),
                new Delivery(8, new LearningAgreementAmended(agreement, 2, 1, la2)),
                new Delivery(
                        9, new LearningAgreementChangeProposed(agreement, 2, 2, la1, AgreementParty.LEARNER, "more")),
                new Delivery(10, new LearningAgreementChangeRejected(agreement, 2, AgreementParty.HOME, "no")),
                new Delivery(
                        11,
                        new MobilityDocumentIssued(
                                agreement,
                                MAJORANA,
                                MobilityDocumentType.HOST_TRANSCRIPT,
                                SEPTEMBER.plusDays(30),
                                "U31")),
                new Delivery(
                        12,
                        new LearningAgreementCompleted(
                                agreement, 2, SEPTEMBER.plusDays(40), List.of(planned(U31, "7.5")))),
                new Delivery(0, new LearningAgreementDrafted(cancelled, 1, learner, mou, la2, null)),
                new Delivery(
                        1, new LearningAgreementCancelled(cancelled, 1, AgreementParty.HOME, SEPTEMBER, "strike")));
    }

    private List<Object> everyView() {
        return List.of(
                memoranda.handle(new FindMemoranda(null, null)),
                memoranda.handle(new GetMemorandum(MemorandumId.of("00000000-0000-0000-0000-000000000001"), null)),
                memoranda.handle(new GetMemorandum(MemorandumId.of("00000000-0000-0000-0000-000000000001"), 1)),
                memoranda.handle(new GetMemorandum(MemorandumId.of("00000000-0000-0000-0000-000000000002"), null)),
                agreements.handle(new FindLearningAgreements(null, null, null, null, null)),
                agreements.handle(
                        new GetLearningAgreement(LearningAgreementId.of("00000000-0000-0000-0000-000000000011"), null)),
                agreements.handle(
                        new GetLearningAgreement(LearningAgreementId.of("00000000-0000-0000-0000-000000000011"), 1)),
                agreements.handle(new GetLearningAgreement(
                        LearningAgreementId.of("00000000-0000-0000-0000-000000000012"), null)));
    }

    private static Map<String, Integer> rowCounts() {
        return Map.ofEntries(
                Map.entry("memorandum", count("rm_mobility_memorandum")),
                Map.entry("memorandum_version", count("rm_mobility_memorandum_version")),
                Map.entry("memorandum_signature", count("rm_mobility_memorandum_signature")),
                Map.entry("memorandum_review", count("rm_mobility_memorandum_review")),
                Map.entry("agreement", count("rm_mobility_agreement")),
                Map.entry("agreement_version", count("rm_mobility_agreement_version")),
                Map.entry("agreement_signature", count("rm_mobility_agreement_signature")),
                Map.entry("agreement_proposal", count("rm_mobility_agreement_proposal")),
                Map.entry("agreement_acceptance", count("rm_mobility_agreement_acceptance")),
                Map.entry("agreement_document", count("rm_mobility_agreement_document")));
    }

    private static int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private MemorandumState stateOf(MemorandumId mou) {
        return memoranda.handle(new GetMemorandum(mou, null)).orElseThrow().state();
    }

    private LearningAgreementState agreementStateOf(LearningAgreementId agreement) {
        return agreements
                .handle(new GetLearningAgreement(agreement, null))
                .orElseThrow()
                .state();
    }

    private List<MemorandumId> findMemoranda(InstitutionId party, String state) {
        return memoranda.handle(new FindMemoranda(party, state)).stream()
                .map(MemorandumSummaryView::memorandumId)
                .toList();
    }

    private List<LearningAgreementId> findAgreements(
            LearnerId learner, InstitutionId institution, String state, MemorandumId mou, String group) {
        return agreements.handle(new FindLearningAgreements(learner, institution, state, mou, group)).stream()
                .map(LearningAgreementSummaryView::agreementId)
                .toList();
    }

    private static LearningAgreementChangeAccepted changeAccepted(
            LearningAgreementId agreement, int proposal, AgreementParty party, LocalDate on) {
        return new LearningAgreementChangeAccepted(agreement, proposal, party, party + " signatory", on);
    }

    private static MemorandumTerms mouTerms(String title, InstitutionId... parties) {
        return new MemorandumTerms(
                title,
                Arrays.stream(parties)
                        .map(party -> new MemorandumParty(
                                party, "initial VET in " + party, "practical test", "Europass Mobility", null, "jury"))
                        .toList(),
                List.of(
                        new MemorandumScope(MELEC, List.of(U31, U32)),
                        new MemorandumScope(QualificationRef.of("IT-OPERATORE-ELETTRICO", 2), List.of())),
                SEPTEMBER.minusMonths(1),
                SEPTEMBER.plusYears(3),
                14,
                90,
                List.of(SEPTEMBER.plusYears(1), SEPTEMBER.plusYears(2)));
    }

    /** Four weeks from {@code start}, assessed by the host. */
    private static LearningAgreementTerms laTerms(
            InstitutionId home, InstitutionId host, LocalDate start, PlannedUnit... planned) {
        return new LearningAgreementTerms(
                home,
                host,
                start,
                start.plusDays(27),
                MELEC,
                List.of(planned),
                "wiring a workshop",
                List.of(
                        new AssessmentArrangement(host, "practical test", "last week"),
                        new AssessmentArrangement(home, "interview", null)),
                "Europass Mobility",
                "the home jury recognises the units achieved",
                List.of(UnitRef.of("U1", 1)));
    }

    private static PlannedUnit planned(UnitRef unit, String points, String... outcomes) {
        return new PlannedUnit(unit, List.of(outcomes), points == null ? null : CreditPoints.of(points));
    }

    private static MemorandumId aMemorandumId() {
        return new MemorandumId(UUID.randomUUID());
    }

    private static LearningAgreementId anAgreementId() {
        return new LearningAgreementId(UUID.randomUUID());
    }

    private static LearnerId aLearnerId() {
        return new LearnerId(UUID.randomUUID());
    }
}
