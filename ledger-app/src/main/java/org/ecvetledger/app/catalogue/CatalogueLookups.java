package org.ecvetledger.app.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.app.eventstore.AwardRuleJson;
import org.ecvetledger.domain.institution.FunctionGrant;
import org.ecvetledger.domain.institution.InstitutionDirectory;
import org.ecvetledger.domain.institution.InstitutionFunction;
import org.ecvetledger.domain.institution.InstitutionFunctionGranted;
import org.ecvetledger.domain.institution.InstitutionFunctionWithdrawn;
import org.ecvetledger.domain.institution.InstitutionRegistered;
import org.ecvetledger.domain.qualification.AttachedUnit;
import org.ecvetledger.domain.qualification.AwardRuleSet;
import org.ecvetledger.domain.qualification.AwardRuleSetDefined;
import org.ecvetledger.domain.qualification.CatalogueQualification;
import org.ecvetledger.domain.qualification.QualificationCatalogue;
import org.ecvetledger.domain.qualification.QualificationProfile;
import org.ecvetledger.domain.qualification.QualificationProfileAmended;
import org.ecvetledger.domain.qualification.QualificationRules;
import org.ecvetledger.domain.qualification.QualificationStandardDrafted;
import org.ecvetledger.domain.qualification.QualificationStandardPublished;
import org.ecvetledger.domain.qualification.StandardDefinition;
import org.ecvetledger.domain.qualification.UnitAttachedToQualification;
import org.ecvetledger.domain.qualification.UnitDetachedFromQualification;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.Jurisdiction;
import org.ecvetledger.domain.shared.QualificationId;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue's write-side lookups: which institutions, units and standard versions exist, which
 * functions each institution holds (R2), and what a published standard version defines. Its
 * handlers run in a subscribing processor, in the transaction that appends the events, so an
 * aggregate asking "is unit U31@1 published?" gets exactly what the event store holds — never a
 * lagging read model. Answers the domain's lookup ports.
 */
@Component
@ProcessingGroup(CatalogueLookups.PROCESSING_GROUP)
public class CatalogueLookups implements InstitutionDirectory, UnitCatalogue, QualificationCatalogue {

    public static final String PROCESSING_GROUP = "catalogue-lookups";

    private final JdbcTemplate jdbc;
    // award rules are a sealed family: their JSON names each kind, as in the event store
    private final JsonMapper json =
            AwardRuleJson.nameRulesByKind(JsonMapper.builder()).build();

    /**
     * Published versions' definitions, read once per node. A published version never changes (every
     * change to a standard requires a draft), so no node's copy can go stale; a draft is never cached.
     * The profile showed reading and parsing the definition on every pathway and assessment command
     * as a fifth of the command path's CPU (docs/benchmarks.md, "Profile").
     */
    private final Map<QualificationRef, StandardDefinition> publishedDefinitions = new ConcurrentHashMap<>();

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

    /** R2, as {@link FunctionGrant#covers} decides it for each grant the institution holds. */
    @Override
    public boolean holds(
            InstitutionId institution, InstitutionFunction function, QualificationId standard, Jurisdiction where) {
        return jdbc
                .query(
                        "select standard_id, jurisdiction from wl_function_grant where institution_id = ? and function = ?",
                        (row, n) -> new FunctionGrant(
                                function,
                                row.getString("standard_id") == null
                                        ? null
                                        : new QualificationId(row.getString("standard_id")),
                                Jurisdiction.of(row.getString("jurisdiction"))),
                        institution.value(),
                        function.name())
                .stream()
                .anyMatch(grant -> grant.covers(function, standard, where));
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

    /** Only a published version has a definition: a draft still changes and decides nothing. */
    @Override
    public Optional<StandardDefinition> definition(QualificationRef standard) {
        var cached = publishedDefinitions.get(standard);
        if (cached != null) {
            return Optional.of(cached);
        }
        var read = readDefinition(standard);
        read.ifPresent(definition -> rememberOnceCommitted(standard, definition));
        return read;
    }

    /**
     * Kept only once the transaction that read it has committed: a version published in a transaction
     * that then rolls back was never published.
     */
    private void rememberOnceCommitted(QualificationRef standard, StandardDefinition definition) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publishedDefinitions.put(standard, definition);
                }
            });
        } else {
            publishedDefinitions.put(standard, definition);
        }
    }

    private Optional<StandardDefinition> readDefinition(QualificationRef standard) {
        return jdbc
                .query(
                        "select profile::text, award_rules::text from wl_qualification where standard_ref = ? and published",
                        (row, n) -> {
                            var profile = json.readValue(required(row, 1, standard), QualificationProfile.class);
                            var rules = json.readValue(required(row, 2, standard), AwardRuleSet.class);
                            return new StandardDefinition(
                                    standard,
                                    profile,
                                    new QualificationRules(
                                            profile.framework(),
                                            profile.totalPoints(),
                                            attachedUnits(standard),
                                            rules,
                                            profile.gradingScale()));
                        },
                        standard.toString())
                .stream()
                .findFirst();
    }

    private List<AttachedUnit> attachedUnits(QualificationRef standard) {
        return jdbc.query(
                "select attachment::text from wl_qualification_unit where standard_ref = ? order by attached_order",
                (row, n) -> json.readValue(required(row, 1, standard), AttachedUnit.class),
                standard.toString());
    }

    /** Every row is written whole by the handlers or by the migration that introduced the column. */
    private static String required(ResultSet row, int column, QualificationRef standard) throws SQLException {
        var value = row.getString(column);
        if (value == null) {
            throw new IllegalStateException("the catalogue lookups hold " + standard
                    + " incompletely: rebuild them from the event store (V2026_11_27_007)");
        }
        return value;
    }

    @EventHandler
    void on(InstitutionRegistered event) {
        jdbc.update(
                "insert into wl_institution (institution_id) values (?)",
                event.institutionId().value());
    }

    @EventHandler
    void on(InstitutionFunctionGranted event) {
        jdbc.update(
                "insert into wl_function_grant (institution_id, function, standard_id, jurisdiction) values (?, ?, ?, ?) "
                        + "on conflict do nothing",
                event.institutionId().value(),
                event.grant().function().name(),
                event.grant().standard() == null
                        ? null
                        : event.grant().standard().value(),
                event.grant().jurisdiction().toString());
    }

    @EventHandler
    void on(InstitutionFunctionWithdrawn event) {
        jdbc.update(
                "delete from wl_function_grant where institution_id = ? and function = ? "
                        + "and standard_id is not distinct from ? and jurisdiction = ?",
                event.institutionId().value(),
                event.grant().function().name(),
                event.grant().standard() == null
                        ? null
                        : event.grant().standard().value(),
                event.grant().jurisdiction().toString());
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
                "insert into wl_qualification (standard_ref, published, profile, award_rules) "
                        + "values (?, false, ?::jsonb, ?::jsonb)",
                event.standard().toString(),
                json.writeValueAsString(event.profile()),
                json.writeValueAsString(new AwardRuleSet(List.of())));
    }

    @EventHandler
    void on(QualificationProfileAmended event) {
        jdbc.update(
                "update wl_qualification set profile = ?::jsonb where standard_ref = ?",
                json.writeValueAsString(event.profile()),
                event.standard().toString());
    }

    @EventHandler
    void on(UnitAttachedToQualification event) {
        jdbc.update(
                "insert into wl_qualification_unit (standard_ref, unit_ref, attachment) values (?, ?, ?::jsonb)",
                event.standard().toString(),
                event.attachment().unit().toString(),
                json.writeValueAsString(event.attachment()));
    }

    @EventHandler
    void on(UnitDetachedFromQualification event) {
        jdbc.update(
                "delete from wl_qualification_unit where standard_ref = ? and unit_ref = ?",
                event.standard().toString(),
                event.unit().toString());
    }

    @EventHandler
    void on(AwardRuleSetDefined event) {
        jdbc.update(
                "update wl_qualification set award_rules = ?::jsonb where standard_ref = ?",
                json.writeValueAsString(event.rules()),
                event.standard().toString());
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
