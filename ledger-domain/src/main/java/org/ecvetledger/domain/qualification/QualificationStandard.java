package org.ecvetledger.domain.qualification;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.UnknownInstitution;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.PreviousVersionMissing;
import org.ecvetledger.domain.unit.PublishedVersionIsFrozen;
import org.ecvetledger.domain.unit.UnitCatalogue;

/**
 * One version of a qualification standard: its profile, its units with their weight in it, and its
 * award rule set. A draft changes freely; publishing checks its consistency and freezes it. A change
 * to a published standard is a new version with a transition table from the previous one.
 */
class QualificationStandard {

    static final String UNKNOWN_UNIT = "unknown-unit";
    static final String UNIT_ALREADY_ATTACHED = "unit-already-attached";
    static final String UNIT_NOT_ATTACHED = "unit-not-attached";
    static final String PREVIOUS_VERSION_NOT_PUBLISHED = "previous-version-not-published";

    @AggregateIdentifier
    private String standardId;

    private QualificationRef standard;
    private QualificationProfile profile;
    // keyed by the unit reference's text form ({@code U31@1}), which also keeps snapshots plain JSON
    private final Map<String, AttachedUnit> units = new LinkedHashMap<>();
    private AwardRuleSet rules = new AwardRuleSet(List.of());
    private List<UnitTransition> transitions = List.of();
    private boolean published;

    QualificationStandard() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    QualificationStandard(
            DraftQualificationStandard command, InstitutionDirectory institutions, QualificationCatalogue standards) {
        var standard = command.standard();
        if (standard.version() > 1) {
            var previous = new QualificationRef(standard.id(), standard.version() - 1);
            var found = standards.find(previous).orElseThrow(() -> new PreviousVersionMissing(standard, previous));
            if (!found.published()) {
                throw CatalogueRuleViolation.conflict(
                        PREVIOUS_VERSION_NOT_PUBLISHED,
                        standard + " revises " + previous + ", which is not published yet");
            }
        } else if (!command.transitionFromPrevious().isEmpty()) {
            throw CatalogueRuleViolation.invalid(
                    PublicationCheck.TRANSITION_UNIT_UNKNOWN,
                    "the first version of a standard has no previous version to map from");
        }
        requireRegistered(command.profile(), institutions);
        apply(new QualificationStandardDrafted(standard, command.profile(), command.transitionFromPrevious()));
    }

    @CommandHandler
    void handle(AmendQualificationProfile command, InstitutionDirectory institutions) {
        requireDraft();
        requireRegistered(command.profile(), institutions);
        apply(new QualificationProfileAmended(standard, command.profile()));
    }

    @CommandHandler
    void handle(AttachUnit command, UnitCatalogue catalogue) {
        requireDraft();
        var unit = catalogue
                .find(command.unit())
                .orElseThrow(() ->
                        CatalogueRuleViolation.invalid(UNKNOWN_UNIT, "the catalogue holds no unit " + command.unit()));
        if (units.containsKey(command.unit().toString())) {
            throw CatalogueRuleViolation.conflict(
                    UNIT_ALREADY_ATTACHED, command.unit() + " is already part of " + standard);
        }
        if (command.points() != null && !profile.framework().hasPoints()) {
            // R9: a standard without a credit framework carries no points at all (S37)
            throw CatalogueRuleViolation.invalid(
                    PublicationCheck.POINTS_NOT_ALLOWED,
                    standard + " has no credit framework, so " + command.unit() + " cannot carry points");
        }
        apply(new UnitAttachedToQualification(
                standard,
                new AttachedUnit(
                        command.unit(),
                        command.role(),
                        command.electiveGroup(),
                        command.points(),
                        command.coefficient(),
                        command.mobilityUnit(),
                        unit.validity(),
                        command.requiredAssessments())));
    }

    @CommandHandler
    void handle(DetachUnit command) {
        requireDraft();
        if (!units.containsKey(command.unit().toString())) {
            throw CatalogueRuleViolation.conflict(UNIT_NOT_ATTACHED, command.unit() + " is not part of " + standard);
        }
        apply(new UnitDetachedFromQualification(standard, command.unit()));
    }

    @CommandHandler
    void handle(DefineAwardRules command) {
        requireDraft();
        apply(new AwardRuleSetDefined(standard, command.rules()));
    }

    @CommandHandler
    void handle(PublishQualificationStandard command, UnitCatalogue catalogue, QualificationCatalogue standards) {
        requireDraft();
        var previousUnits = standard.version() == 1
                ? List.<UnitRef>of()
                : standards
                        .find(new QualificationRef(standard.id(), standard.version() - 1))
                        .map(CatalogueQualification::units)
                        .orElse(List.of());
        var findings = PublicationCheck.check(
                standard, profile, new ArrayList<>(units.values()), rules, transitions, previousUnits, catalogue);
        if (!findings.isEmpty()) {
            throw new QualificationStandardInconsistent(standard, findings);
        }
        apply(new QualificationStandardPublished(standard, command.effectiveFrom()));
    }

    private void requireDraft() {
        if (published) {
            throw new PublishedVersionIsFrozen(standard);
        }
    }

    private static void requireRegistered(QualificationProfile profile, InstitutionDirectory institutions) {
        for (var body : profile.awardingBodies()) {
            if (!institutions.isRegistered(body)) {
                throw new UnknownInstitution(body);
            }
        }
    }

    @EventSourcingHandler
    void on(QualificationStandardDrafted event) {
        standardId = event.standard().toString();
        standard = event.standard();
        profile = event.profile();
        transitions = event.transitionFromPrevious();
    }

    @EventSourcingHandler
    void on(QualificationProfileAmended event) {
        profile = event.profile();
    }

    @EventSourcingHandler
    void on(UnitAttachedToQualification event) {
        units.put(event.attachment().unit().toString(), event.attachment());
    }

    @EventSourcingHandler
    void on(UnitDetachedFromQualification event) {
        units.remove(event.unit().toString());
    }

    @EventSourcingHandler
    void on(AwardRuleSetDefined event) {
        rules = event.rules();
    }

    @EventSourcingHandler
    void on(QualificationStandardPublished event) {
        published = true;
    }
}
