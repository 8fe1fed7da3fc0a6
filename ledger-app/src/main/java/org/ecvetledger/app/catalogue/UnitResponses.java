package org.ecvetledger.app.catalogue;

import static org.ecvetledger.app.catalogue.CatalogueValues.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecvetledger.domain.unit.LearningOutcome;
import org.ecvetledger.projections.catalogue.UnitAttachmentView;
import org.ecvetledger.projections.catalogue.UnitSummaryView;
import org.ecvetledger.projections.catalogue.UnitView;

/** The JSON shapes of the unit endpoints' answers. Texts are language → text; standards read {@code ID@VERSION}. */
final class UnitResponses {

    private UnitResponses() {}

    /** Names the unit version a command was recorded for. */
    record UnitVersion(String code, int version) {}

    /** A unit version in a search result. */
    record Summary(
            String code,
            int version,
            Map<String, String> title,
            Set<Integer> eqfLevels,
            String owner,
            String status,
            LocalDate effectiveFrom) {

        static Summary of(UnitSummaryView view) {
            return new Summary(
                    view.unit().code().value(),
                    view.unit().version(),
                    json(view.title()),
                    view.eqfLevels(),
                    view.owner().value(),
                    view.status().name(),
                    view.effectiveFrom());
        }
    }

    /** A unit version in full, with the standards it is attached to. */
    record Unit(
            String code,
            int version,
            String status,
            LocalDate effectiveFrom,
            Map<String, String> title,
            List<Outcome> learningOutcomes,
            List<String> assessmentCriteria,
            Set<Integer> eqfLevels,
            String validity,
            String owner,
            List<Attachment> attachedTo) {

        static Unit of(UnitView view) {
            var description = view.description();
            return new Unit(
                    view.unit().code().value(),
                    view.unit().version(),
                    view.status().name(),
                    view.effectiveFrom(),
                    json(description.title()),
                    description.learningOutcomes().stream().map(Outcome::of).toList(),
                    description.assessmentCriteria(),
                    description.eqfLevels(),
                    description.validity() == null
                            ? null
                            : description.validity().toString(),
                    description.owner().value(),
                    view.attachedTo().stream().map(Attachment::of).toList());
        }
    }

    record Outcome(String id, Map<String, String> description, String category, String escoSkill) {

        static Outcome of(LearningOutcome outcome) {
            return new Outcome(
                    outcome.id(),
                    json(outcome.description()),
                    outcome.category().name(),
                    outcome.escoSkill() == null ? null : outcome.escoSkill().toString());
        }
    }

    /** How the unit belongs to one standard version: points and weights belong to the standard (R8). */
    record Attachment(
            String standard,
            Map<String, String> standardTitle,
            String standardStatus,
            String role,
            String electiveGroup,
            BigDecimal points,
            BigDecimal coefficient,
            boolean mobilityUnit) {

        static Attachment of(UnitAttachmentView view) {
            return new Attachment(
                    view.standard().toString(),
                    json(view.standardTitle()),
                    view.standardStatus() == null ? null : view.standardStatus().name(),
                    view.role().name(),
                    view.electiveGroup(),
                    view.points() == null ? null : view.points().value(),
                    view.coefficient(),
                    view.mobilityUnit());
        }
    }
}
