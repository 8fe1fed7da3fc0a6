package org.ecvetledger.domain.learningagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;
import static org.ecvetledger.domain.learningagreement.AgreementParty.HOME;
import static org.ecvetledger.domain.learningagreement.AgreementParty.HOST;
import static org.ecvetledger.domain.learningagreement.AgreementParty.LEARNER;
import static org.ecvetledger.domain.partnership.MobilityFixtures.BACPRO;
import static org.ecvetledger.domain.partnership.MobilityFixtures.MAXIMUM_DAYS;
import static org.ecvetledger.domain.partnership.MobilityFixtures.MINIMUM_DAYS;
import static org.ecvetledger.domain.partnership.MobilityFixtures.THIRD;
import static org.ecvetledger.domain.partnership.MobilityFixtures.U31;
import static org.ecvetledger.domain.partnership.MobilityFixtures.U31_OUTCOMES;
import static org.ecvetledger.domain.partnership.MobilityFixtures.U32;
import static org.ecvetledger.domain.partnership.MobilityFixtures.UNREGISTERED;
import static org.ecvetledger.domain.partnership.MobilityFixtures.VALID_UNTIL;
import static org.ecvetledger.domain.partnership.MobilityFixtures.aBilateralMemorandum;
import static org.ecvetledger.domain.partnership.MobilityFixtures.mobilityCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MobilityFixtures;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DOMAIN c3, c8; R4, R5, R21, R23, R29, decision (j)4: a learning agreement under an MoU. */
class LearningAgreementTest {

    private static final InstitutionId HOME_SCHOOL = MobilityFixtures.HOME;
    private static final InstitutionId HOST_SCHOOL = MobilityFixtures.HOST;
    /** The MoU between home and host became active on this day. */
    private static final LocalDate MOU_ACTIVE_FROM = LocalDate.of(2024, 2, 1);
    /** The MoU expired on 2024-06-30, so it ended from this day on (S03). */
    private static final LocalDate MOU_ENDED_ON = VALID_UNTIL.plusDays(1);

    private static final LocalDate SIGNED_ON = LocalDate.of(2024, 4, 2);
    private static final LocalDate MOBILITY_START = LocalDate.of(2024, 5, 6);
    private static final LocalDate MOBILITY_END = MOBILITY_START.plusWeeks(4).minusDays(1);

    private final LearningAgreementId agreement = anAgreementId();
    private final LearnerId lea = new LearnerId(UUID.randomUUID());
    private final MemorandumId mou = MobilityFixtures.aMemorandumId();
    private final MobilityFixtures.Memoranda memoranda =
            new MobilityFixtures.Memoranda().inForce(mou, aBilateralMemorandum(), MOU_ACTIVE_FROM);
    private FixtureConfiguration<LearningAgreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    private FixtureConfiguration<LearningAgreement> aFixture() {
        var configured = new AggregateTestFixture<>(LearningAgreement.class);
        configured.registerInjectableResource(mobilityCatalogue());
        configured.registerInjectableResource(memoranda);
        return configured;
    }

    private static LearningAgreementId anAgreementId() {
        return new LearningAgreementId(UUID.randomUUID());
    }

    private static PlannedUnit wholeUnit(UnitRef unit) {
        return new PlannedUnit(unit, List.of(), null);
    }

    private static PlannedUnit partOf(UnitRef unit, String... outcomes) {
        return new PlannedUnit(unit, List.of(outcomes), null);
    }

    private static LearningAgreementTerms terms(
            InstitutionId home,
            InstitutionId host,
            LocalDate start,
            LocalDate end,
            QualificationRef qualification,
            List<UnitRef> priorProgress,
            PlannedUnit... planned) {
        return new LearningAgreementTerms(
                home,
                host,
                start,
                end,
                qualification,
                List.of(planned),
                "installation and maintenance of low-voltage systems",
                List.of(new AssessmentArrangement(host, "observation at the workplace", "last week")),
                "Europass Mobility",
                "the home validates and recognises the outcomes positively assessed",
                priorProgress);
    }

    private static LearningAgreementTerms termsPlanning(PlannedUnit... planned) {
        return terms(HOME_SCHOOL, HOST_SCHOOL, MOBILITY_START, MOBILITY_END, BACPRO, List.of(), planned);
    }

    /** S01: four weeks abroad, every outcome of U31. */
    private static LearningAgreementTerms allOfU31() {
        return termsPlanning(new PlannedUnit(U31, U31_OUTCOMES, null));
    }

    private static LearningAgreementTerms lastingDays(long days) {
        return terms(
                HOME_SCHOOL,
                HOST_SCHOOL,
                MOBILITY_START,
                MOBILITY_START.plusDays(days - 1),
                BACPRO,
                List.of(),
                wholeUnit(U31));
    }

    private DraftLearningAgreement draft(LearningAgreementTerms terms) {
        return new DraftLearningAgreement(agreement, lea, mou, terms, null);
    }

    private LearningAgreementDrafted drafted(LearningAgreementTerms terms) {
        return new LearningAgreementDrafted(agreement, 1, lea, mou, terms, null);
    }

    private static String signatoryOf(AgreementParty party) {
        return switch (party) {
            case LEARNER -> "Léa Martin";
            case HOME -> "Proviseur, Lycée Branly";
            case HOST -> "Schulleiter, Berufsschule";
        };
    }

    private static SignLearningAgreement sign(LearningAgreementId agreement, AgreementParty party, LocalDate on) {
        return new SignLearningAgreement(agreement, 1, party, signatoryOf(party), on);
    }

    private static LearningAgreementSigned signed(LearningAgreementId agreement, AgreementParty party, LocalDate on) {
        return new LearningAgreementSigned(agreement, 1, party, signatoryOf(party), on);
    }

    /** Drafted with every outcome of U31, signed by learner, home and host, and active. */
    private Object[] anActiveAgreement() {
        return new Object[] {
            drafted(allOfU31()),
            signed(agreement, LEARNER, SIGNED_ON),
            signed(agreement, HOME, SIGNED_ON),
            signed(agreement, HOST, SIGNED_ON),
            new LearningAgreementActivated(agreement, 1, SIGNED_ON)
        };
    }

    private Object[] anActiveAgreementAnd(Object... more) {
        var events = new ArrayList<>(List.of(anActiveAgreement()));
        events.addAll(List.of(more));
        return events.toArray();
    }

    private static LearningAgreementTerms extendedByAWeek() {
        return terms(
                HOME_SCHOOL,
                HOST_SCHOOL,
                MOBILITY_START,
                MOBILITY_END.plusWeeks(1),
                BACPRO,
                List.of(),
                new PlannedUnit(U31, U31_OUTCOMES, null));
    }

    private LearningAgreementChangeProposed proposedBy(AgreementParty party, int proposal) {
        return new LearningAgreementChangeProposed(agreement, proposal, 1, extendedByAWeek(), party, "one more week");
    }

    private AcceptLearningAgreementChange accept(int proposal, AgreementParty party, LocalDate on) {
        return new AcceptLearningAgreementChange(agreement, proposal, party, signatoryOf(party), on);
    }

    private LearningAgreementChangeAccepted accepted(int proposal, AgreementParty party, LocalDate on) {
        return new LearningAgreementChangeAccepted(agreement, proposal, party, signatoryOf(party), on);
    }

    // Drafting under an MoU (R4, R29, decision (j)4)

    @Test
    void an_agreement_is_drafted_under_an_mou_in_force_as_version_one() {
        fixture.givenNoPriorActivity()
                .when(new DraftLearningAgreement(agreement, lea, mou, allOfU31(), null))
                .expectEvents(drafted(allOfU31()));
    }

    @Test
    void S03_no_learning_agreement_under_an_expired_mou() {
        memoranda.ended(mou, aBilateralMemorandum(), MOU_ACTIVE_FROM, MOU_ENDED_ON);

        fixture.givenNoPriorActivity()
                .when(draft(allOfU31()))
                .expectNoEvents()
                .expectException(violates("mou-not-active"));
    }

    @Test
    void no_learning_agreement_under_a_terminated_mou() {
        memoranda.ended(mou, aBilateralMemorandum(), MOU_ACTIVE_FROM, LocalDate.of(2024, 3, 1));

        fixture.givenNoPriorActivity()
                .when(draft(allOfU31()))
                .expectNoEvents()
                .expectException(violates("mou-not-active"));
    }

    @Test
    void no_learning_agreement_under_an_mou_not_yet_signed_by_every_party() {
        memoranda.notYetSigned(mou);

        fixture.givenNoPriorActivity()
                .when(draft(allOfU31()))
                .expectNoEvents()
                .expectException(violates("mou-not-active"));
    }

    @Test
    void no_learning_agreement_under_an_unknown_mou() {
        fixture.givenNoPriorActivity()
                .when(new DraftLearningAgreement(agreement, lea, MobilityFixtures.aMemorandumId(), allOfU31(), null))
                .expectNoEvents()
                .expectException(violates("mou-not-active"));
    }

    @Test
    void home_and_host_must_be_parties_to_the_mou() {
        fixture.givenNoPriorActivity()
                .when(draft(terms(HOME_SCHOOL, THIRD, MOBILITY_START, MOBILITY_END, BACPRO, List.of(), wholeUnit(U31))))
                .expectNoEvents()
                .expectException(violates("not-an-mou-party"));
        fixture.givenNoPriorActivity()
                .when(draft(terms(THIRD, HOST_SCHOOL, MOBILITY_START, MOBILITY_END, BACPRO, List.of(), wholeUnit(U31))))
                .expectNoEvents()
                .expectException(violates("not-an-mou-party"));
    }

    @Test
    void home_and_host_must_be_registered_institutions() {
        fixture.givenNoPriorActivity()
                .when(draft(terms(
                        HOME_SCHOOL, UNREGISTERED, MOBILITY_START, MOBILITY_END, BACPRO, List.of(), wholeUnit(U31))))
                .expectNoEvents()
                .expectException(violates("unknown-institution"));
    }

    @Test
    void R4_a_unit_outside_the_mou_scope_cannot_be_planned() {
        fixture.givenNoPriorActivity()
                .when(draft(termsPlanning(wholeUnit(U31), wholeUnit(U32))))
                .expectNoEvents()
                .expectException(violates("outside-mou-scope"));
    }

    @Test
    void R4_a_qualification_outside_the_mou_scope_cannot_be_planned() {
        var otherQualification = QualificationRef.of("FR-BACPRO-ELEC", 2024);

        fixture.givenNoPriorActivity()
                .when(draft(terms(
                        HOME_SCHOOL,
                        HOST_SCHOOL,
                        MOBILITY_START,
                        MOBILITY_END,
                        otherQualification,
                        List.of(),
                        wholeUnit(U31))))
                .expectNoEvents()
                .expectException(violates("outside-mou-scope"));
    }

    @Test
    void the_mobility_lasts_between_the_mou_minimum_and_maximum() {
        fixture.givenNoPriorActivity()
                .when(draft(lastingDays(MINIMUM_DAYS - 1)))
                .expectNoEvents()
                .expectException(violates("duration-outside-mou"));
        fixture.givenNoPriorActivity()
                .when(draft(lastingDays(MAXIMUM_DAYS + 1)))
                .expectNoEvents()
                .expectException(violates("duration-outside-mou"));
        fixture.givenNoPriorActivity()
                .when(draft(lastingDays(MINIMUM_DAYS)))
                .expectEvents(drafted(lastingDays(MINIMUM_DAYS)));
        fixture.givenNoPriorActivity()
                .when(draft(lastingDays(MAXIMUM_DAYS)))
                .expectEvents(drafted(lastingDays(MAXIMUM_DAYS)));
    }

    @Test
    void S05_an_outcome_that_is_not_in_the_unit_cannot_be_planned() {
        fixture.givenNoPriorActivity()
                .when(draft(termsPlanning(partOf(U31, "LO1", "pneumatics maintenance"))))
                .expectNoEvents()
                .expectException(violates("unknown-learning-outcome"));
    }

    @Test
    void R23_an_agreement_states_the_units_the_learner_already_acquired() {
        var previouslyAcquired = UnitRef.of("U2", 1);
        var withProgress = terms(
                HOME_SCHOOL,
                HOST_SCHOOL,
                MOBILITY_START,
                MOBILITY_END,
                BACPRO,
                List.of(previouslyAcquired),
                new PlannedUnit(U31, U31_OUTCOMES, CreditPoints.of(6)));

        fixture.givenNoPriorActivity().when(draft(withProgress)).expectEvents(drafted(withProgress));
        assertThat(withProgress.priorProgress()).containsExactly(previouslyAcquired);
    }

    // Signatures and activation (c3 step 4, R4)

    @Test
    void S01_an_agreement_listing_all_outcomes_of_a_unit_is_signed_by_all_three_and_activated() {
        fixture.givenNoPriorActivity().when(draft(allOfU31())).expectEvents(drafted(allOfU31()));
        fixture.given(drafted(allOfU31()))
                .when(sign(agreement, LEARNER, SIGNED_ON))
                .expectEvents(signed(agreement, LEARNER, SIGNED_ON));
        fixture.given(drafted(allOfU31()), signed(agreement, LEARNER, SIGNED_ON))
                .when(sign(agreement, HOME, SIGNED_ON.plusDays(1)))
                .expectEvents(signed(agreement, HOME, SIGNED_ON.plusDays(1)));
        fixture.given(
                        drafted(allOfU31()),
                        signed(agreement, LEARNER, SIGNED_ON),
                        signed(agreement, HOME, SIGNED_ON.plusDays(1)))
                .when(sign(agreement, HOST, SIGNED_ON.plusDays(2)))
                .expectEvents(
                        signed(agreement, HOST, SIGNED_ON.plusDays(2)),
                        new LearningAgreementActivated(agreement, 1, SIGNED_ON.plusDays(2)));

        for (var outcome : U31_OUTCOMES) {
            assertThat(allOfU31().lists(U31, outcome)).as(outcome).isTrue();
        }
    }

    @Test
    void the_agreement_is_not_active_until_all_three_have_signed() {
        fixture.given(drafted(allOfU31()), signed(agreement, HOME, SIGNED_ON), signed(agreement, HOST, SIGNED_ON))
                .when(new ProposeLearningAgreementChange(agreement, extendedByAWeek(), HOME, "one more week"))
                .expectNoEvents()
                .expectException(violates("agreement-not-active"));
        fixture.given(drafted(allOfU31()), signed(agreement, HOME, SIGNED_ON), signed(agreement, HOST, SIGNED_ON))
                .when(new CompleteLearningAgreement(agreement, MOBILITY_END, List.of()))
                .expectNoEvents()
                .expectException(violates("agreement-not-active"));
    }

    @Test
    void each_party_signs_only_once() {
        fixture.given(drafted(allOfU31()), signed(agreement, HOME, SIGNED_ON))
                .when(sign(agreement, HOME, SIGNED_ON.plusDays(1)))
                .expectNoEvents()
                .expectException(violates("already-signed"));
        fixture.given(anActiveAgreement())
                .when(sign(agreement, LEARNER, SIGNED_ON.plusDays(1)))
                .expectNoEvents()
                .expectException(violates("already-signed"));
    }

    @Test
    void only_the_current_version_can_be_signed() {
        fixture.given(drafted(allOfU31()))
                .when(new SignLearningAgreement(agreement, 2, LEARNER, signatoryOf(LEARNER), SIGNED_ON))
                .expectNoEvents()
                .expectException(violates("not-the-current-version"));
    }

    @Test
    void R4_signing_is_refused_when_the_mou_is_not_active_on_the_signature_date() {
        fixture.given(drafted(allOfU31()))
                .when(sign(agreement, LEARNER, MOU_ACTIVE_FROM.minusDays(1)))
                .expectNoEvents()
                .expectException(violates("mou-not-active"));
        fixture.given(drafted(allOfU31()))
                .when(sign(agreement, LEARNER, VALID_UNTIL.plusDays(1)))
                .expectNoEvents()
                .expectException(violates("mou-not-active"));
    }

    @Test
    void S03_a_drafted_agreement_can_no_longer_be_signed_once_the_mou_has_ended() {
        memoranda.ended(mou, aBilateralMemorandum(), MOU_ACTIVE_FROM, LocalDate.of(2024, 4, 1));

        fixture.given(drafted(allOfU31()), signed(agreement, LEARNER, LocalDate.of(2024, 3, 20)))
                .when(sign(agreement, HOME, LocalDate.of(2024, 4, 1)))
                .expectNoEvents()
                .expectException(violates("mou-not-active"));
    }

    @Test
    void S03_an_agreement_signed_before_the_mou_expired_can_still_complete() {
        memoranda.ended(mou, aBilateralMemorandum(), MOU_ACTIVE_FROM, MOU_ENDED_ON);
        var completedOn = LocalDate.of(2024, 7, 20);

        fixture.given(anActiveAgreement())
                .when(new CompleteLearningAgreement(agreement, completedOn, List.of()))
                .expectEvents(new LearningAgreementCompleted(agreement, 1, completedOn, List.of()));
    }

    @Test
    void R29_an_agreement_under_an_ended_mou_can_complete_but_no_longer_change() {
        memoranda.ended(mou, aBilateralMemorandum(), MOU_ACTIVE_FROM, MOU_ENDED_ON);

        fixture.given(anActiveAgreement())
                .when(new ProposeLearningAgreementChange(agreement, extendedByAWeek(), HOME, "one more week"))
                .expectNoEvents()
                .expectException(violates("mou-not-active"));
    }

    // Change proposals

    @Test
    void a_change_is_proposed_to_an_active_agreement() {
        fixture.given(anActiveAgreement())
                .when(new ProposeLearningAgreementChange(agreement, extendedByAWeek(), HOME, " one more week "))
                .expectEvents(proposedBy(HOME, 1));
    }

    @Test
    void a_change_can_only_be_proposed_to_an_active_agreement() {
        fixture.given(drafted(allOfU31()))
                .when(new ProposeLearningAgreementChange(agreement, extendedByAWeek(), HOME, "one more week"))
                .expectNoEvents()
                .expectException(violates("agreement-not-active"));
    }

    @Test
    void a_proposed_change_is_checked_against_the_mou_like_a_draft() {
        fixture.given(anActiveAgreement())
                .when(new ProposeLearningAgreementChange(
                        agreement, termsPlanning(wholeUnit(U32)), HOST, "add another unit"))
                .expectNoEvents()
                .expectException(violates("outside-mou-scope"));
    }

    @Test
    void a_change_accepted_by_the_two_other_parties_becomes_version_two() {
        var acceptedOn = LocalDate.of(2024, 5, 20);

        fixture.given(anActiveAgreementAnd(proposedBy(HOME, 1)))
                .when(accept(1, LEARNER, acceptedOn))
                .expectEvents(accepted(1, LEARNER, acceptedOn));
        fixture.given(anActiveAgreementAnd(proposedBy(HOME, 1), accepted(1, LEARNER, acceptedOn)))
                .when(accept(1, HOST, acceptedOn))
                .expectEvents(
                        accepted(1, HOST, acceptedOn),
                        new LearningAgreementAmended(agreement, 2, 1, extendedByAWeek()));
    }

    @Test
    void a_party_accepts_a_change_only_once() {
        var acceptedOn = LocalDate.of(2024, 5, 20);

        fixture.given(anActiveAgreementAnd(proposedBy(HOME, 1), accepted(1, LEARNER, acceptedOn)))
                .when(accept(1, LEARNER, acceptedOn.plusDays(1)))
                .expectNoEvents()
                .expectException(violates("already-signed"));
    }

    @Test
    void the_proposer_cannot_accept_its_own_change() {
        fixture.given(anActiveAgreementAnd(proposedBy(HOST, 1)))
                .when(accept(1, HOST, LocalDate.of(2024, 5, 20)))
                .expectNoEvents()
                .expectException(violates("own-change-proposal"));
    }

    @Test
    void only_one_change_proposal_is_open_at_a_time() {
        fixture.given(anActiveAgreementAnd(proposedBy(HOME, 1)))
                .when(new ProposeLearningAgreementChange(agreement, allOfU31(), HOST, "something else"))
                .expectNoEvents()
                .expectException(violates("change-proposal-open"));
    }

    @Test
    void a_rejection_closes_the_proposal_and_leaves_the_agreement_unchanged() {
        var rejected = new LearningAgreementChangeRejected(agreement, 1, HOST, "no place for a fifth week");

        fixture.given(anActiveAgreementAnd(proposedBy(LEARNER, 1)))
                .when(new RejectLearningAgreementChange(agreement, 1, HOST, " no place for a fifth week "))
                .expectEvents(rejected);
        fixture.given(anActiveAgreementAnd(proposedBy(LEARNER, 1), rejected))
                .when(accept(1, HOME, LocalDate.of(2024, 5, 20)))
                .expectNoEvents()
                .expectException(violates("no-open-change-proposal"));
        fixture.given(anActiveAgreementAnd(proposedBy(LEARNER, 1), rejected))
                .when(new ProposeLearningAgreementChange(agreement, extendedByAWeek(), HOME, "one more week"))
                .expectEvents(proposedBy(HOME, 2));
    }

    @Test
    void the_proposer_cannot_reject_its_own_change() {
        fixture.given(anActiveAgreementAnd(proposedBy(LEARNER, 1)))
                .when(new RejectLearningAgreementChange(agreement, 1, LEARNER, "changed my mind"))
                .expectNoEvents()
                .expectException(violates("own-change-proposal"));
    }

    // Cancellation, documentation, completion

    @Test
    void an_agreement_cancelled_before_it_was_ever_in_force_has_no_mobility_to_document() {
        var cancelled =
                new LearningAgreementCancelled(agreement, 1, HOME, SIGNED_ON, "learner withdrew before signing");

        fixture.given(drafted(allOfU31()), cancelled)
                .when(new IssueMobilityDocument(
                        agreement, HOST_SCHOOL, MobilityDocumentType.EUROPASS_MOBILITY, SIGNED_ON, "nothing happened"))
                .expectNoEvents()
                .expectException(violates("agreement-not-active"));
    }

    @Test
    void S29_a_mobility_cancelled_mid_way_is_cancelled_with_its_reason_and_can_still_be_documented() {
        var cancelledOn = MOBILITY_START.plusWeeks(1);
        var cancelled = new LearningAgreementCancelled(agreement, 1, HOME, cancelledOn, "illness");
        var europass = new IssueMobilityDocument(
                agreement, HOST_SCHOOL, MobilityDocumentType.EUROPASS_MOBILITY, cancelledOn, "one week at the host");

        fixture.given(anActiveAgreement())
                .when(new CancelLearningAgreement(agreement, HOME, cancelledOn, " illness "))
                .expectEvents(cancelled);
        fixture.given(anActiveAgreementAnd(cancelled))
                .when(europass)
                .expectEvents(new MobilityDocumentIssued(
                        agreement,
                        HOST_SCHOOL,
                        MobilityDocumentType.EUROPASS_MOBILITY,
                        cancelledOn,
                        "one week at the host"));
        fixture.given(anActiveAgreementAnd(cancelled))
                .when(new CompleteLearningAgreement(agreement, MOBILITY_END, List.of()))
                .expectNoEvents()
                .expectException(violates("agreement-not-active"));
        fixture.given(anActiveAgreementAnd(cancelled))
                .when(new CancelLearningAgreement(agreement, HOST, cancelledOn, "again"))
                .expectNoEvents()
                .expectException(violates("agreement-ended"));
    }

    @Test
    void S31_a_host_documents_learning_without_assessing_it() {
        var issuedOn = MOBILITY_END;

        fixture.given(anActiveAgreement())
                .when(new IssueMobilityDocument(
                        agreement,
                        HOST_SCHOOL,
                        MobilityDocumentType.EUROPASS_MOBILITY,
                        issuedOn,
                        "5a: wired a distribution board"))
                .expectEvents(new MobilityDocumentIssued(
                        agreement,
                        HOST_SCHOOL,
                        MobilityDocumentType.EUROPASS_MOBILITY,
                        issuedOn,
                        "5a: wired a distribution board"));
    }

    @Test
    void R21_only_home_or_host_document_a_signed_agreement() {
        fixture.given(drafted(allOfU31()))
                .when(new IssueMobilityDocument(
                        agreement, HOST_SCHOOL, MobilityDocumentType.EUROPASS_MOBILITY, MOBILITY_END, "too early"))
                .expectNoEvents()
                .expectException(violates("agreement-not-active"));
        fixture.given(anActiveAgreement())
                .when(new IssueMobilityDocument(
                        agreement, THIRD, MobilityDocumentType.HOST_TRANSCRIPT, MOBILITY_END, "not theirs"))
                .expectNoEvents()
                .expectException(violates("not-home-or-host"));
    }

    @Test
    void S04_an_agreement_completes_with_gaps_naming_the_missing_outcome() {
        var missing = partOf(U31, "LO4");
        var completed = new LearningAgreementCompleted(agreement, 1, MOBILITY_END.plusDays(10), List.of(missing));

        fixture.given(anActiveAgreement())
                .when(new CompleteLearningAgreement(agreement, MOBILITY_END.plusDays(10), List.of(missing)))
                .expectEvents(completed);
        assertThat(completed.withGaps()).isTrue();
        assertThat(completed.outstanding()).containsExactly(missing);
    }

    @Test
    void an_agreement_achieved_in_full_completes_without_gaps() {
        var completed = new LearningAgreementCompleted(agreement, 1, MOBILITY_END.plusDays(10), List.of());

        fixture.given(anActiveAgreement())
                .when(new CompleteLearningAgreement(agreement, MOBILITY_END.plusDays(10), null))
                .expectEvents(completed);
        assertThat(completed.withGaps()).isFalse();
    }

    @Test
    void a_gap_names_only_what_the_agreement_planned() {
        var partOfU31 = termsPlanning(partOf(U31, "LO1", "LO2", "LO3"));

        fixture.given(
                        new LearningAgreementDrafted(agreement, 1, lea, mou, partOfU31, null),
                        signed(agreement, LEARNER, SIGNED_ON),
                        signed(agreement, HOME, SIGNED_ON),
                        signed(agreement, HOST, SIGNED_ON),
                        new LearningAgreementActivated(agreement, 1, SIGNED_ON))
                .when(new CompleteLearningAgreement(agreement, MOBILITY_END, List.of(partOf(U31, "LO5"))))
                .expectNoEvents()
                .expectException(violates("not-planned"));
    }

    @Test
    void a_completed_agreement_accepts_no_further_change() {
        var completed = new LearningAgreementCompleted(agreement, 1, MOBILITY_END, List.of());

        fixture.given(anActiveAgreementAnd(completed))
                .when(new CancelLearningAgreement(agreement, HOME, MOBILITY_END.plusDays(1), "too late"))
                .expectNoEvents()
                .expectException(violates("agreement-ended"));
        fixture.given(anActiveAgreementAnd(completed))
                .when(new ProposeLearningAgreementChange(agreement, extendedByAWeek(), HOME, "too late"))
                .expectNoEvents()
                .expectException(violates("agreement-not-active"));
    }

    // Scope of the agreement (R5)

    @Test
    void S02_an_agreement_may_cover_part_of_a_unit() {
        var threeOfSix = termsPlanning(partOf(U31, "LO1", "LO2", "LO3"));

        fixture.givenNoPriorActivity().when(draft(threeOfSix)).expectEvents(drafted(threeOfSix));

        assertThat(threeOfSix.lists(U31, "LO2")).isTrue();
        assertThat(threeOfSix.lists(U31, "LO5")).isFalse();
        assertThat(threeOfSix.lists(U32, "LO1")).isFalse();
        assertThat(termsPlanning(wholeUnit(U31)).lists(U31, "LO5")).isTrue();
    }

    // Groups (c3 step 4)

    @Test
    void a_group_shares_one_text_but_each_learner_signs_individually() {
        var group = "BAC-PRO-ELEC-2024-MALTA";
        var text = allOfU31();
        var agreements = List.of(anAgreementId(), anAgreementId(), anAgreementId());
        var learners = List.of(
                new LearnerId(UUID.randomUUID()), new LearnerId(UUID.randomUUID()), new LearnerId(UUID.randomUUID()));

        for (int i = 0; i < 3; i++) {
            var id = agreements.get(i);
            var learner = learners.get(i);
            var drafted = new LearningAgreementDrafted(id, 1, learner, mou, text, group);
            // one fixture per agreement: each learner's agreement is its own aggregate
            var fixture = aFixture();

            fixture.givenNoPriorActivity()
                    .when(new DraftLearningAgreement(id, learner, mou, text, group))
                    .expectEvents(drafted);
            fixture.given(drafted, signed(id, HOME, SIGNED_ON))
                    .when(sign(id, HOST, SIGNED_ON))
                    .expectEvents(signed(id, HOST, SIGNED_ON));

            var homeAndHostSigned = new Object[] {drafted, signed(id, HOME, SIGNED_ON), signed(id, HOST, SIGNED_ON)};
            boolean learnerSigns = i < 2;
            if (learnerSigns) {
                fixture.given(homeAndHostSigned)
                        .when(sign(id, LEARNER, SIGNED_ON.plusDays(i)))
                        .expectEvents(
                                signed(id, LEARNER, SIGNED_ON.plusDays(i)),
                                new LearningAgreementActivated(id, 1, SIGNED_ON.plusDays(i)));
            } else {
                fixture.given(homeAndHostSigned)
                        .when(new CompleteLearningAgreement(id, MOBILITY_END, List.of()))
                        .expectNoEvents()
                        .expectException(violates("agreement-not-active"));
            }
        }
    }
}
