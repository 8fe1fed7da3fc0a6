package org.ecvetledger.projections.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.InstitutionFunctionGranted;
import org.ecvetledger.domain.institution.InstitutionFunctionWithdrawn;
import org.ecvetledger.domain.institution.InstitutionKind;
import org.ecvetledger.domain.institution.InstitutionRegistered;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.QualificationId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the catalogue's competent institutions and the functions they hold. Idempotent: each row
 * remembers the sequence of the last institution event applied to it and never moves backwards; a
 * withdrawn function stays as a row, flagged, so that a late grant cannot bring it back.
 */
@ProcessingGroup(CatalogueReadModel.PROCESSING_GROUP)
public class InstitutionCatalogueProjector {

    private static final String SELECT_INSTITUTION = """
            select i.institution_id, i.legal_name, i.jurisdiction, i.kind,
                   (select coalesce(jsonb_agg(jsonb_build_object(
                               'function', f.function, 'standard', f.standard_id,
                               'jurisdiction', f.jurisdiction, 'effectiveFrom', f.granted_from)
                           order by f.function, f.standard_id nulls first, f.jurisdiction), '[]'::jsonb)
                    from rm_catalogue_institution_function f
                    where f.institution_id = i.institution_id and f.held) as functions
            from rm_catalogue_institution i
            """;

    private final JdbcTemplate jdbc;

    public InstitutionCatalogueProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InstitutionRegistered event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                insert into rm_catalogue_institution (institution_id, legal_name, jurisdiction, kind, last_sequence)
                values (?, ?, ?, ?, ?)
                on conflict (institution_id) do update set
                    legal_name = excluded.legal_name, jurisdiction = excluded.jurisdiction,
                    kind = excluded.kind, last_sequence = excluded.last_sequence
                where rm_catalogue_institution.last_sequence < excluded.last_sequence
                """,
                event.institutionId().value(),
                event.legalName(),
                event.jurisdiction().toString(),
                event.kind().name(),
                sequence);
    }

    @EventHandler
    void on(InstitutionFunctionGranted event, @SequenceNumber long sequence) {
        var grant = event.grant();
        jdbc.update(
                """
                insert into rm_catalogue_institution_function
                    (institution_id, function, standard_id, jurisdiction, held, granted_from,
                     withdrawn_from, withdrawal_reason, last_sequence)
                values (?, ?, ?::text, ?, true, ?, null, null, ?)
                on conflict on constraint rm_catalogue_institution_function_key do update set
                    held = true, granted_from = excluded.granted_from, withdrawn_from = null,
                    withdrawal_reason = null, last_sequence = excluded.last_sequence
                where rm_catalogue_institution_function.last_sequence < excluded.last_sequence
                """,
                event.institutionId().value(),
                grant.function().name(),
                grant.standard() == null ? null : grant.standard().value(),
                grant.jurisdiction().toString(),
                event.effectiveFrom(),
                sequence);
    }

    @EventHandler
    void on(InstitutionFunctionWithdrawn event, @SequenceNumber long sequence) {
        var grant = event.grant();
        jdbc.update(
                """
                update rm_catalogue_institution_function
                set held = false, withdrawn_from = ?, withdrawal_reason = ?, last_sequence = ?
                where institution_id = ? and function = ? and standard_id is not distinct from ?::text
                  and jurisdiction = ? and last_sequence < ?
                """,
                event.effectiveFrom(),
                event.reason(),
                sequence,
                event.institutionId().value(),
                grant.function().name(),
                grant.standard() == null ? null : grant.standard().value(),
                grant.jurisdiction().toString(),
                sequence);
    }

    /** At most {@value CatalogueReadModel#MAX_RESULTS} institutions, ordered by legal name. */
    @QueryHandler
    List<InstitutionView> handle(FindInstitutions query) {
        var conditions = new SearchConditions()
                .when(query.text(), "strpos(lower(i.legal_name), lower(?)) > 0", query.text())
                .when(query.jurisdiction(), "starts_with(i.jurisdiction || '/', ? || '/')", query.jurisdiction())
                .when(query.function(), """
                        exists (select 1 from rm_catalogue_institution_function f
                                where f.institution_id = i.institution_id and f.held and f.function = upper(?))
                        """, query.function());
        return jdbc.query(
                SELECT_INSTITUTION + conditions.where() + " order by i.legal_name, i.institution_id limit "
                        + CatalogueReadModel.MAX_RESULTS,
                InstitutionCatalogueProjector::toView,
                conditions.arguments());
    }

    @QueryHandler
    Optional<InstitutionView> handle(GetInstitution query) {
        return jdbc
                .query(
                        SELECT_INSTITUTION + "where i.institution_id = ?",
                        InstitutionCatalogueProjector::toView,
                        query.institutionId().value())
                .stream()
                .findFirst();
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate table rm_catalogue_institution, rm_catalogue_institution_function");
    }

    private static InstitutionView toView(ResultSet row, int rowNumber) throws SQLException {
        var functions = new ArrayList<HeldFunctionView>();
        for (var function : CatalogueJson.read(row.getString("functions"))) {
            var standard = CatalogueJson.text(function, "standard");
            functions.add(new HeldFunctionView(
                    InstitutionFunction.valueOf(function.get("function").stringValue()),
                    standard == null ? null : new QualificationId(standard),
                    Jurisdiction.of(function.get("jurisdiction").stringValue()),
                    CatalogueJson.date(function, "effectiveFrom")));
        }
        return new InstitutionView(
                new InstitutionId(row.getString("institution_id")),
                row.getString("legal_name"),
                Jurisdiction.of(row.getString("jurisdiction")),
                InstitutionKind.valueOf(row.getString("kind")),
                functions);
    }
}
