package org.ecvetledger.app.catalogue;

import static org.ecvetledger.app.catalogue.CatalogueValues.date;

import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.institution.FunctionGrant;
import org.ecvetledger.domain.institution.GrantFunction;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.InstitutionKind;
import org.ecvetledger.domain.institution.RegisterInstitution;
import org.ecvetledger.domain.institution.WithdrawFunction;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.projections.catalogue.FindInstitutions;
import org.ecvetledger.projections.catalogue.GetInstitution;
import org.ecvetledger.projections.catalogue.InstitutionView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Competent institutions: registration, the functions they hold (R2), and the catalogue's view of them. */
@RestController
@RequestMapping(path = "/api/institutions", produces = MediaType.APPLICATION_JSON_VALUE)
class InstitutionController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    InstitutionController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<InstitutionResponses.Registered> register(@Valid @RequestBody RegisterInstitutionRequest request) {
        var fields = new InvalidField.Fields();
        var institutionId = fields.check("institutionId", () -> new InstitutionId(request.institutionId()));
        var jurisdiction = CatalogueValues.jurisdiction(fields, "jurisdiction", request.jurisdiction());
        fields.throwIfAny();
        commands.sendAndWait(new RegisterInstitution(
                institutionId, request.legalName().strip(), jurisdiction, InstitutionKind.valueOf(request.kind())));
        return ResponseEntity.created(URI.create("/api/institutions/" + institutionId))
                .body(new InstitutionResponses.Registered(institutionId.value()));
    }

    @GetMapping
    SearchResults<InstitutionResponses.Institution> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String function) {
        if (function != null && !function.isBlank() && !isFunction(function.strip())) {
            throw new InvalidField(
                    "function", "one-of", "must be one of " + java.util.Arrays.toString(InstitutionFunction.values()));
        }
        var found = queries.query(
                        new FindInstitutions(q, jurisdiction, function),
                        ResponseTypes.multipleInstancesOf(InstitutionView.class))
                .join();
        return new SearchResults<>(
                found.stream().map(InstitutionResponses.Institution::of).toList());
    }

    @GetMapping("/{institutionId}")
    InstitutionResponses.Institution find(@PathVariable String institutionId) {
        var id = CatalogueValues.institutionId("institutionId", institutionId);
        return queries.query(new GetInstitution(id), ResponseTypes.optionalInstanceOf(InstitutionView.class))
                .join()
                .map(InstitutionResponses.Institution::of)
                .orElseThrow(() -> new CatalogueEntryNotFound("no institution " + id + " is registered"));
    }

    @PostMapping("/{institutionId}/functions")
    InstitutionResponses.FunctionChange grant(
            @PathVariable String institutionId, @Valid @RequestBody GrantFunctionRequest request) {
        var id = CatalogueValues.institutionId("institutionId", institutionId);
        var grant = grant(request.function(), request.standard(), request.jurisdiction());
        var effectiveFrom = date(request.effectiveFrom());
        CatalogueCommands.send(
                commands, new GrantFunction(id, grant, effectiveFrom), "no institution " + id + " is registered");
        return change(id, grant, effectiveFrom, null);
    }

    @PostMapping("/{institutionId}/functions/withdrawals")
    InstitutionResponses.FunctionChange withdraw(
            @PathVariable String institutionId, @Valid @RequestBody WithdrawFunctionRequest request) {
        var id = CatalogueValues.institutionId("institutionId", institutionId);
        var grant = grant(request.function(), request.standard(), request.jurisdiction());
        var effectiveFrom = date(request.effectiveFrom());
        var reason = request.reason().strip();
        CatalogueCommands.send(
                commands,
                new WithdrawFunction(id, grant, effectiveFrom, reason),
                "no institution " + id + " is registered");
        return change(id, grant, effectiveFrom, reason);
    }

    private static boolean isFunction(String name) {
        return java.util.Arrays.stream(InstitutionFunction.values())
                .anyMatch(f -> f.name().equalsIgnoreCase(name));
    }

    private static FunctionGrant grant(String function, String standard, String jurisdiction) {
        var fields = new InvalidField.Fields();
        var qualification = standard == null ? null : fields.check("standard", () -> new QualificationId(standard));
        Jurisdiction where = CatalogueValues.jurisdiction(fields, "jurisdiction", jurisdiction);
        fields.throwIfAny();
        return new FunctionGrant(InstitutionFunction.valueOf(function), qualification, where);
    }

    private static InstitutionResponses.FunctionChange change(
            InstitutionId id, FunctionGrant grant, java.time.LocalDate effectiveFrom, String reason) {
        return new InstitutionResponses.FunctionChange(
                id.value(),
                grant.function().name(),
                grant.standard() == null ? null : grant.standard().value(),
                grant.jurisdiction().toString(),
                effectiveFrom,
                reason);
    }
}
