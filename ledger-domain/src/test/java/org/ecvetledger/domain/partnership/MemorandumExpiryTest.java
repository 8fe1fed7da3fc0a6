package org.ecvetledger.domain.partnership;

import static org.ecvetledger.domain.catalogue.RuleViolations.violates;
import static org.ecvetledger.domain.partnership.MobilityFixtures.HOME;
import static org.ecvetledger.domain.partnership.MobilityFixtures.HOST;
import static org.ecvetledger.domain.partnership.MobilityFixtures.aBilateralMemorandum;
import static org.ecvetledger.domain.partnership.MobilityFixtures.aMemorandumId;
import static org.ecvetledger.domain.partnership.MobilityFixtures.mobilityCatalogue;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** The end date that counts is that of the version in force, not of an amendment still awaiting signatures. */
class MemorandumExpiryTest {
    @Test
    void an_unsigned_amendment_shortening_the_term_does_not_end_the_version_in_force() {
        var mou = aMemorandumId();
        var fixture = new AggregateTestFixture<>(MemorandumOfUnderstanding.class);
        fixture.registerInjectableResource(mobilityCatalogue());
        var v1 = aBilateralMemorandum();
        var t = v1;
        var shorter = new MemorandumTerms(
                t.title(),
                t.parties(),
                t.scope(),
                t.validFrom(),
                LocalDate.of(2024, 3, 31),
                t.minimumMobilityDays(),
                t.maximumMobilityDays(),
                t.reviewDates());
        var on = LocalDate.of(2024, 2, 1);
        fixture.given(
                        new MemorandumDrafted(mou, 1, v1),
                        new MemorandumSigned(mou, 1, HOME, "a", on),
                        new MemorandumSigned(mou, 1, HOST, "b", on),
                        new MemorandumActivated(mou, 1, on),
                        new MemorandumAmended(mou, 2, shorter, "shorter"))
                .when(new ExpireMemorandum(mou, LocalDate.of(2024, 4, 5)))
                .expectNoEvents()
                .expectException(violates("mou-not-yet-expired"));
    }

    @Test
    void the_version_in_force_expires_on_its_own_end_date_even_when_an_unsigned_amendment_extends_it() {
        var mou = aMemorandumId();
        var fixture = new AggregateTestFixture<>(MemorandumOfUnderstanding.class);
        fixture.registerInjectableResource(mobilityCatalogue());
        var v1 = aBilateralMemorandum();
        var longer = new MemorandumTerms(
                v1.title(),
                v1.parties(),
                v1.scope(),
                v1.validFrom(),
                v1.validUntil().plusYears(2),
                v1.minimumMobilityDays(),
                v1.maximumMobilityDays(),
                v1.reviewDates());
        var on = v1.validFrom();
        fixture.given(
                        new MemorandumDrafted(mou, 1, v1),
                        new MemorandumSigned(mou, 1, HOME, "a", on),
                        new MemorandumSigned(mou, 1, HOST, "b", on),
                        new MemorandumActivated(mou, 1, on),
                        new MemorandumAmended(mou, 2, longer, "longer"))
                .when(new ExpireMemorandum(mou, v1.validUntil().plusDays(1)))
                .expectEvents(new MemorandumExpired(mou, 2, v1.validUntil().plusDays(1)));
    }
}
