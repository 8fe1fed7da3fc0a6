package org.ecvetledger.projections.transfer;

/** Where a transfer request stands (DOMAIN c6, ADR 0022). */
public enum TransferRequestState {
    /** Requested, with the equivalence lookup's route; awaiting its validation (or a targeted assessment). */
    REQUESTED,
    /** Validated; the recognition is being recorded, or awaits another body's recognition. */
    VALIDATED,
    /** Recognised by a second body; the saga is recording the transfer on the receiving pathway. */
    RECOGNISED,
    /** The receiving pathway recognised the unit: the request is closed with credit. */
    COMPLETED,
    /** The receiving pathway refused it: the request is closed without credit, with the rule. */
    REFUSED
}
