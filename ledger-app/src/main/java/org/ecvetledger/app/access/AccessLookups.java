package org.ecvetledger.app.access;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.ecvetledger.app.web.CommandMetadata;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.institution.InstitutionRegistered;
import org.ecvetledger.domain.learningagreement.LearningAgreementAmended;
import org.ecvetledger.domain.learningagreement.LearningAgreementDrafted;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.shared.LearnerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who relates to which learner, and where each institution is, kept in the transaction of the events
 * (subscribing processor, the write-side lookups' approach of ADR 0004); the access rules read it.
 * An institution relates to a learner once an event naming the learner was stamped with it as the
 * acting institution (registration, enrolment, any decision), or once it is home or host of one of
 * the learner's learning agreements.
 */
@Component
@ProcessingGroup(AccessLookups.PROCESSING_GROUP)
class AccessLookups {

    static final String PROCESSING_GROUP = "access-lookups";

    private static final Map<Class<?>, List<RecordComponent>> LEARNER_COMPONENTS = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;

    AccessLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, MetaData metaData) {
        var acting = metaData.get(CommandMetadata.ACTOR_INSTITUTION);
        if (acting instanceof String institution && !institution.isBlank()) {
            learnersNamedIn(event).forEach(learner -> relate(learner, institution));
        }
        if (event instanceof InstitutionRegistered registered) {
            jdbc.update(
                    "insert into wl_access_institution (institution_id, country) values (?, ?)"
                            + " on conflict (institution_id) do update set country = excluded.country",
                    registered.institutionId().value(),
                    registered.jurisdiction().country());
        } else if (event instanceof AssessmentRecorded recorded) {
            // ADR 0021: whoever may read this learner's records may read the evidence cited for them
            for (var evidence : recorded.content().evidence()) {
                jdbc.update(
                        "insert into wl_evidence_citation (document_id, sha256, learner_id) values (?, ?, ?)"
                                + " on conflict do nothing",
                        evidence.documentId(),
                        evidence.sha256(),
                        recorded.content().learner().value());
            }
        } else if (event instanceof LearningAgreementDrafted drafted) {
            parties(drafted.learner(), drafted.terms());
        } else if (event instanceof LearningAgreementAmended amended) {
            jdbc
                    .queryForList(
                            "select learner_id from wl_learning_agreement where agreement_id = ?",
                            UUID.class,
                            amended.agreementId().value())
                    .stream()
                    .findFirst()
                    .ifPresent(id -> parties(new LearnerId(id), amended.terms()));
        }
    }

    private void parties(LearnerId learner, LearningAgreementTerms terms) {
        relate(learner.value(), terms.home().value());
        relate(learner.value(), terms.host().value());
    }

    private void relate(UUID learner, String institution) {
        jdbc.update(
                "insert into wl_access_learner_institution (learner_id, institution_id) values (?, ?) on conflict do nothing",
                learner,
                institution);
    }

    /**
     * Every learner the event names, at any depth of its records: a registration names the learner
     * itself, a pathway's events name it inside their {@code PathwayId}, an assessment inside its
     * content. Looking only at the top level once missed enrolments and decisions, so the institution
     * that enrolled or assessed a learner was not related to them.
     */
    private static List<UUID> learnersNamedIn(Object event) {
        var learners = new java.util.LinkedHashSet<UUID>();
        collectLearners(event, learners, 0);
        return List.copyOf(learners);
    }

    /** Records nest a few levels at most (event → content → pathway → learner); deeper is not a learner. */
    private static final int NESTING = 4;

    private static void collectLearners(Object value, java.util.Set<UUID> learners, int depth) {
        if (value instanceof LearnerId learner) {
            learners.add(learner.value());
            return;
        }
        if (value == null || depth >= NESTING || !value.getClass().isRecord()) {
            return;
        }
        for (var component : LEARNER_COMPONENTS.computeIfAbsent(value.getClass(), AccessLookups::recordComponents)) {
            try {
                collectLearners(component.getAccessor().invoke(value), learners, depth + 1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record accessor " + component, e);
            }
        }
    }

    /** The components that are records themselves (a learner id among them); lists and plain values name no learner. */
    private static List<RecordComponent> recordComponents(Class<?> type) {
        return List.of(type.getRecordComponents()).stream()
                .filter(component -> component.getType().isRecord())
                .peek(component -> component.getAccessor().setAccessible(true))
                .toList();
    }

    // --- what the access rules ask

    boolean relates(UUID learner, String institution) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from wl_access_learner_institution where learner_id = ? and institution_id = ?)",
                Boolean.class,
                learner,
                institution));
    }

    /**
     * The learner an award was made to: the award is identified by its {@code QualificationAwarded}
     * event, whose aggregate is the pathway {@code learner/qualification}; null when there is no such event.
     */
    UUID learnerOfAward(UUID award) {
        return jdbc
                .queryForList(
                        "select aggregateidentifier from domainevententry where eventidentifier = ?"
                                + " and payloadtype like '%QualificationAwarded'",
                        String.class, award.toString())
                .stream()
                .findFirst()
                .map(pathway -> AccessRules.uuid(pathway.substring(0, Math.max(pathway.indexOf('/'), 0))))
                .orElse(null);
    }

    /**
     * The learner a transfer request is about, from its {@code TransferRequested} event (ADR 0022);
     * null when there is no such request.
     */
    UUID learnerOfTransferRequest(UUID request) {
        return jdbc
                .queryForList(
                        "select coalesce(payload -> 'learner' ->> 'value', payload ->> 'learner') from event_log"
                                + " where aggregate_id = ? and sequence_number = 0 and event_type = 'TransferRequested'",
                        String.class,
                        request.toString())
                .stream()
                .findFirst()
                .map(AccessRules::uuid)
                .orElse(null);
    }

    /** The countries of the institutions relating to {@code learner}. */
    Set<String> countriesOf(UUID learner) {
        return Set.copyOf(jdbc.queryForList(
                "select distinct i.country from wl_access_learner_institution r"
                        + " join wl_access_institution i on i.institution_id = r.institution_id where r.learner_id = ?",
                String.class,
                learner));
    }

    String countryOf(String institution) {
        return jdbc
                .queryForList(
                        "select country from wl_access_institution where institution_id = ?", String.class, institution)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The parties of a MoU's latest version; empty when no such MoU is recorded. */
    Set<String> memorandumParties(UUID memorandum) {
        return Set.copyOf(jdbc.queryForList(
                "select coalesce(p -> 'institution' ->> 'value', p ->> 'institution') from wl_memorandum m,"
                        + " jsonb_array_elements(m.latest_terms -> 'parties') p where m.memorandum_id = ?",
                String.class,
                memorandum));
    }

    /** Home, host and learner of a learning agreement; null when no such agreement is recorded. */
    AgreementParties agreementParties(UUID agreement) {
        return jdbc
                .query(
                        "select learner_id, coalesce(terms -> 'home' ->> 'value', terms ->> 'home') as home,"
                                + " coalesce(terms -> 'host' ->> 'value', terms ->> 'host') as host"
                                + " from wl_learning_agreement where agreement_id = ?",
                        (row, n) -> new AgreementParties(
                                row.getObject("learner_id", UUID.class), row.getString("home"), row.getString("host")),
                        agreement)
                .stream()
                .findFirst()
                .orElse(null);
    }

    record AgreementParties(UUID learner, String home, String host) {}

    /**
     * The institution that uploaded an evidence document, and the learners whose assessments cite it
     * with its very hash; null when no such document is stored.
     */
    EvidenceHolders evidenceHolders(UUID evidence) {
        return jdbc
                .query(
                        "select d.uploaded_by_institution, array(select c.learner_id from wl_evidence_citation c"
                                + " where c.document_id = d.evidence_id::text and c.sha256 = d.sha256) as learners"
                                + " from evidence_document d where d.evidence_id = ?",
                        (row, n) -> new EvidenceHolders(row.getString("uploaded_by_institution"), Set.of((UUID[])
                                row.getArray("learners").getArray())),
                        evidence)
                .stream()
                .findFirst()
                .orElse(null);
    }

    record EvidenceHolders(String uploader, Set<UUID> learners) {}
}
