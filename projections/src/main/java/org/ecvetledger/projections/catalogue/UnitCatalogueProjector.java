package org.ecvetledger.projections.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.ecvetledger.domain.qualification.UnitRole;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.UnitDefined;
import org.ecvetledger.domain.unit.UnitDescription;
import org.ecvetledger.domain.unit.UnitDraftAmended;
import org.ecvetledger.domain.unit.UnitPublished;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the catalogue's units of learning outcomes, one row per unit version. Idempotent: each row
 * remembers the sequence of the last event of its unit version applied to it and never moves
 * backwards. The standards a unit belongs to come from the qualification projector's rows of the
 * same read model.
 */
@ProcessingGroup(CatalogueReadModel.PROCESSING_GROUP)
public class UnitCatalogueProjector {

    private final JdbcTemplate jdbc;

    public UnitCatalogueProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UnitDefined event, @SequenceNumber long sequence) {
        var unit = event.unit();
        var description = event.description();
        jdbc.update(
                """
                insert into rm_catalogue_unit
                    (unit_code, unit_version, title, search_text, learning_outcomes, assessment_criteria,
                     eqf_levels, validity, owner_id, status, effective_from, last_sequence)
                values (?, ?, ?::jsonb, lower(?), ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, 'DRAFT', null, ?)
                on conflict (unit_code, unit_version) do update set
                    title = excluded.title, search_text = excluded.search_text,
                    learning_outcomes = excluded.learning_outcomes,
                    assessment_criteria = excluded.assessment_criteria, eqf_levels = excluded.eqf_levels,
                    validity = excluded.validity, owner_id = excluded.owner_id,
                    last_sequence = excluded.last_sequence
                where rm_catalogue_unit.last_sequence < excluded.last_sequence
                """,
                unit.code().value(),
                unit.version(),
                CatalogueJson.write(CatalogueJson.multilingual(description.title())),
                unit.code().value() + "\n" + CatalogueJson.searchable(description.title()),
                CatalogueJson.write(CatalogueJson.outcomes(description.learningOutcomes())),
                CatalogueJson.write(CatalogueJson.strings(description.assessmentCriteria())),
                CatalogueJson.write(CatalogueJson.integers(description.eqfLevels())),
                description.validity() == null ? null : description.validity().toString(),
                description.owner().value(),
                sequence);
    }

    @EventHandler
    void on(UnitDraftAmended event, @SequenceNumber long sequence) {
        var unit = event.unit();
        var description = event.description();
        jdbc.update(
                """
                update rm_catalogue_unit set
                    title = ?::jsonb, search_text = lower(?), learning_outcomes = ?::jsonb,
                    assessment_criteria = ?::jsonb, eqf_levels = ?::jsonb, validity = ?::text, owner_id = ?,
                    last_sequence = ?
                where unit_code = ? and unit_version = ? and last_sequence < ?
                """,
                CatalogueJson.write(CatalogueJson.multilingual(description.title())),
                unit.code().value() + "\n" + CatalogueJson.searchable(description.title()),
                CatalogueJson.write(CatalogueJson.outcomes(description.learningOutcomes())),
                CatalogueJson.write(CatalogueJson.strings(description.assessmentCriteria())),
                CatalogueJson.write(CatalogueJson.integers(description.eqfLevels())),
                description.validity() == null ? null : description.validity().toString(),
                description.owner().value(),
                sequence,
                unit.code().value(),
                unit.version(),
                sequence);
    }

    @EventHandler
    void on(UnitPublished event, @SequenceNumber long sequence) {
        jdbc.update(
                """
                update rm_catalogue_unit set status = 'PUBLISHED', effective_from = ?, last_sequence = ?
                where unit_code = ? and unit_version = ? and last_sequence < ?
                """,
                event.effectiveFrom(),
                sequence,
                event.unit().code().value(),
                event.unit().version(),
                sequence);
    }

    /**
     * Every matching version, at most {@value CatalogueReadModel#MAX_RESULTS}, by code and newest
     * version first.
     */
    @QueryHandler
    List<UnitSummaryView> handle(FindUnits query) {
        var conditions = new SearchConditions()
                .when(query.text(), "strpos(search_text, lower(?)) > 0", query.text())
                .when(query.eqfLevel(), "eqf_levels @> jsonb_build_array(?::integer)", query.eqfLevel())
                .when(query.owner(), "owner_id = ?", query.owner())
                .whenTrue(query.onlyPublished(), "status = 'PUBLISHED'");
        return jdbc.query(
                """
                select unit_code, unit_version, title, eqf_levels, owner_id, status, effective_from
                from rm_catalogue_unit
                """
                        + conditions.where()
                        + " order by unit_code, unit_version desc limit "
                        + CatalogueReadModel.MAX_RESULTS,
                (row, rowNumber) -> new UnitSummaryView(
                        unitRef(row),
                        CatalogueJson.multilingual(CatalogueJson.read(row.getString("title"))),
                        CatalogueJson.integers(CatalogueJson.read(row.getString("eqf_levels"))),
                        new InstitutionId(row.getString("owner_id")),
                        CatalogueStatus.valueOf(row.getString("status")),
                        row.getObject("effective_from", LocalDate.class)),
                conditions.arguments());
    }

    @QueryHandler
    Optional<UnitView> handle(GetUnit query) {
        var unit = query.unit();
        return jdbc
                .query(
                        """
                        select unit_code, unit_version, title, learning_outcomes, assessment_criteria,
                               eqf_levels, validity, owner_id, status, effective_from
                        from rm_catalogue_unit where unit_code = ? and unit_version = ?
                        """,
                        (row, rowNumber) -> new UnitView(
                                unit,
                                description(row),
                                CatalogueStatus.valueOf(row.getString("status")),
                                row.getObject("effective_from", LocalDate.class),
                                List.of()),
                        unit.code().value(),
                        unit.version())
                .stream()
                .findFirst()
                .map(view -> new UnitView(
                        view.unit(), view.description(), view.status(), view.effectiveFrom(), attachments(unit)));
    }

    @ResetHandler
    void reset() {
        jdbc.update("truncate table rm_catalogue_unit");
    }

    private List<UnitAttachmentView> attachments(UnitRef unit) {
        return jdbc.query(
                """
                select a.qualification_id, a.qualification_version, q.title, q.status, a.role,
                       a.elective_group, a.points, a.coefficient, a.mobility_unit
                from rm_catalogue_qualification_unit a
                left join rm_catalogue_qualification q
                       on q.qualification_id = a.qualification_id
                      and q.qualification_version = a.qualification_version
                where a.unit_code = ? and a.unit_version = ? and a.attached
                order by a.qualification_id, a.qualification_version
                """,
                (row, rowNumber) -> {
                    var title = row.getString("title");
                    var status = row.getString("status");
                    var points = row.getBigDecimal("points");
                    return new UnitAttachmentView(
                            QualificationRef.of(row.getString("qualification_id"), row.getInt("qualification_version")),
                            title == null ? null : CatalogueJson.multilingual(CatalogueJson.read(title)),
                            status == null ? null : CatalogueStatus.valueOf(status),
                            UnitRole.valueOf(row.getString("role")),
                            row.getString("elective_group"),
                            points == null ? null : new CreditPoints(points),
                            row.getBigDecimal("coefficient"),
                            row.getBoolean("mobility_unit"));
                },
                unit.code().value(),
                unit.version());
    }

    private static UnitDescription description(ResultSet row) throws SQLException {
        var validity = row.getString("validity");
        return new UnitDescription(
                CatalogueJson.multilingual(CatalogueJson.read(row.getString("title"))),
                CatalogueJson.outcomes(CatalogueJson.read(row.getString("learning_outcomes"))),
                CatalogueJson.strings(CatalogueJson.read(row.getString("assessment_criteria")), Function.identity()),
                CatalogueJson.integers(CatalogueJson.read(row.getString("eqf_levels"))),
                validity == null ? null : Period.parse(validity),
                new InstitutionId(row.getString("owner_id")));
    }

    private static UnitRef unitRef(ResultSet row) throws SQLException {
        return UnitRef.of(row.getString("unit_code"), row.getInt("unit_version"));
    }
}
