package org.ecvetledger.app.catalogue;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.equivalence.EquivalenceBasis;
import org.ecvetledger.domain.equivalence.EquivalenceId;
import org.ecvetledger.domain.equivalence.EquivalenceRecord;
import org.ecvetledger.domain.equivalence.EquivalenceRegister;
import org.ecvetledger.domain.equivalence.EquivalenceTerms;
import org.ecvetledger.domain.equivalence.EquivalencesInForce;
import org.ecvetledger.domain.equivalence.UnitEquivalenceDeclared;
import org.ecvetledger.domain.equivalence.UnitEquivalenceRevised;
import org.ecvetledger.domain.equivalence.UnitEquivalenceWithdrawn;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unit equivalences a credit transfer may rest on (ADR 0013): current version, terms and
 * whether withdrawn, kept in the transaction of the equivalence's events like the rest of the
 * catalogue's write-side lookups, so a transfer never sees a lagging equivalence.
 */
@Component
@ProcessingGroup(CatalogueLookups.PROCESSING_GROUP)
class EquivalenceLookups implements EquivalenceRegister, EquivalencesInForce {

    private static final TypeReference<List<String>> OUTCOMES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    EquivalenceLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EquivalenceRecord> find(EquivalenceId equivalence) {
        return jdbc
                .query(
                        "select version, source_ref, target_ref, coverage, covered_outcomes::text, withdrawn"
                                + " from wl_unit_equivalence where equivalence_id = ?",
                        (row, n) -> new EquivalenceRecord(
                                equivalence,
                                row.getInt(1),
                                new EquivalenceTerms(
                                        unit(row.getString(2)),
                                        unit(row.getString(3)),
                                        Coverage.valueOf(row.getString(4)),
                                        json.readValue(row.getString(5), OUTCOMES),
                                        // what the equivalence rests on is not part of a transfer's decision
                                        EquivalenceBasis.REGULATION,
                                        null),
                                row.getBoolean(6)),
                        equivalence.toString())
                .stream()
                .findFirst();
    }

    /** A transfer request's lookup (c6 step 2): the latest equivalence in force between the two unit versions. */
    @Override
    public Optional<EquivalenceRecord> between(UnitRef source, UnitRef target) {
        return jdbc
                .queryForList(
                        "select equivalence_id from wl_unit_equivalence where source_ref = ? and target_ref = ?"
                                + " and not withdrawn order by equivalence_id desc",
                        String.class,
                        source.toString(),
                        target.toString())
                .stream()
                .findFirst()
                .flatMap(id -> find(EquivalenceId.of(id)));
    }

    private static UnitRef unit(String ref) {
        var at = ref.lastIndexOf('@');
        return UnitRef.of(ref.substring(0, at), Integer.parseInt(ref.substring(at + 1)));
    }

    @EventHandler
    void on(UnitEquivalenceDeclared event) {
        store(event.equivalenceId(), event.version(), event.terms());
    }

    @EventHandler
    void on(UnitEquivalenceRevised event) {
        store(event.equivalenceId(), event.version(), event.terms());
    }

    @EventHandler
    void on(UnitEquivalenceWithdrawn event) {
        jdbc.update(
                "update wl_unit_equivalence set withdrawn = true where equivalence_id = ?",
                event.equivalenceId().toString());
    }

    private void store(EquivalenceId id, int version, EquivalenceTerms terms) {
        jdbc.update(
                """
                insert into wl_unit_equivalence
                    (equivalence_id, version, source_ref, target_ref, coverage, covered_outcomes)
                values (?, ?, ?, ?, ?, ?::jsonb)
                on conflict (equivalence_id) do update set version = excluded.version,
                    source_ref = excluded.source_ref, target_ref = excluded.target_ref,
                    coverage = excluded.coverage, covered_outcomes = excluded.covered_outcomes
                """,
                id.toString(),
                version,
                terms.source().toString(),
                terms.target().toString(),
                terms.coverage().name(),
                json.writeValueAsString(terms.coveredOutcomes()));
    }
}
