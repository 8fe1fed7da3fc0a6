package org.ecvetledger.domain.partnership;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecvetledger.domain.catalogue.RuleViolations.violates;
import static org.ecvetledger.domain.partnership.MobilityFixtures.BACPRO;
import static org.ecvetledger.domain.partnership.MobilityFixtures.DRAFT_STANDARD;
import static org.ecvetledger.domain.partnership.MobilityFixtures.HOME;
import static org.ecvetledger.domain.partnership.MobilityFixtures.HOST;
import static org.ecvetledger.domain.partnership.MobilityFixtures.MAXIMUM_DAYS;
import static org.ecvetledger.domain.partnership.MobilityFixtures.MINIMUM_DAYS;
import static org.ecvetledger.domain.partnership.MobilityFixtures.STRAY;
import static org.ecvetledger.domain.partnership.MobilityFixtures.THIRD;
import static org.ecvetledger.domain.partnership.MobilityFixtures.U31;
import static org.ecvetledger.domain.partnership.MobilityFixtures.UNREGISTERED;
import static org.ecvetledger.domain.partnership.MobilityFixtures.VALID_FROM;
import static org.ecvetledger.domain.partnership.MobilityFixtures.VALID_UNTIL;
import static org.ecvetledger.domain.partnership.MobilityFixtures.aBilateralMemorandum;
import static org.ecvetledger.domain.partnership.MobilityFixtures.memorandumBetween;
import static org.ecvetledger.domain.partnership.MobilityFixtures.memorandumCovering;
import static org.ecvetledger.domain.partnership.MobilityFixtures.mobilityCatalogue;
import static org.ecvetledger.domain.partnership.MobilityFixtures.party;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DOMAIN c2: an MoU is drafted, signed by each party, active, reviewed, amended, expired or terminated. */
class MemorandumOfUnderstandingTest {

    private static final LocalDate EARLY_SIGNATURE = LocalDate.of(2023, 12, 1);
    private static final LocalDate SIGNATURE = LocalDate.of(2024, 2, 1);
    private static final LocalDate LATER = LocalDate.of(2024, 3, 15);

    private final MemorandumId mou = MobilityFixtures.aMemorandumId();
    private FixtureConfiguration<MemorandumOfUnderstanding> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MemorandumOfUnderstanding.class);
        fixture.registerInjectableResource(mobilityCatalogue());
    }

    private MemorandumDrafted drafted(MemorandumTerms terms) {
        return new MemorandumDrafted(mou, 1, terms);
    }

    private MemorandumSigned signed(int version, InstitutionId party, LocalDate on) {
        return new MemorandumSigned(mou, version, party, "Director of " + party, on);
    }

    private SignMemorandum sign(int version, InstitutionId party, LocalDate on) {
        return new SignMemorandum(mou, version, party, "Director of " + party, on);
    }

    private Object[] anActiveMemorandum() {
        return new Object[] {
            drafted(aBilateralMemorandum()),
            signed(1, HOME, SIGNATURE),
            signed(1, HOST, SIGNATURE),
            new MemorandumActivated(mou, 1, SIGNATURE)
        };
    }

    private Object[] anExpiredMemorandum() {
        var events = new java.util.ArrayList<>(List.of(anActiveMemorandum()));
        events.add(new MemorandumExpired(mou, 1, VALID_UNTIL.plusDays(1)));
        return events.toArray();
    }

    private static MemorandumTerms amendedTerms() {
        var terms = aBilateralMemorandum();
        return new MemorandumTerms(
                terms.title(),
                terms.parties(),
                terms.scope(),
                terms.validFrom(),
                terms.validUntil(),
                MINIMUM_DAYS,
                MAXIMUM_DAYS + 30,
                terms.reviewDates());
    }

    // Drafting

    @Test
    void a_memorandum_between_registered_parties_on_published_units_is_drafted_as_version_one() {
        fixture.givenNoPriorActivity()
                .when(new DraftMemorandum(mou, aBilateralMemorandum()))
                .expectEvents(drafted(aBilateralMemorandum()));
    }

    @Test
    void a_memorandum_has_at_least_two_parties() {
        assertThatThrownBy(() -> new MemorandumTerms(
                        "alone",
                        List.of(party(HOME)),
                        List.of(new MemorandumScope(BACPRO, List.of(U31))),
                        VALID_FROM,
                        VALID_UNTIL,
                        MINIMUM_DAYS,
                        MAXIMUM_DAYS,
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two parties");
    }

    @Test
    void a_memorandum_with_an_unregistered_party_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DraftMemorandum(mou, memorandumBetween(HOME, UNREGISTERED)))
                .expectNoEvents()
                .expectException(violates("unknown-institution"));
    }

    @Test
    void a_memorandum_covers_published_standards_only() {
        fixture.givenNoPriorActivity()
                .when(new DraftMemorandum(mou, memorandumCovering(new MemorandumScope(DRAFT_STANDARD, List.of(U31)))))
                .expectNoEvents()
                .expectException(violates("scope-not-in-catalogue"));
    }

    @Test
    void a_memorandum_covers_only_units_of_its_standards() {
        fixture.givenNoPriorActivity()
                .when(new DraftMemorandum(mou, memorandumCovering(new MemorandumScope(BACPRO, List.of(STRAY)))))
                .expectNoEvents()
                .expectException(violates("scope-not-in-catalogue"));
    }

    @Test
    void a_memorandum_covers_only_units_the_catalogue_knows() {
        var unknownUnit = UnitRef.of("U99", 1);
        var lookups = mobilityCatalogue().standard(BACPRO, true, U31, unknownUnit);
        var withUnknownUnit = new AggregateTestFixture<>(MemorandumOfUnderstanding.class);
        withUnknownUnit.registerInjectableResource(lookups);

        withUnknownUnit
                .givenNoPriorActivity()
                .when(new DraftMemorandum(mou, memorandumCovering(new MemorandumScope(BACPRO, List.of(unknownUnit)))))
                .expectNoEvents()
                .expectException(violates("scope-not-in-catalogue"));
    }

    // Signatures and activation

    @Test
    void each_party_signs_in_its_own_event_and_one_signature_does_not_activate() {
        fixture.given(drafted(aBilateralMemorandum()))
                .when(sign(1, HOME, SIGNATURE))
                .expectEvents(signed(1, HOME, SIGNATURE));
    }

    @Test
    void the_last_signature_activates_the_memorandum_from_that_day() {
        fixture.given(drafted(aBilateralMemorandum()), signed(1, HOME, EARLY_SIGNATURE))
                .when(sign(1, HOST, SIGNATURE))
                .expectEvents(signed(1, HOST, SIGNATURE), new MemorandumActivated(mou, 1, SIGNATURE));
    }

    @Test
    void signed_before_its_validity_the_memorandum_is_active_from_its_valid_from_date() {
        var stillBefore = VALID_FROM.minusDays(10);
        fixture.given(drafted(aBilateralMemorandum()), signed(1, HOME, EARLY_SIGNATURE))
                .when(sign(1, HOST, stillBefore))
                .expectEvents(signed(1, HOST, stillBefore), new MemorandumActivated(mou, 1, VALID_FROM));
    }

    @Test
    void an_institution_that_is_not_a_party_cannot_sign() {
        fixture.given(drafted(aBilateralMemorandum()))
                .when(sign(1, THIRD, SIGNATURE))
                .expectNoEvents()
                .expectException(violates("not-a-party"));
    }

    @Test
    void a_party_does_not_sign_the_same_version_twice() {
        fixture.given(drafted(aBilateralMemorandum()), signed(1, HOME, EARLY_SIGNATURE))
                .when(sign(1, HOME, SIGNATURE))
                .expectNoEvents()
                .expectException(violates("already-signed"));
    }

    @Test
    void signing_a_version_that_was_amended_since_is_refused() {
        fixture.given(
                        drafted(aBilateralMemorandum()),
                        new MemorandumAmended(mou, 2, amendedTerms(), "longer mobilities"))
                .when(sign(1, HOME, SIGNATURE))
                .expectNoEvents()
                .expectException(violates("not-the-current-version"));
    }

    @Test
    void signing_after_the_end_date_is_refused_even_before_the_expiry_is_recorded() {
        fixture.given(drafted(aBilateralMemorandum()), signed(1, HOME, SIGNATURE))
                .when(sign(1, HOST, VALID_UNTIL.plusDays(1)))
                .expectNoEvents()
                .expectException(violates("mou-ended"));
    }

    @Test
    void a_multilateral_memorandum_is_active_only_once_all_three_parties_signed() {
        var terms = memorandumBetween(HOME, HOST, THIRD);

        fixture.givenNoPriorActivity().when(new DraftMemorandum(mou, terms)).expectEvents(drafted(terms));
        fixture.given(drafted(terms), signed(1, HOME, EARLY_SIGNATURE))
                .when(sign(1, HOST, SIGNATURE))
                .expectEvents(signed(1, HOST, SIGNATURE));
        fixture.given(drafted(terms), signed(1, HOME, EARLY_SIGNATURE), signed(1, HOST, SIGNATURE))
                .when(sign(1, THIRD, LATER))
                .expectEvents(signed(1, THIRD, LATER), new MemorandumActivated(mou, 1, LATER));
    }

    // Amendment

    @Test
    void an_amendment_is_a_new_version() {
        fixture.given(anActiveMemorandum())
                .when(new AmendMemorandum(mou, amendedTerms(), "  longer mobilities  "))
                .expectEvents(new MemorandumAmended(mou, 2, amendedTerms(), "longer mobilities"));
    }

    @Test
    void an_amendment_clears_the_signatures_and_every_party_signs_again() {
        var amended = new MemorandumAmended(mou, 2, amendedTerms(), "longer mobilities");

        fixture.given(anActiveMemorandum())
                .andGiven(amended)
                .when(sign(2, HOME, LATER))
                .expectEvents(signed(2, HOME, LATER));
        fixture.given(anActiveMemorandum())
                .andGiven(amended, signed(2, HOME, LATER))
                .when(sign(2, HOST, LATER.plusDays(3)))
                .expectEvents(signed(2, HOST, LATER.plusDays(3)), new MemorandumActivated(mou, 2, LATER.plusDays(3)));
    }

    @Test
    void an_amendment_is_checked_against_the_catalogue_like_a_draft() {
        fixture.given(anActiveMemorandum())
                .when(new AmendMemorandum(
                        mou, memorandumCovering(new MemorandumScope(DRAFT_STANDARD, List.of(U31))), "new standard"))
                .expectNoEvents()
                .expectException(violates("scope-not-in-catalogue"));
    }

    // Review

    @Test
    void a_review_is_recorded_against_the_current_version_with_its_outcome() {
        fixture.given(anActiveMemorandum())
                .when(new ReviewMemorandum(mou, LATER, " continue unchanged "))
                .expectEvents(new MemorandumReviewed(mou, 1, LATER, "continue unchanged"));
    }

    // Expiry and termination

    @Test
    void a_memorandum_does_not_expire_on_or_before_its_end_date() {
        fixture.given(anActiveMemorandum())
                .when(new ExpireMemorandum(mou, VALID_UNTIL))
                .expectNoEvents()
                .expectException(violates("mou-not-yet-expired"));
    }

    @Test
    void after_its_end_date_the_memorandum_expires_from_the_following_day() {
        fixture.given(anActiveMemorandum())
                .when(new ExpireMemorandum(mou, VALID_UNTIL.plusDays(5)))
                .expectEvents(new MemorandumExpired(mou, 1, VALID_UNTIL.plusDays(1)));
    }

    @Test
    void an_expired_memorandum_accepts_no_further_change() {
        fixture.given(anExpiredMemorandum())
                .when(new ReviewMemorandum(mou, VALID_UNTIL.plusDays(2), "too late"))
                .expectNoEvents()
                .expectException(violates("mou-ended"));
        fixture.given(anExpiredMemorandum())
                .when(new AmendMemorandum(mou, amendedTerms(), "revive"))
                .expectNoEvents()
                .expectException(violates("mou-ended"));
        fixture.given(anExpiredMemorandum())
                .when(sign(1, HOME, LATER))
                .expectNoEvents()
                .expectException(violates("mou-ended"));
        fixture.given(anExpiredMemorandum())
                .when(new ExpireMemorandum(mou, VALID_UNTIL.plusDays(9)))
                .expectNoEvents()
                .expectException(violates("mou-ended"));
        fixture.given(anExpiredMemorandum())
                .when(new TerminateMemorandum(mou, HOME, VALID_UNTIL.plusDays(9), "closing"))
                .expectNoEvents()
                .expectException(violates("mou-ended"));
    }

    @Test
    void a_party_terminates_the_memorandum_early_with_its_reason() {
        fixture.given(anActiveMemorandum())
                .when(new TerminateMemorandum(mou, HOST, LATER, " school closed "))
                .expectEvents(new MemorandumTerminated(mou, 1, HOST, LATER, "school closed"));
    }

    @Test
    void a_terminated_memorandum_accepts_no_further_change() {
        fixture.given(anActiveMemorandum())
                .andGiven(new MemorandumTerminated(mou, 1, HOST, LATER, "school closed"))
                .when(new ReviewMemorandum(mou, LATER.plusDays(1), "after the end"))
                .expectNoEvents()
                .expectException(violates("mou-ended"));
        fixture.given(anActiveMemorandum())
                .andGiven(new MemorandumTerminated(mou, 1, HOST, LATER, "school closed"))
                .when(new ExpireMemorandum(mou, VALID_UNTIL.plusDays(1)))
                .expectNoEvents()
                .expectException(violates("mou-ended"));
    }

    @Test
    void only_a_party_can_terminate_the_memorandum() {
        fixture.given(anActiveMemorandum())
                .when(new TerminateMemorandum(mou, THIRD, LATER, "not ours"))
                .expectNoEvents()
                .expectException(violates("not-a-party"));
    }
}
