package org.ecvetledger.app.credential;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.app.ledger.ActingHeaders;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.IssueCredential;
import org.ecvetledger.domain.credential.RevocationReason;
import org.ecvetledger.domain.credential.RevokeCredential;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.credentialstatus.CredentialStatusView;
import org.ecvetledger.projections.credentialstatus.GetCredentialStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * European Digital Credentials (issue 9, ADR 0012): the learner's unsigned preview (S33), issue by
 * the body that awarded or recognised what it states, the signed document, revocation with a reason
 * category, verification, the issuers' keys (JWKS) and their status lists.
 */
@RestController
class CredentialController {

    static final String LD_JSON = "application/ld+json";

    private final CommandGateway commands;
    private final QueryGateway queries;

    CredentialController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** S33: the credential the learner's choice would give, unsigned, for the learner to check before it is issued. */
    @GetMapping(
            path = "/api/learners/{learnerId}/credentials/preview",
            produces = {LD_JSON, MediaType.APPLICATION_JSON_VALUE})
    String preview(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String qualification,
            @RequestParam(required = false) List<String> units) {
        var fields = new InvalidField.Fields();
        var selection = selection(fields, qualification, units);
        fields.throwIfAny();
        var now = Instant.now();
        return draft(new CredentialQueries.GetCredentialDraft(
                        new CredentialId(TimeOrderedIdentifierFactory.next()),
                        new LearnerId(learnerId),
                        selection,
                        null,
                        null,
                        LocalDate.ofInstant(now, ZoneOffset.UTC)))
                .credential();
    }

    /** Seals and issues the credential on behalf of the acting institution, which must have taken its decisions. */
    @PostMapping(
            path = "/api/learners/{learnerId}/credentials",
            produces = {LD_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> issue(
            @PathVariable UUID learnerId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody CredentialRequests.Issue request) {
        var fields = new InvalidField.Fields();
        var actor = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var selection = selection(fields, request.qualification(), request.units());
        var supersedes = request.supersedes() == null ? null : CredentialId.of(request.supersedes());
        fields.throwIfAny();
        var learner = new LearnerId(learnerId);
        if (supersedes != null) {
            var earlier = status(supersedes)
                    .filter(s -> s.learner().equals(learner))
                    .orElseThrow(() ->
                            new InvalidField("supersedes", "unknown", "names no credential issued to this learner"));
            if (earlier.revoked()) {
                throw new InvalidField("supersedes", "revoked", "names a credential that is already revoked");
            }
        }
        var id = new CredentialId(TimeOrderedIdentifierFactory.next());
        var now = Instant.now();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var draft = draft(
                new CredentialQueries.GetCredentialDraft(id, learner, selection, actor.institution(), now, today));
        if (draft.claims() == 0) {
            throw new NothingToIssue(
                    "the selection holds no recognised unit, award, assessment or mobility of learner " + learner);
        }
        commands.sendAndWait(new IssueCredential(
                id, learner, draft.entitledIssuers(), draft.states(), draft.credential(), supersedes, actor, today));
        if (supersedes != null) {
            commands.sendAndWait(new RevokeCredential(
                    supersedes, RevocationReason.SUPERSEDED, "re-issued as " + id.urn(), id, actor, today));
        }
        return ResponseEntity.created(URI.create("/api/credentials/" + id)).body(signed(id));
    }

    @GetMapping(
            path = "/api/credentials/{credentialId}",
            produces = {LD_JSON, MediaType.APPLICATION_JSON_VALUE})
    String credential(@PathVariable UUID credentialId) {
        return signed(new CredentialId(credentialId));
    }

    /** The credential's status as the ledger knows it: the revocation's category and what superseded it. */
    @GetMapping(path = "/api/credentials/{credentialId}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    CredentialStatusView credentialStatus(@PathVariable UUID credentialId) {
        return status(new CredentialId(credentialId))
                .orElseThrow(() -> new CredentialNotFound("no credential " + credentialId));
    }

    /** The issuer revokes a credential for a reason category; its bit on the status list is set. */
    @PostMapping(path = "/api/credentials/{credentialId}/revocation", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Revoked> revoke(
            @PathVariable UUID credentialId,
            @RequestHeader(name = ActingHeaders.INSTITUTION, required = false) String actingInstitution,
            @RequestHeader(name = ActingHeaders.PERSON, required = false) String actingPerson,
            @Valid @RequestBody CredentialRequests.Revocation request) {
        var fields = new InvalidField.Fields();
        var actor = ActingHeaders.actor(fields, actingInstitution, actingPerson);
        var supersededBy = request.supersededBy() == null ? null : CredentialId.of(request.supersededBy());
        fields.throwIfAny();
        var id = new CredentialId(credentialId);
        try {
            commands.sendAndWait(new RevokeCredential(
                    id,
                    RevocationReason.valueOf(request.reason()),
                    request.explanation(),
                    supersededBy,
                    actor,
                    LocalDate.parse(request.effectiveDate())));
        } catch (AggregateNotFoundException e) {
            throw new CredentialNotFound("no credential " + credentialId);
        }
        return ResponseEntity.ok(new Revoked(id.urn(), "CredentialRevoked", request.reason()));
    }

    record Revoked(String credentialId, String recorded, String reason) {}

    /** Verifies a credential document sent as the body: 200 with {@code verified} and every check's result. */
    @PostMapping(
            path = "/api/credentials/verify",
            consumes = {MediaType.APPLICATION_JSON_VALUE, LD_JSON},
            produces = MediaType.APPLICATION_JSON_VALUE)
    CredentialVerifier.Verification verify(@RequestBody String document) {
        return queries.query(
                        new CredentialQueries.GetCredentialVerification(document),
                        ResponseTypes.instanceOf(CredentialVerifier.Verification.class))
                .join();
    }

    @GetMapping(
            path = "/.well-known/jwks.json",
            produces = {"application/jwk-set+json", MediaType.APPLICATION_JSON_VALUE})
    String jwks() {
        return queries.query(new CredentialQueries.GetPublishedKeys(), ResponseTypes.instanceOf(String.class))
                .join();
    }

    @GetMapping(
            path = "/api/status-lists/{issuer}",
            produces = {"application/vc+ld+json", MediaType.APPLICATION_JSON_VALUE})
    String statusList(@PathVariable String issuer) {
        var institution = InvalidField.check("issuer", () -> new InstitutionId(issuer));
        return queries.query(
                        new CredentialQueries.GetStatusListCredential(institution),
                        ResponseTypes.optionalInstanceOf(String.class))
                .join()
                .orElseThrow(() -> new CredentialNotFound(issuer + " has issued no credential"));
    }

    private static CredentialSelection selection(InvalidField.Fields fields, String qualification, List<String> units) {
        QualificationId standard = qualification == null || qualification.isBlank()
                ? null
                : fields.check("qualification", () -> new QualificationId(qualification.strip()));
        var refs = new java.util.ArrayList<UnitRef>();
        if (units != null) {
            for (var unit : units) {
                var ref = fields.check("units", () -> UnitRef.parse(unit.strip()));
                if (ref != null && !refs.contains(ref)) {
                    refs.add(ref);
                }
            }
        }
        return new CredentialSelection(standard, refs);
    }

    private CredentialQueries.CredentialDraft draft(CredentialQueries.GetCredentialDraft query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(CredentialQueries.CredentialDraft.class))
                .join()
                .orElseThrow(() -> new CredentialNotFound("no learner " + query.learner()));
    }

    private String signed(CredentialId id) {
        return queries.query(
                        new CredentialQueries.GetSignedCredential(id), ResponseTypes.optionalInstanceOf(String.class))
                .join()
                .orElseThrow(() -> new CredentialNotFound("no credential " + id));
    }

    private Optional<CredentialStatusView> status(CredentialId id) {
        return queries.query(new GetCredentialStatus(id), ResponseTypes.optionalInstanceOf(CredentialStatusView.class))
                .join();
    }
}
