package org.ecvetledger.app.catalogue;

import static org.ecvetledger.app.catalogue.CatalogueValues.date;
import static org.ecvetledger.app.web.RequestValues.orEmpty;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.HashSet;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.equivalence.DeclareUnitEquivalence;
import org.ecvetledger.domain.equivalence.EquivalenceBasis;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.equivalence.ReviseUnitEquivalence;
import org.ecvetledger.domain.equivalence.WithdrawUnitEquivalence;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.projections.catalogue.EquivalenceView;
import org.ecvetledger.projections.catalogue.FindEquivalences;
import org.ecvetledger.projections.catalogue.GetEquivalence;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Unit equivalences (DOMAIN c1.7): declared, revised as new versions, withdrawn from a date. */
@RestController
@RequestMapping(path = "/api/equivalences", produces = MediaType.APPLICATION_JSON_VALUE)
class EquivalenceController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    EquivalenceController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<EquivalenceResponses.Declared> declare(@Valid @RequestBody EquivalenceTermsRequest request) {
        var fields = new InvalidField.Fields();
        var terms = terms(fields, request);
        var declaredBy = fields.check("declaredBy", () -> new InstitutionId(request.declaredBy()));
        fields.throwIfAny();
        var equivalenceId = new EquivalenceId(TimeOrderedIdentifierFactory.next());
        commands.sendAndWait(
                new DeclareUnitEquivalence(equivalenceId, terms, declaredBy, date(request.effectiveFrom())));
        return ResponseEntity.created(URI.create("/api/equivalences/" + equivalenceId))
                .body(new EquivalenceResponses.Declared(equivalenceId.toString(), 1));
    }

    @GetMapping
    SearchResults<EquivalenceResponses.Equivalence> search(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) Boolean includeWithdrawn) {
        var query = new FindEquivalences(
                CatalogueValues.unitRefOrNull("source", source),
                CatalogueValues.unitRefOrNull("target", target),
                Boolean.TRUE.equals(includeWithdrawn));
        var found = queries.query(query, ResponseTypes.multipleInstancesOf(EquivalenceView.class))
                .join();
        return new SearchResults<>(
                found.stream().map(EquivalenceResponses.Equivalence::of).toList());
    }

    @GetMapping("/{equivalenceId}")
    EquivalenceResponses.Equivalence find(@PathVariable UUID equivalenceId) {
        var id = new EquivalenceId(equivalenceId);
        return queries.query(new GetEquivalence(id), ResponseTypes.optionalInstanceOf(EquivalenceView.class))
                .join()
                .map(EquivalenceResponses.Equivalence::of)
                .orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{equivalenceId}/revisions")
    EquivalenceResponses.Recorded revise(
            @PathVariable UUID equivalenceId, @Valid @RequestBody EquivalenceTermsRequest request) {
        var id = new EquivalenceId(equivalenceId);
        var fields = new InvalidField.Fields();
        var terms = terms(fields, request);
        var declaredBy = fields.check("declaredBy", () -> new InstitutionId(request.declaredBy()));
        fields.throwIfAny();
        CatalogueCommands.send(
                commands,
                new ReviseUnitEquivalence(id, terms, declaredBy, date(request.effectiveFrom())),
                notFound(id).getMessage());
        return new EquivalenceResponses.Recorded(id.toString());
    }

    @PostMapping("/{equivalenceId}/withdrawal")
    EquivalenceResponses.Recorded withdraw(
            @PathVariable UUID equivalenceId, @Valid @RequestBody WithdrawEquivalenceRequest request) {
        var id = new EquivalenceId(equivalenceId);
        var withdrawnBy = CatalogueValues.institutionId("withdrawnBy", request.withdrawnBy());
        CatalogueCommands.send(
                commands,
                new WithdrawUnitEquivalence(
                        id,
                        withdrawnBy,
                        date(request.effectiveFrom()),
                        request.reason().strip()),
                notFound(id).getMessage());
        return new EquivalenceResponses.Recorded(id.toString());
    }

    /** The terms as the domain holds them; null after recording every bad field in {@code fields}. */
    private static EquivalenceTerms terms(InvalidField.Fields fields, EquivalenceTermsRequest request) {
        var source = CatalogueValues.unitRef(fields, "source", request.source());
        var target = CatalogueValues.unitRef(fields, "target", request.target());
        if (source != null && source.equals(target)) {
            fields.reject("target", "not-allowed", "a unit is not declared equivalent to itself");
        }
        var coverage = Coverage.valueOf(request.coverage());
        var outcomes = orEmpty(request.coveredOutcomes());
        if (coverage == Coverage.FULL && !outcomes.isEmpty()) {
            fields.reject("coveredOutcomes", "not-allowed", "a FULL equivalence lists no learning outcomes");
        } else if (coverage == Coverage.PARTIAL && outcomes.isEmpty()) {
            fields.reject("coveredOutcomes", "required", "a PARTIAL equivalence lists the learning outcomes it covers");
        } else if (new HashSet<>(outcomes).size() != outcomes.size()) {
            fields.reject("coveredOutcomes", "unique", "names a learning outcome twice");
        }
        if (!fields.isEmpty()) {
            return null;
        }
        var reference =
                request.basisReference() == null || request.basisReference().isBlank()
                        ? null
                        : request.basisReference().strip();
        return fields.check(
                "coveredOutcomes",
                () -> new EquivalenceTerms(
                        source, target, coverage, outcomes, EquivalenceBasis.valueOf(request.basis()), reference));
    }

    private static CatalogueEntryNotFound notFound(EquivalenceId id) {
        return new CatalogueEntryNotFound("the catalogue holds no unit equivalence " + id);
    }
}
