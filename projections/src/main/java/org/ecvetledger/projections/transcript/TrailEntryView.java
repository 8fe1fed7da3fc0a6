package org.ecvetledger.projections.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of an audit trail, with everything an auditor checks (P3, S32): its link in the chain,
 * place in the ledger, stable name and version, both times, actor, reason, request and correlation,
 * markers such as SUPERSEDED, and the payload itself (evidence hashes included).
 *
 * @param supersededBy the id of the later event that replaced this one, or null
 */
public record TrailEntryView(
        TrailStage stage,
        long position,
        String eventId,
        String eventType,
        String revision,
        String aggregateId,
        long sequence,
        LocalDate effectiveDate,
        Instant recordedAt,
        String actorInstitution,
        String actorPerson,
        String reason,
        String correlationId,
        String requestId,
        List<String> markers,
        String supersededBy,
        Object payload) {}
