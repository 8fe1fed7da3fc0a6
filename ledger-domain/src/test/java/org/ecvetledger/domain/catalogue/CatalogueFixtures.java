package org.ecvetledger.domain.catalogue;

import java.math.BigDecimal;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.qualification.CatalogueQualification;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.UnitResultRule;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.CatalogueUnit;
import org.ecvetledger.domain.unit.LearningOutcome;
import org.ecvetledger.domain.unit.LearningOutcomeCategory;
import org.ecvetledger.domain.unit.UnitCatalogue;
import org.ecvetledger.domain.unit.UnitDescription;

/** Small factories for catalogue tests, and an in-memory stand-in for the catalogue lookups. */
public final class CatalogueFixtures {

    public static final InstitutionId MINISTRY_FR = new InstitutionId("FR-MEN");
    public static final InstitutionId MCAST = new InstitutionId("MT-MCAST");
    public static final InstitutionId REGIONE_LAZIO = new InstitutionId("IT-LAZIO");

    private CatalogueFixtures() {}

    public static UnitDescription aUnitDescription(String title, String... outcomeIds) {
        var outcomes = java.util.Arrays.stream(outcomeIds.length == 0 ? new String[] {"LO1", "LO2"} : outcomeIds)
                .map(id -> new LearningOutcome(
                        id, MultilingualText.of("en", "Outcome " + id), LearningOutcomeCategory.SKILLS, null))
                .toList();
        return new UnitDescription(
                MultilingualText.of("en", title), outcomes, List.of("observed at work"), Set.of(4), null, MINISTRY_FR);
    }

    public static QualificationProfile aProfileWithoutPoints() {
        return new QualificationProfile(
                new MultilingualText(
                        Map.of("fr", "Baccalauréat professionnel MELEC", "en", "Vocational baccalaureate")),
                Jurisdiction.of("FR"),
                List.of(MINISTRY_FR),
                4,
                "4",
                false,
                false,
                CreditFramework.NONE,
                null,
                null,
                new GradingScale(BigDecimal.ZERO, BigDecimal.valueOf(20)),
                ResitPolicy.LATEST,
                UnitResultRule.ALL_LEARNING_OUTCOMES);
    }

    public static QualificationProfile anEcvetProfile(long totalPoints, String referenceYears) {
        return new QualificationProfile(
                MultilingualText.of("en", "Award in Health and Social Care"),
                Jurisdiction.of("MT"),
                List.of(MCAST),
                4,
                "MQF 4",
                false,
                false,
                CreditFramework.ECVET,
                CreditPoints.of(totalPoints),
                new BigDecimal(referenceYears),
                null,
                null,
                null);
    }

    /** The catalogue lookups, in memory: what the application keeps in its lookup tables. */
    public static final class Lookups implements InstitutionDirectory, UnitCatalogue, QualificationCatalogue {
        private final Set<InstitutionId> institutions = new HashSet<>(Set.of(MINISTRY_FR, MCAST, REGIONE_LAZIO));
        private final Map<UnitRef, CatalogueUnit> units = new HashMap<>();
        private final Map<QualificationRef, CatalogueQualification> standards = new HashMap<>();

        public Lookups publishedUnit(UnitRef unit, String... outcomes) {
            units.put(
                    unit,
                    new CatalogueUnit(
                            unit, true, List.of(outcomes.length == 0 ? new String[] {"LO1", "LO2"} : outcomes), null));
            return this;
        }

        public Lookups publishedUnitValidFor(UnitRef unit, Period validity) {
            units.put(unit, new CatalogueUnit(unit, true, List.of("LO1"), validity));
            return this;
        }

        public Lookups draftUnit(UnitRef unit) {
            units.put(unit, new CatalogueUnit(unit, false, List.of("LO1"), null));
            return this;
        }

        public Lookups standard(QualificationRef standard, boolean published, UnitRef... units) {
            standards.put(standard, new CatalogueQualification(standard, published, List.of(units)));
            return this;
        }

        private final Set<String> grants = new HashSet<>();
        private final Map<QualificationRef, org.ecvetledger.domain.qualification.StandardDefinition> definitions =
                new HashMap<>();

        public Lookups grant(
                InstitutionId institution,
                org.ecvetledger.domain.institution.InstitutionFunction function,
                org.ecvetledger.domain.shared.QualificationId standard) {
            grants.add(institution + "|" + function + "|" + standard);
            return this;
        }

        public Lookups define(org.ecvetledger.domain.qualification.StandardDefinition definition) {
            definitions.put(definition.standard(), definition);
            standards.put(
                    definition.standard(),
                    new CatalogueQualification(
                            definition.standard(),
                            true,
                            definition.rules().units().stream()
                                    .map(u -> u.unit())
                                    .toList()));
            return this;
        }

        /** Grants here hold in any jurisdiction: the jurisdiction tree is tested with {@code FunctionGrant}. */
        @Override
        public boolean holds(
                InstitutionId institution,
                org.ecvetledger.domain.institution.InstitutionFunction function,
                org.ecvetledger.domain.shared.QualificationId standard,
                org.ecvetledger.domain.shared.Jurisdiction where) {
            return grants.contains(institution + "|" + function + "|" + standard);
        }

        @Override
        public Optional<org.ecvetledger.domain.qualification.StandardDefinition> definition(QualificationRef standard) {
            return Optional.ofNullable(definitions.get(standard));
        }

        @Override
        public boolean isRegistered(InstitutionId institution) {
            return institutions.contains(institution);
        }

        @Override
        public Optional<CatalogueUnit> find(UnitRef unit) {
            return Optional.ofNullable(units.get(unit));
        }

        @Override
        public Optional<CatalogueQualification> find(QualificationRef standard) {
            return Optional.ofNullable(standards.get(standard));
        }
    }
}
