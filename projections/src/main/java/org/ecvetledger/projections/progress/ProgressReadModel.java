package org.ecvetledger.projections.progress;

/** The qualification progress read model (a degree audit, ADR 0009): its processing group. */
public final class ProgressReadModel {

    public static final String PROCESSING_GROUP = "progress";

    private ProgressReadModel() {}
}
