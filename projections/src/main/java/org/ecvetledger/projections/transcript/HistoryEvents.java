package org.ecvetledger.projections.transcript;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.accumulation.PathwayEvent;
import org.ecvetledger.domain.appeal.AppealEvent;
import org.ecvetledger.domain.assessment.AssessmentEvent;
import org.ecvetledger.domain.assessment.AssessmentRecorded;
import org.ecvetledger.domain.assessment.PossibleDuplicateAssessmentFlagged;
import org.ecvetledger.domain.credential.CredentialEvent;
import org.ecvetledger.domain.learner.LearnerEvent;
import org.ecvetledger.domain.learner.LearnerRegistered;
import org.ecvetledger.domain.learningagreement.LearningAgreementEvent;
import org.ecvetledger.domain.partnership.MemorandumEvent;
import org.ecvetledger.domain.priorlearning.RplCaseEvent;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MessageName;
import org.ecvetledger.projections.EventEnvelope;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns domain events into history entries and back. The event families are read from the sealed
 * interfaces, so an event added to a family later (a correction, a revocation, an appeal) is kept in
 * the history and shown in the audit trail without a change here; its effective date, actor and
 * reason are found by the names the domain gives them ({@code effectiveDate}, an {@link Actor},
 * {@code reason}).
 */
final class HistoryEvents {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The business date of an event, by the component names the domain uses, first match wins. */
    private static final List<String> DATE_COMPONENTS = List.of(
            "effectiveDate",
            "effectiveOn",
            "enrolledOn",
            "examinedOn",
            "evaluatedOn",
            "signedOn",
            "activeFrom",
            "acceptedOn",
            "cancelledOn",
            "completedOn",
            "issuedOn",
            "expiredOn",
            "reviewedOn",
            "correctedOn",
            "lodgedOn",
            "decidedOn",
            "assessedOn",
            "openedOn",
            "submittedOn");

    private static final Map<String, Class<?>> TYPES = new HashMap<>();

    static {
        for (var family : List.of(
                PathwayEvent.class,
                AssessmentEvent.class,
                LearningAgreementEvent.class,
                MemorandumEvent.class,
                LearnerEvent.class,
                AppealEvent.class,
                CredentialEvent.class,
                RplCaseEvent.class)) {
            for (var type : family.getPermittedSubclasses()) {
                TYPES.put(name(type), type);
            }
        }
    }

    private HistoryEvents() {}

    static String name(Class<?> type) {
        var name = type.getAnnotation(MessageName.class);
        return name == null ? type.getSimpleName() : name.value();
    }

    static String revision(Class<?> type) {
        var revision = type.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    /** The history's entry for an event concerning {@code learner} (null for an MoU event). */
    static HistoryEntry entry(Object event, EventEnvelope envelope, String learner, String qualification) {
        var actor = actorOf(event);
        var institutions = new LinkedHashSet<String>();
        collectInstitutions(event, institutions);
        var actingInstitution = actor == null
                ? envelope.meta(EventEnvelope.ACTOR_INSTITUTION)
                : actor.institution().value();
        if (actingInstitution != null) {
            institutions.add(actingInstitution);
        }
        return new HistoryEntry(
                envelope.position(),
                envelope.eventId(),
                name(event.getClass()),
                revision(event.getClass()),
                envelope.aggregateId(),
                envelope.sequence(),
                learner,
                qualification,
                effectiveDate(event, envelope),
                envelope.recordedAt(),
                actingInstitution,
                actor == null ? envelope.meta(EventEnvelope.ACTOR_PERSON) : actor.person(),
                reasonOf(event),
                envelope.meta(EventEnvelope.CORRELATION_ID),
                envelope.meta(EventEnvelope.REQUEST_ID),
                List.copyOf(institutions),
                event);
    }

    /** The payload as the history stores it (jsonb); a learner's sealed personal data is not copied. */
    static String write(Object event) {
        if (event instanceof LearnerRegistered registered) {
            return JSON.writeValueAsString(
                    Map.of("learnerId", registered.learnerId().value()));
        }
        return JSON.writeValueAsString(event);
    }

    /** The payload read back: the domain event, or a plain map for a type the history keeps only in part. */
    static Object read(String eventType, String payload) {
        var type = TYPES.get(eventType);
        if (type == null || type == LearnerRegistered.class) {
            return JSON.readValue(payload, LinkedHashMap.class);
        }
        return JSON.readValue(payload, type);
    }

    private static LocalDate effectiveDate(Object event, EventEnvelope envelope) {
        if (event instanceof AssessmentRecorded recorded) {
            return recorded.content().assessedOn();
        }
        if (event instanceof PossibleDuplicateAssessmentFlagged flagged) {
            return flagged.content().assessedOn();
        }
        var components = components(event);
        for (var name : DATE_COMPONENTS) {
            var value = components.get(name);
            if (value instanceof LocalDate date) {
                return date;
            }
        }
        // No business date in the payload (a draft, a registration): it takes effect when recorded.
        return envelope.recordedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Actor actorOf(Object event) {
        if (event instanceof AssessmentRecorded recorded) {
            return recorded.content().assessor();
        }
        for (var value : components(event).values()) {
            if (value instanceof Actor actor) {
                return actor;
            }
        }
        return null;
    }

    private static String reasonOf(Object event) {
        var components = components(event);
        // A credential's revocation gives a reason category (ADR 0012) and, apart, its explanation.
        if (components.get("reason") instanceof Enum<?> category) {
            return components.get("explanation") instanceof String explanation && !explanation.isBlank()
                    ? category.name() + ": " + explanation
                    : category.name();
        }
        for (var name : List.of("reason", "grounds", "reasoning", "outcome", "note")) {
            if (components.get(name) instanceof String text) {
                return text;
            }
        }
        return null;
    }

    private static Map<String, Object> components(Object event) {
        var values = new LinkedHashMap<String, Object>();
        if (event.getClass().isRecord()) {
            for (RecordComponent component : event.getClass().getRecordComponents()) {
                values.put(component.getName(), valueOf(component, event));
            }
        }
        return values;
    }

    /** Every institution an event names, however deep (parties, assessor, deciding body). */
    private static void collectInstitutions(Object value, Set<String> institutions) {
        if (value instanceof InstitutionId institution) {
            institutions.add(institution.value());
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> collectInstitutions(item, institutions));
        } else if (value != null && value.getClass().isRecord()) {
            for (var component : value.getClass().getRecordComponents()) {
                collectInstitutions(valueOf(component, value), institutions);
            }
        }
    }

    private static Object valueOf(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    static List<String> list(Collection<?> values) {
        var texts = new ArrayList<String>();
        values.forEach(v -> texts.add(String.valueOf(v)));
        return texts;
    }
}
