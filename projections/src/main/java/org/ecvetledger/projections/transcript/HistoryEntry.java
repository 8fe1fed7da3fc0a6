package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of the ledger as the learner's history keeps it: the typed payload with both of its
 * times (when it takes effect, when the ledger learned of it) and who acted, why and through which
 * request. The transcript and the audit trail are folds over these entries.
 *
 * @param learner      the learner's id, or null for an MoU event (MoUs concern no one learner)
 * @param qualification the qualification the event is about, or null
 * @param event        the domain event, or a map for an event whose payload the history does not keep
 *                     (a learner's sealed personal data stays in the vault)
 */
record HistoryEntry(
        long position,
        String eventId,
        String eventType,
        String revision,
        String aggregateId,
        long sequence,
        String learner,
        String qualification,
        LocalDate effectiveDate,
        Instant recordedAt,
        String actorInstitution,
        String actorPerson,
        String reason,
        String correlationId,
        String requestId,
        List<String> institutions,
        Object event) {

    HistoryEntry {
        institutions = List.copyOf(institutions);
    }
}
