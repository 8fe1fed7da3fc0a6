package org.ecvetledger.app.catalogue;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.qualification.TransitionTables;
import org.ecvetledger.domain.qualification.UnitTransition;
import org.ecvetledger.domain.shared.Coverage;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each standard version's transition table from its previous version, for a learner's pathway
 * migrating to it (S28); kept in the transaction of the standard's events like the rest of the
 * catalogue's write-side lookups.
 */
@Component
@ProcessingGroup(CatalogueLookups.PROCESSING_GROUP)
class TransitionLookups implements TransitionTables {

    private static final TypeReference<List<String>> OUTCOMES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    TransitionLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitTransition> transitionsInto(QualificationRef standard) {
        return jdbc.query(
                "select from_ref, to_ref, coverage, covered_outcomes::text from wl_unit_transition"
                        + " where standard_ref = ? order by from_ref",
                (row, n) -> new UnitTransition(
                        unit(row.getString(1)),
                        unit(row.getString(2)),
                        Coverage.valueOf(row.getString(3)),
                        json.readValue(row.getString(4), OUTCOMES)),
                standard.toString());
    }

    private static UnitRef unit(String ref) {
        var at = ref.lastIndexOf('@');
        return UnitRef.of(ref.substring(0, at), Integer.parseInt(ref.substring(at + 1)));
    }

    @EventHandler
    void on(QualificationStandardDrafted event) {
        for (var transition : event.transitionFromPrevious()) {
            jdbc.update(
                    """
                    insert into wl_unit_transition (standard_ref, from_ref, to_ref, coverage, covered_outcomes)
                    values (?, ?, ?, ?, ?::jsonb)
                    on conflict (standard_ref, from_ref) do update set to_ref = excluded.to_ref,
                        coverage = excluded.coverage, covered_outcomes = excluded.covered_outcomes
                    """,
                    event.standard().toString(),
                    transition.from().toString(),
                    transition.to().toString(),
                    transition.coverage().name(),
                    json.writeValueAsString(transition.coveredOutcomes()));
        }
    }
}
