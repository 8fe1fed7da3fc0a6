package org.ecvetledger.projections.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.equivalence.UnitEquivalenceDeclared;
import org.ecvetledger.domain.equivalence.UnitEquivalenceRevised;
import org.ecvetledger.domain.equivalence.UnitEquivalenceWithdrawn;
import org.ecvetledger.domain.shared.InstitutionId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the catalogue's unit equivalences: the version in force and the history of versions.
 * Idempotent: each row remembers the sequence of the last event of its equivalence applied to it and
 * never moves backwards.
 */
@ProcessingGroup(CatalogueReadModel.PROCESSING_GROUP)
public class EquivalenceCatalogueProjector {

    private static final String SELECT_EQUIVALENCE = """
            select e.equivalence_id, e.version, e.terms, e.declared_by, e.effective_from,
                   e.withdrawn_by, e.withdrawn_from, e.withdrawal_reason,
                   (select jsonb_agg(jsonb_build_object(
                               'version', v.version, 'terms', v.terms,
                               'declaredBy', v.declared_by, 'effectiveFrom', v.effective_from)
                           order by v.version)
                    from rm_catalogue_equivalence_version v
                    where v.equivalence_id = e.equivalence_id) as history
            from rm_catalogue_equivalence e
            """;

    private final JdbcTemplate jdbc;

    public EquivalenceCatalogueProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnitEquivalenceDeclared event, @SequenceNumber long sequence) {
        inForce(
                event.equivalenceId(),
                event.version(),
                event.terms(),
                event.declaredBy(),
                event.effectiveFrom(),
                sequence);
    }

    @EventHandler
    void on(UnitEquivalenceRevised event, @SequenceNumber long sequence) {
        inForce(
                event.equivalenceId(),
                event.version(),
                event.terms(),
                event.declaredBy(),
                event.effectiveFrom(),
                sequence);
    }

    @EventHandler
    void on(UnitEquivalenceWithdrawn event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_catalogue_equivalence
                set withdrawn_by = ?, withdrawn_from = ?, withdrawal_reason = ?, last_sequence = ?
                where equivalence_id = ? and last_sequence < ?
                """,
                event.withdrawnBy().value(),
                event.effectiveFrom(),
                event.reason(),
                sequence,
                event.equivalenceId().value(),
                sequence);
    }

    /** At most {@value CatalogueReadModel#MAX_RESULTS} equivalences, by source and target unit. */
    @QueryHandler
    List<EquivalenceView> handle(FindEquivalences query) {
        var conditions = new SearchConditions()
                .when(query.source(), "e.source_unit = ?", String.valueOf(query.source()))
                .when(query.target(), "e.target_unit = ?", String.valueOf(query.target()))
                .whenTrue(!query.includeWithdrawn(), "e.withdrawn_by is null");
        return jdbc.query(
                SELECT_EQUIVALENCE
                        + conditions.where()
                        + " order by e.source_unit, e.target_unit, e.equivalence_id limit "
                        + CatalogueReadModel.MAX_RESULTS,
                EquivalenceCatalogueProjector::toView,
                conditions.arguments());
    }

    @QueryHandler
    Optional<EquivalenceView> handle(GetEquivalence query) {
        return jdbc
                .query(
                        SELECT_EQUIVALENCE + "where e.equivalence_id = ?",
                        EquivalenceCatalogueProjector::toView,
                        query.equivalenceId().value())
                .stream()
                .findFirst();
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate table rm_catalogue_equivalence, rm_catalogue_equivalence_version");
    }

    /** A declaration or revision: the version it puts in force, and one more line of history. */
    private void inForce(
            EquivalenceId equivalenceId,
            int version,
            EquivalenceTerms terms,
            InstitutionId declaredBy,
            LocalDate effectiveFrom,
            long sequence) {
        var document = CatalogueJson.write(CatalogueJson.terms(terms));
        jdbc.update(
                """
                insert into rm_catalogue_equivalence
                    (equivalence_id, version, source_unit, target_unit, terms, declared_by, effective_from,
                     withdrawn_by, withdrawn_from, withdrawal_reason, last_sequence)
                values (?, ?, ?, ?, ?::jsonb, ?, ?, null, null, null, ?)
                on conflict (equivalence_id) do update set
                    version = excluded.version, source_unit = excluded.source_unit,
                    target_unit = excluded.target_unit, terms = excluded.terms,
                    declared_by = excluded.declared_by, effective_from = excluded.effective_from,
                    withdrawn_by = null, withdrawn_from = null, withdrawal_reason = null,
                    last_sequence = excluded.last_sequence
                where rm_catalogue_equivalence.last_sequence < excluded.last_sequence
                """,
                equivalenceId.value(),
                version,
                terms.source().toString(),
                terms.target().toString(),
                document,
                declaredBy.value(),
                effectiveFrom,
                sequence);
        jdbc.update("""
                insert into rm_catalogue_equivalence_version
                    (equivalence_id, version, terms, declared_by, effective_from, last_sequence)
                values (?, ?, ?::jsonb, ?, ?, ?)
                on conflict (equivalence_id, version) do update set
                    terms = excluded.terms, declared_by = excluded.declared_by,
                    effective_from = excluded.effective_from, last_sequence = excluded.last_sequence
                where rm_catalogue_equivalence_version.last_sequence < excluded.last_sequence
                """, equivalenceId.value(), version, document, declaredBy.value(), effectiveFrom, sequence);
    }

    private static EquivalenceView toView(ResultSet row, int rowNumber) throws SQLException {
        var history = new ArrayList<EquivalenceVersionView>();
        var versions = row.getString("history");
        if (versions != null) {
            for (var version : CatalogueJson.read(versions)) {
                history.add(new EquivalenceVersionView(
                        version.get("version").intValue(),
                        CatalogueJson.terms(version.get("terms")),
                        new InstitutionId(version.get("declaredBy").stringValue()),
                        CatalogueJson.date(version, "effectiveFrom")));
            }
        }
        var withdrawnBy = row.getString("withdrawn_by");
        return new EquivalenceView(
                new EquivalenceId(row.getObject("equivalence_id", UUID.class)),
                row.getInt("version"),
                CatalogueJson.terms(CatalogueJson.read(row.getString("terms"))),
                new InstitutionId(row.getString("declared_by")),
                row.getObject("effective_from", LocalDate.class),
                withdrawnBy == null
                        ? null
                        : new EquivalenceWithdrawalView(
                                new InstitutionId(withdrawnBy),
                                row.getObject("withdrawn_from", LocalDate.class),
                                row.getString("withdrawal_reason")),
                history);
    }
}
