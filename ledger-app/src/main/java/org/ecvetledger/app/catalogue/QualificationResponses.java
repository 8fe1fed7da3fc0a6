package org.ecvetledger.app.catalogue;

import static org.ecvetledger.app.catalogue.CatalogueValues.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.UnitTransition;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.projections.catalogue.AttachedUnitView;
import org.ecvetledger.projections.catalogue.QualificationSummaryView;
import org.ecvetledger.projections.catalogue.QualificationVersionView;
import org.ecvetledger.projections.catalogue.QualificationView;

/**
 * The JSON shapes of the qualification endpoints' answers: the profile's members read as in the
 * requests; units read {@code CODE@VERSION}; texts are language → text.
 */
final class QualificationResponses {

    private QualificationResponses() {}

    /** Names the standard version a command was recorded for. */
    record StandardVersion(String id, int version) {}

    /** A standard version in a search result. */
    record Summary(
            String id,
            int version,
            Map<String, String> title,
            String jurisdiction,
            List<String> awardingBodies,
            Integer eqfLevel,
            String nqfLevel,
            String framework,
            String scheme,
            BigDecimal totalPoints,
            String status,
            LocalDate effectiveFrom) {

        static Summary of(QualificationSummaryView view) {
            return new Summary(
                    view.standard().id().value(),
                    view.standard().version(),
                    json(view.title()),
                    view.jurisdiction().toString(),
                    ids(view.awardingBodies()),
                    view.eqfLevel(),
                    view.nqfLevel(),
                    view.framework().kind().name(),
                    view.framework().scheme(),
                    pointsOf(view.totalPoints()),
                    view.status().name(),
                    view.effectiveFrom());
        }
    }

    /** One entry of {@code GET /api/qualifications/{id}/versions}. */
    record Version(int version, Map<String, String> title, String status, LocalDate effectiveFrom) {

        static Version of(QualificationVersionView view) {
            return new Version(
                    view.standard().version(), json(view.title()), view.status().name(), view.effectiveFrom());
        }
    }

    /** The versions of one standard, oldest first. */
    record Versions(String id, List<Version> versions) {}

    /** A standard version in full. */
    record Standard(
            String id,
            int version,
            String status,
            LocalDate effectiveFrom,
            Map<String, String> title,
            String jurisdiction,
            List<String> awardingBodies,
            Integer eqfLevel,
            String nqfLevel,
            boolean partialQualification,
            boolean regulatedProfession,
            String framework,
            String scheme,
            BigDecimal totalPoints,
            BigDecimal referenceYears,
            GradingScale gradingScale,
            String resitPolicy,
            String unitResultRule,
            List<Unit> units,
            List<AwardRuleBody> awardRules,
            boolean awardRulesDefined,
            List<Transition> transitionFromPrevious) {

        static Standard of(QualificationView view) {
            QualificationProfile profile = view.profile();
            CreditFramework framework = profile.framework();
            return new Standard(
                    view.standard().id().value(),
                    view.standard().version(),
                    view.status().name(),
                    view.effectiveFrom(),
                    json(profile.title()),
                    profile.jurisdiction().toString(),
                    ids(profile.awardingBodies()),
                    profile.eqfLevel(),
                    profile.nqfLevel(),
                    profile.partialQualification(),
                    profile.regulatedProfession(),
                    framework.kind().name(),
                    framework.scheme(),
                    pointsOf(profile.totalPoints()),
                    profile.referenceYears(),
                    profile.gradingScale() == null
                            ? null
                            : new GradingScale(
                                    profile.gradingScale().minimum(),
                                    profile.gradingScale().maximum()),
                    profile.resitPolicy().name(),
                    profile.unitResultRule().name(),
                    view.units().stream().map(Unit::of).toList(),
                    AwardRuleMapping.toJson(view.awardRules()),
                    view.awardRulesDefined(),
                    view.transitionFromPrevious().stream().map(Transition::of).toList());
        }
    }

    record GradingScale(BigDecimal minimum, BigDecimal maximum) {}

    /** A unit as it belongs to the standard. */
    record Unit(
            String unit,
            Map<String, String> title,
            String role,
            String electiveGroup,
            BigDecimal points,
            BigDecimal coefficient,
            boolean mobilityUnit,
            String validity,
            List<String> requiredAssessments) {

        static Unit of(AttachedUnitView view) {
            return new Unit(
                    view.unit().toString(),
                    json(view.title()),
                    view.role().name(),
                    view.electiveGroup(),
                    pointsOf(view.points()),
                    view.coefficient(),
                    view.mobilityUnit(),
                    view.validity() == null ? null : view.validity().toString(),
                    view.requiredAssessments().stream().map(Enum::name).toList());
        }
    }

    record Transition(String from, String to, String coverage, List<String> coveredOutcomes) {

        static Transition of(UnitTransition transition) {
            return new Transition(
                    transition.from().toString(),
                    transition.to().toString(),
                    transition.coverage().name(),
                    transition.coveredOutcomes());
        }
    }

    private static List<String> ids(List<InstitutionId> ids) {
        return ids.stream().map(InstitutionId::value).toList();
    }

    private static BigDecimal pointsOf(CreditPoints points) {
        return points == null ? null : points.value();
    }
}
