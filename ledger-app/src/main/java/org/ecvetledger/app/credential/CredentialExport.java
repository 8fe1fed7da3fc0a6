package org.ecvetledger.app.credential;

import java.util.Comparator;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.shared.InstitutionId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Answers {@link CredentialQueries.GetCredentialDraft}: the learner's record, mapped to ELM. */
@Component
class CredentialExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Comparator<InstitutionId> BY_CODE = Comparator.comparing(InstitutionId::value);

    private final LearnerRecords records;
    private final QueryGateway queries;

    CredentialExport(LearnerRecords records, QueryGateway queries) {
        this.records = records;
        this.queries = queries;
    }

    @QueryHandler
    Optional<CredentialQueries.CredentialDraft> handle(CredentialQueries.GetCredentialDraft query) {
        return records.recordOf(query.learner()).map(record -> {
            var builder = new ElmCredentialBuilder(new CatalogueDescriptions(queries));
            // a preview names the first body entitled to seal it; the sealed one names the sealing body
            var preview = builder.build(query.credentialId(), record, query.selection(), null, null, query.validFrom());
            var issuer = query.issuer() != null
                    ? query.issuer()
                    : preview.entitledIssuers().stream().min(BY_CODE).orElse(null);
            var draft = issuer == null
                    ? preview
                    : new ElmCredentialBuilder(new CatalogueDescriptions(queries))
                            .build(
                                    query.credentialId(),
                                    record,
                                    query.selection(),
                                    issuer,
                                    query.issued(),
                                    query.validFrom());
            return new CredentialQueries.CredentialDraft(
                    JSON.writeValueAsString(draft.credential()),
                    preview.entitledIssuers().stream().sorted(BY_CODE).toList(),
                    draft.states(),
                    draft.claims());
        });
    }
}
