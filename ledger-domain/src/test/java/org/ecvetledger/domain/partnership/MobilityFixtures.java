package org.ecvetledger.domain.partnership;

import static org.ecvetledger.domain.catalogue.CatalogueFixtures.MCAST;
import static org.ecvetledger.domain.catalogue.CatalogueFixtures.MINISTRY_FR;
import static org.ecvetledger.domain.catalogue.CatalogueFixtures.REGIONE_LAZIO;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ecvetledger.domain.catalogue.CatalogueFixtures;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * Small factories for mobility tests (MoU and learning agreement): a home and a host institution, a
 * published BAC PRO-style standard with unit U31 and its six outcomes, MoU terms, and an in-memory
 * stand-in for the MoU registry.
 */
public final class MobilityFixtures {

    /** The home competent institution (registered in {@link CatalogueFixtures.Lookups}). */
    public static final InstitutionId HOME = MINISTRY_FR;
    /** The host institution (registered). */
    public static final InstitutionId HOST = MCAST;
    /** A third registered institution, party only to multilateral MoUs. */
    public static final InstitutionId THIRD = REGIONE_LAZIO;
    /** An institution the catalogue does not know. */
    public static final InstitutionId UNREGISTERED = new InstitutionId("DE-BERUFSSCHULE-UNKNOWN");

    public static final QualificationRef BACPRO = QualificationRef.of("FR-BACPRO-ELEC", 2013);
    public static final QualificationRef DRAFT_STANDARD = QualificationRef.of("FR-BACPRO-DRAFT", 1);
    /** In the MoU's scope, with six outcomes. */
    public static final UnitRef U31 = UnitRef.of("U31", 1);
    /** Part of the standard but outside the MoU's scope. */
    public static final UnitRef U32 = UnitRef.of("U32", 1);
    /** Published, but not part of the standard. */
    public static final UnitRef STRAY = UnitRef.of("STRAY", 1);

    public static final List<String> U31_OUTCOMES = List.of("LO1", "LO2", "LO3", "LO4", "LO5", "LO6");

    public static final LocalDate VALID_FROM = LocalDate.of(2024, 1, 1);
    public static final LocalDate VALID_UNTIL = LocalDate.of(2024, 6, 30);
    public static final int MINIMUM_DAYS = 14;
    public static final int MAXIMUM_DAYS = 90;

    private MobilityFixtures() {}

    public static MemorandumId aMemorandumId() {
        return new MemorandumId(UUID.randomUUID());
    }

    /** The catalogue the MoU and agreement rules look things up in. */
    public static CatalogueFixtures.Lookups mobilityCatalogue() {
        return new CatalogueFixtures.Lookups()
                .publishedUnit(U31, U31_OUTCOMES.toArray(String[]::new))
                .publishedUnit(U32)
                .publishedUnit(STRAY)
                .standard(BACPRO, true, U31, U32)
                .standard(DRAFT_STANDARD, false, U31);
    }

    public static MemorandumParty party(InstitutionId institution) {
        return new MemorandumParty(
                institution,
                "vocational training in electrotechnics",
                "continuous assessment at the workplace",
                "Europass Mobility",
                "validation board",
                "unit recognition");
    }

    /** A bilateral MoU between {@link #HOME} and {@link #HOST} on U31 of {@link #BACPRO}. */
    public static MemorandumTerms aBilateralMemorandum() {
        return memorandumBetween(HOME, HOST);
    }

    public static MemorandumTerms memorandumBetween(InstitutionId... parties) {
        return memorandum(
                Arrays.stream(parties).map(MobilityFixtures::party).toList(),
                List.of(new MemorandumScope(BACPRO, List.of(U31))));
    }

    public static MemorandumTerms memorandumCovering(MemorandumScope... scope) {
        return memorandum(List.of(party(HOME), party(HOST)), List.of(scope));
    }

    private static MemorandumTerms memorandum(List<MemorandumParty> parties, List<MemorandumScope> scope) {
        return new MemorandumTerms(
                "Electrotechnics mobility partnership",
                parties,
                scope,
                VALID_FROM,
                VALID_UNTIL,
                MINIMUM_DAYS,
                MAXIMUM_DAYS,
                List.of(LocalDate.of(2024, 3, 31)));
    }

    /** An in-memory stand-in for the MoU registry the write side keeps in its lookup table. */
    public static final class Memoranda implements MemorandumRegistry {
        private final Map<MemorandumId, MemorandumStanding> standings = new HashMap<>();

        /** Signed by every party and in force from activeFrom. */
        public Memoranda inForce(MemorandumId memorandum, MemorandumTerms terms, LocalDate activeFrom) {
            standings.put(memorandum, new MemorandumStanding(terms, activeFrom, null));
            return this;
        }

        /** Drafted, but not yet signed by every party. */
        public Memoranda notYetSigned(MemorandumId memorandum) {
            standings.put(memorandum, new MemorandumStanding(null, null, null));
            return this;
        }

        /** Expired or terminated on endedOn. */
        public Memoranda ended(
                MemorandumId memorandum, MemorandumTerms terms, LocalDate activeFrom, LocalDate endedOn) {
            standings.put(memorandum, new MemorandumStanding(terms, activeFrom, endedOn));
            return this;
        }

        @Override
        public Optional<MemorandumStanding> find(MemorandumId memorandum) {
            return Optional.ofNullable(standings.get(memorandum));
        }
    }
}
