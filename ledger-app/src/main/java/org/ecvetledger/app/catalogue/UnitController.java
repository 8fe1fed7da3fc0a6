package org.ecvetledger.app.catalogue;

import static org.ecvetledger.app.catalogue.CatalogueValues.date;
import static org.ecvetledger.app.web.RequestValues.orEmpty;

import jakarta.validation.Valid;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.UnitCode;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.AmendUnitDraft;
import org.ecvetledger.domain.unit.DefineUnit;
import org.ecvetledger.domain.unit.LearningOutcome;
import org.ecvetledger.domain.unit.LearningOutcomeCategory;
import org.ecvetledger.domain.unit.PublishUnit;
import org.ecvetledger.domain.unit.UnitDescription;
import org.ecvetledger.projections.catalogue.FindUnits;
import org.ecvetledger.projections.catalogue.GetUnit;
import org.ecvetledger.projections.catalogue.UnitSummaryView;
import org.ecvetledger.projections.catalogue.UnitView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Units of learning outcomes: each version is drafted, amended while a draft, then published and frozen. */
@RestController
@RequestMapping(path = "/api/units", produces = MediaType.APPLICATION_JSON_VALUE)
class UnitController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    UnitController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<UnitResponses.UnitVersion> define(@Valid @RequestBody DefineUnitRequest request) {
        var fields = new InvalidField.Fields();
        var code = fields.check("code", () -> new UnitCode(request.code()));
        var description = description(fields, request.description());
        var unit = new UnitRef(code, request.versionOrFirst());
        commands.sendAndWait(new DefineUnit(unit, description));
        return ResponseEntity.created(URI.create(path(unit))).body(version(unit));
    }

    @GetMapping
    SearchResults<UnitResponses.Summary> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer eqfLevel,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Boolean published) {
        var found = queries.query(
                        new FindUnits(q, eqfLevel, owner, published),
                        ResponseTypes.multipleInstancesOf(UnitSummaryView.class))
                .join();
        return new SearchResults<>(found.stream().map(UnitResponses.Summary::of).toList());
    }

    @GetMapping("/{code}/versions/{version}")
    UnitResponses.Unit find(@PathVariable String code, @PathVariable int version) {
        var unit = CatalogueValues.unitRef("code", code, "version", version);
        return queries.query(new GetUnit(unit), ResponseTypes.optionalInstanceOf(UnitView.class))
                .join()
                .map(UnitResponses.Unit::of)
                .orElseThrow(() -> notFound(unit));
    }

    @PutMapping("/{code}/versions/{version}")
    UnitResponses.UnitVersion amend(
            @PathVariable String code, @PathVariable int version, @Valid @RequestBody UnitDescriptionRequest request) {
        var unit = CatalogueValues.unitRef("code", code, "version", version);
        var description = description(new InvalidField.Fields(), request);
        CatalogueCommands.send(
                commands, new AmendUnitDraft(unit, description), notFound(unit).getMessage());
        return version(unit);
    }

    @PostMapping("/{code}/versions/{version}/publish")
    UnitResponses.UnitVersion publish(
            @PathVariable String code, @PathVariable int version, @Valid @RequestBody PublishRequest request) {
        var unit = CatalogueValues.unitRef("code", code, "version", version);
        CatalogueCommands.send(
                commands,
                new PublishUnit(unit, date(request.effectiveFrom())),
                notFound(unit).getMessage());
        return version(unit);
    }

    /** The unit's text as the domain holds it; every field the domain refuses is named at once. */
    private static UnitDescription description(InvalidField.Fields fields, UnitDescriptionRequest request) {
        var title = CatalogueValues.text(fields, "title", request.title());
        var outcomes = new ArrayList<LearningOutcome>();
        var ids = new HashSet<String>();
        for (int i = 0; i < request.learningOutcomes().size(); i++) {
            var field = "learningOutcomes[" + i + "]";
            var outcome = request.learningOutcomes().get(i);
            if (!ids.add(outcome.id())) {
                fields.reject(field + ".id", "unique", "learning outcome " + outcome.id() + " appears twice");
            }
            var description = CatalogueValues.text(fields, field + ".description", outcome.description());
            var escoSkill =
                    outcome.escoSkill() == null ? null : escoSkill(fields, field + ".escoSkill", outcome.escoSkill());
            if (description != null) {
                fields.check(
                        field,
                        () -> outcomes.add(new LearningOutcome(
                                outcome.id(),
                                description,
                                LearningOutcomeCategory.valueOf(outcome.category()),
                                escoSkill)));
            }
        }
        var owner = fields.check("owner", () -> new InstitutionId(request.owner()));
        Period validity = request.validity() == null ? null : Period.parse(request.validity());
        if (validity != null && (validity.isNegative() || validity.isZero())) {
            fields.reject("validity", "positive", "must be a period longer than zero");
        }
        fields.throwIfAny();
        var criteria = orEmpty(request.assessmentCriteria()).stream()
                .map(String::strip)
                .toList();
        return InvalidField.check(
                "learningOutcomes",
                () -> new UnitDescription(
                        title, outcomes, criteria, new HashSet<>(orEmpty(request.eqfLevels())), validity, owner));
    }

    private static URI escoSkill(InvalidField.Fields fields, String field, String text) {
        try {
            var uri = new URI(text.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                fields.reject(field, "format", "must be an http(s) URI");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            fields.reject(field, "format", "must be an http(s) URI");
            return null;
        }
    }

    private static UnitResponses.UnitVersion version(UnitRef unit) {
        return new UnitResponses.UnitVersion(unit.code().value(), unit.version());
    }

    private static String path(UnitRef unit) {
        return "/api/units/" + unit.code().value() + "/versions/" + unit.version();
    }

    private static CatalogueEntryNotFound notFound(UnitRef unit) {
        return new CatalogueEntryNotFound("the catalogue holds no unit " + unit);
    }
}
