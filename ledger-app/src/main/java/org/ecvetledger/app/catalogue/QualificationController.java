package org.ecvetledger.app.catalogue;

import static org.ecvetledger.app.catalogue.CatalogueValues.date;
import static org.ecvetledger.app.web.RequestValues.orEmpty;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.qualification.AmendQualificationProfile;
import org.ecvetledger.domain.qualification.AttachUnit;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.DefineAwardRules;
import org.ecvetledger.domain.qualification.DetachUnit;
import org.ecvetledger.domain.qualification.DraftQualificationStandard;
import org.ecvetledger.domain.qualification.GradingScale;
import org.ecvetledger.domain.qualification.PublishQualificationStandard;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.ResitPolicy;
import org.ecvetledger.domain.qualification.UnitResultRule;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.qualification.UnitTransition;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.projections.catalogue.FindQualifications;
import org.ecvetledger.projections.catalogue.GetQualification;
import org.ecvetledger.projections.catalogue.GetQualificationVersions;
import org.ecvetledger.projections.catalogue.QualificationSummaryView;
import org.ecvetledger.projections.catalogue.QualificationVersionView;
import org.ecvetledger.projections.catalogue.QualificationView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Qualification standards: each version is drafted, given units and an award rule set, and
 * published once consistent (R6, R9, R12); a published version is frozen.
 */
@RestController
@RequestMapping(path = "/api/qualifications", produces = MediaType.APPLICATION_JSON_VALUE)
class QualificationController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    QualificationController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<QualificationResponses.StandardVersion> draft(
            @Valid @RequestBody DraftQualificationRequest request) {
        var fields = new InvalidField.Fields();
        var id = fields.check("id", () -> new QualificationId(request.id()));
        var transitions = transitions(fields, orEmpty(request.transitionFromPrevious()));
        var profile = profile(fields, request.profile());
        var standard = new QualificationRef(id, request.versionOrFirst());
        commands.sendAndWait(new DraftQualificationStandard(standard, profile, transitions));
        return ResponseEntity.created(URI.create(path(standard))).body(version(standard));
    }

    @GetMapping
    SearchResults<QualificationResponses.Summary> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Integer eqfLevel,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String awardingBody,
            @RequestParam(required = false) Boolean published) {
        var found = queries.query(
                        new FindQualifications(q, code, eqfLevel, jurisdiction, awardingBody, published),
                        ResponseTypes.multipleInstancesOf(QualificationSummaryView.class))
                .join();
        return new SearchResults<>(
                found.stream().map(QualificationResponses.Summary::of).toList());
    }

    @GetMapping("/{id}/versions")
    QualificationResponses.Versions versions(@PathVariable String id) {
        var qualificationId = CatalogueValues.qualificationId("id", id);
        var found = queries.query(
                        new GetQualificationVersions(qualificationId),
                        ResponseTypes.multipleInstancesOf(QualificationVersionView.class))
                .join();
        if (found.isEmpty()) {
            throw new CatalogueEntryNotFound("the catalogue holds no qualification standard " + qualificationId);
        }
        return new QualificationResponses.Versions(
                qualificationId.value(),
                found.stream().map(QualificationResponses.Version::of).toList());
    }

    @GetMapping("/{id}/versions/{version}")
    QualificationResponses.Standard find(@PathVariable String id, @PathVariable int version) {
        var standard = CatalogueValues.qualificationRef("id", id, "version", version);
        return queries.query(new GetQualification(standard), ResponseTypes.optionalInstanceOf(QualificationView.class))
                .join()
                .map(QualificationResponses.Standard::of)
                .orElseThrow(() -> notFound(standard));
    }

    @PutMapping("/{id}/versions/{version}/profile")
    QualificationResponses.StandardVersion amendProfile(
            @PathVariable String id,
            @PathVariable int version,
            @Valid @RequestBody QualificationProfileRequest request) {
        var standard = CatalogueValues.qualificationRef("id", id, "version", version);
        var profile = profile(new InvalidField.Fields(), request);
        send(new AmendQualificationProfile(standard, profile), standard);
        return version(standard);
    }

    @PostMapping("/{id}/versions/{version}/units")
    QualificationResponses.StandardVersion attach(
            @PathVariable String id, @PathVariable int version, @Valid @RequestBody AttachUnitRequest request) {
        var standard = CatalogueValues.qualificationRef("id", id, "version", version);
        var fields = new InvalidField.Fields();
        var unit = CatalogueValues.unitRef(fields, "unit", request.unit());
        var role = UnitRole.valueOf(request.role());
        var group = request.electiveGroup() == null || request.electiveGroup().isBlank()
                ? null
                : request.electiveGroup().strip();
        if (role == UnitRole.ELECTIVE && group == null) {
            fields.reject("electiveGroup", "required", "an ELECTIVE unit names its elective group");
        } else if (role != UnitRole.ELECTIVE && group != null) {
            fields.reject("electiveGroup", "not-allowed", "only an ELECTIVE unit names an elective group");
        }
        var points = request.points() == null ? null : fields.check("points", () -> new CreditPoints(request.points()));
        var mobilityUnit = Boolean.TRUE.equals(request.mobilityUnit());
        fields.throwIfAny();
        // the aggregate builds the attachment itself; its shape is checked here, so a refusal names the field
        InvalidField.check(
                "unit", () -> new AttachedUnit(unit, role, group, points, request.coefficient(), mobilityUnit, null));
        send(
                new AttachUnit(
                        standard,
                        unit,
                        role,
                        group,
                        points,
                        request.coefficient(),
                        mobilityUnit,
                        request.requiredAssessmentMethods()),
                standard);
        return version(standard);
    }

    @DeleteMapping("/{id}/versions/{version}/units/{code}/{unitVersion}")
    QualificationResponses.StandardVersion detach(
            @PathVariable String id,
            @PathVariable int version,
            @PathVariable String code,
            @PathVariable int unitVersion) {
        var standard = CatalogueValues.qualificationRef("id", id, "version", version);
        var unit = CatalogueValues.unitRef("code", code, "unitVersion", unitVersion);
        send(new DetachUnit(standard, unit), standard);
        return version(standard);
    }

    @PutMapping("/{id}/versions/{version}/award-rules")
    QualificationResponses.StandardVersion defineAwardRules(
            @PathVariable String id, @PathVariable int version, @Valid @RequestBody AwardRulesRequest request) {
        var standard = CatalogueValues.qualificationRef("id", id, "version", version);
        var rules = AwardRuleMapping.toDomain(request.rules());
        send(new DefineAwardRules(standard, rules), standard);
        return version(standard);
    }

    @PostMapping("/{id}/versions/{version}/publish")
    QualificationResponses.StandardVersion publish(
            @PathVariable String id, @PathVariable int version, @Valid @RequestBody PublishRequest request) {
        var standard = CatalogueValues.qualificationRef("id", id, "version", version);
        send(new PublishQualificationStandard(standard, date(request.effectiveFrom())), standard);
        return version(standard);
    }

    /** The profile as the domain holds it; every field the domain refuses is named at once. */
    private static QualificationProfile profile(InvalidField.Fields fields, QualificationProfileRequest request) {
        var title = CatalogueValues.text(fields, "title", request.title());
        var jurisdiction = CatalogueValues.jurisdiction(fields, "jurisdiction", request.jurisdiction());
        var bodies = new ArrayList<InstitutionId>();
        for (int i = 0; i < request.awardingBodies().size(); i++) {
            var body = request.awardingBodies().get(i);
            var field = "awardingBodies[" + i + "]";
            var id = fields.check(field, () -> new InstitutionId(body));
            if (id != null && bodies.contains(id)) {
                fields.reject(field, "unique", "names " + id + " a second time");
            } else if (id != null) {
                bodies.add(id);
            }
        }
        var framework = framework(fields, request.framework(), request.scheme());
        var totalPoints = request.totalPoints() == null
                ? null
                : fields.check("totalPoints", () -> new CreditPoints(request.totalPoints()));
        GradingScale scale = null;
        if (request.gradingScale() != null) {
            var minimum = request.gradingScale().minimum();
            var maximum = request.gradingScale().maximum();
            scale = fields.check("gradingScale.maximum", () -> new GradingScale(minimum, maximum));
        }
        fields.throwIfAny();
        var gradingScale = scale;
        return InvalidField.check(
                "profile",
                () -> new QualificationProfile(
                        title,
                        jurisdiction,
                        bodies,
                        request.eqfLevel(),
                        request.nqfLevel() == null || request.nqfLevel().isBlank()
                                ? null
                                : request.nqfLevel().strip(),
                        Boolean.TRUE.equals(request.partialQualification()),
                        Boolean.TRUE.equals(request.regulatedProfession()),
                        framework,
                        totalPoints,
                        request.referenceYears(),
                        gradingScale,
                        request.resitPolicy() == null ? null : ResitPolicy.valueOf(request.resitPolicy()),
                        request.unitResultRule() == null ? null : UnitResultRule.valueOf(request.unitResultRule())));
    }

    /** {@code {"framework": "ECVET"}}, {@code {"framework": "NATIONAL", "scheme": "osaamispisteet"}} or {@code NONE}. */
    private static CreditFramework framework(InvalidField.Fields fields, String framework, String scheme) {
        var kind = CreditFramework.Kind.valueOf(framework);
        var name = scheme == null || scheme.isBlank() ? null : scheme.strip();
        if (kind == CreditFramework.Kind.NATIONAL && name == null) {
            fields.reject("scheme", "required", "a NATIONAL credit framework names its scheme");
            return null;
        }
        if (kind != CreditFramework.Kind.NATIONAL && name != null) {
            fields.reject("scheme", "not-allowed", "only a NATIONAL credit framework names a scheme");
            return null;
        }
        return fields.check("framework", () -> new CreditFramework(kind, name));
    }

    private static List<UnitTransition> transitions(InvalidField.Fields fields, List<UnitTransitionRequest> requests) {
        var transitions = new ArrayList<UnitTransition>();
        for (int i = 0; i < requests.size(); i++) {
            var request = requests.get(i);
            var field = "transitionFromPrevious[" + i + "]";
            var from = CatalogueValues.unitRef(fields, field + ".from", request.from());
            var to = CatalogueValues.unitRef(fields, field + ".to", request.to());
            var coverage = Coverage.valueOf(request.coverage());
            var outcomes = orEmpty(request.coveredOutcomes());
            if (coverage == Coverage.FULL && !outcomes.isEmpty()) {
                fields.reject(
                        field + ".coveredOutcomes", "not-allowed", "a FULL transition lists no learning outcomes");
            } else if (coverage == Coverage.PARTIAL && outcomes.isEmpty()) {
                fields.reject(
                        field + ".coveredOutcomes",
                        "required",
                        "a PARTIAL transition lists the learning outcomes it covers");
            } else if (from != null && to != null) {
                fields.check(field, () -> transitions.add(new UnitTransition(from, to, coverage, outcomes)));
            }
        }
        return transitions;
    }

    private void send(Object command, QualificationRef standard) {
        CatalogueCommands.send(commands, command, notFound(standard).getMessage());
    }

    private static QualificationResponses.StandardVersion version(QualificationRef standard) {
        return new QualificationResponses.StandardVersion(standard.id().value(), standard.version());
    }

    private static String path(QualificationRef standard) {
        return "/api/qualifications/" + standard.id().value() + "/versions/" + standard.version();
    }

    private static CatalogueEntryNotFound notFound(QualificationRef standard) {
        return new CatalogueEntryNotFound("the catalogue holds no qualification standard " + standard);
    }
}
