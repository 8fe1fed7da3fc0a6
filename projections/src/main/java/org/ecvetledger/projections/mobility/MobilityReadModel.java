package org.ecvetledger.projections.mobility;

/**
 * The mobility read model: Memoranda of Understanding and learning agreements with every version,
 * its signatures and where each stands (DOMAIN c2, c3, c8), built by two projectors in one
 * processing group.
 */
public final class MobilityReadModel {

    /** The one processing group of every mobility projector: they reset and replay together. */
    public static final String PROCESSING_GROUP = "mobility";

    /** Every search answers at most this many rows; narrow the criteria to see the rest. */
    public static final int MAX_RESULTS = 200;

    private MobilityReadModel() {}

    /** A text criterion left blank means "any". */
    static String criterion(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
