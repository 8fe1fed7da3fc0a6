package org.ecvetledger.app.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionRegistered;
import org.ecvetledger.domain.qualification.CatalogueQualification;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.qualification.QualificationStandardPublished;
import org.ecvetledger.domain.qualification.UnitAttachedToQualification;
import org.ecvetledger.domain.qualification.UnitDetachedFromQualification;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.domain.unit.CatalogueUnit;
import org.ecvetledger.domain.unit.UnitCatalogue;
import org.ecvetledger.domain.unit.UnitDefined;
import org.ecvetledger.domain.unit.UnitDescription;
import org.ecvetledger.domain.unit.UnitDraftAmended;
import org.ecvetledger.domain.unit.UnitPublished;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The catalogue's write-side lookups: which institutions, units and standard versions exist. Its
 * handlers run in a subscribing processor, in the transaction that appends the events, so an
 * aggregate asking "is unit U31@1 published?" gets exactly what the event store holds — never a
 * lagging read model. Answers the domain's lookup ports.
 */
@Component
@ProcessingGroup(CatalogueLookups.PROCESSING_GROUP)
public class CatalogueLookups implements InstitutionDirectory, UnitCatalogue, QualificationCatalogue {

    public static final String PROCESSING_GROUP = "catalogue-lookups";

    private final JdbcTemplate jdbc;

    CatalogueLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isRegistered(InstitutionId institution) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from wl_institution where institution_id = ?)",
                Boolean.class,
                institution.value()));
    }

    @Override
    public Optional<CatalogueUnit> find(UnitRef unit) {
        return jdbc
                .query(
                        "select published, learning_outcomes, validity from wl_unit where unit_ref = ?",
                        (row, n) -> new CatalogueUnit(
                                unit,
                                row.getBoolean("published"),
                                outcomes(row),
                                row.getString("validity") == null ? null : Period.parse(row.getString("validity"))),
                        unit.toString())
                .stream()
                .findFirst();
    }

    @Override
    public Optional<CatalogueQualification> find(QualificationRef standard) {
        return jdbc
                .query(
                        "select published from wl_qualification where standard_ref = ?",
                        (row, n) -> row.getBoolean("published"),
                        standard.toString())
                .stream()
                .findFirst()
                .map(published -> new CatalogueQualification(
                        standard,
                        published,
                        jdbc.query(
                                "select unit_ref from wl_qualification_unit where standard_ref = ? order by unit_ref",
                                (row, n) -> UnitRef.parse(row.getString("unit_ref")),
                                standard.toString())));
    }

    @EventHandler
    void on(InstitutionRegistered event) {
        jdbc.update(
                "insert into wl_institution (institution_id) values (?)",
                event.institutionId().value());
    }

    @EventHandler
    void on(UnitDefined event) {
        jdbc.update(
                "insert into wl_unit (unit_ref, published, learning_outcomes, validity) values (?, false, ?, ?)",
                event.unit().toString(),
                outcomes(event.description()),
                validity(event.description()));
    }

    @EventHandler
    void on(UnitDraftAmended event) {
        jdbc.update(
                "update wl_unit set learning_outcomes = ?, validity = ? where unit_ref = ?",
                outcomes(event.description()),
                validity(event.description()),
                event.unit().toString());
    }

    @EventHandler
    void on(UnitPublished event) {
        jdbc.update(
                "update wl_unit set published = true where unit_ref = ?",
                event.unit().toString());
    }

    @EventHandler
    void on(QualificationStandardDrafted event) {
        jdbc.update(
                "insert into wl_qualification (standard_ref, published) values (?, false)",
                event.standard().toString());
    }

    @EventHandler
    void on(UnitAttachedToQualification event) {
        jdbc.update(
                "insert into wl_qualification_unit (standard_ref, unit_ref) values (?, ?)",
                event.standard().toString(),
                event.attachment().unit().toString());
    }

    @EventHandler
    void on(UnitDetachedFromQualification event) {
        jdbc.update(
                "delete from wl_qualification_unit where standard_ref = ? and unit_ref = ?",
                event.standard().toString(),
                event.unit().toString());
    }

    @EventHandler
    void on(QualificationStandardPublished event) {
        jdbc.update(
                "update wl_qualification set published = true where standard_ref = ?",
                event.standard().toString());
    }

    private static String[] outcomes(UnitDescription description) {
        return description.learningOutcomeIds().toArray(String[]::new);
    }

    private static String validity(UnitDescription description) {
        return description.validity() == null ? null : description.validity().toString();
    }

    private static List<String> outcomes(ResultSet row) throws SQLException {
        return List.of((String[]) row.getArray("learning_outcomes").getArray());
    }
}
