package org.ecvetledger.projections.transfer;

import java.time.LocalDate;
import org.ecvetledger.domain.shared.Actor;

/**
 * One step of a transfer request: who took it, under which decision reference, effective when.
 *
 * @param decisionReference null for the request itself, and for a recognition without one of its own
 *     (after a targeted assessment)
 */
public record TransferStepView(Actor by, String decisionReference, LocalDate effectiveDate) {}
