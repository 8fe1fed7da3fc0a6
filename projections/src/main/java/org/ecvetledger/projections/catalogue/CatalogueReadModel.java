package org.ecvetledger.projections.catalogue;

/**
 * The catalogue read model: competent institutions, units of learning outcomes, qualification
 * standards and unit equivalences, built by four projectors in one processing group.
 */
public final class CatalogueReadModel {

    /** The one processing group of every catalogue projector: they reset and replay together. */
    public static final String PROCESSING_GROUP = "catalogue";

    /** Every search answers at most this many rows; narrow the criteria to see the rest. */
    public static final int MAX_RESULTS = 200;

    private CatalogueReadModel() {}

    /** A search criterion left blank means "any". */
    static String criterion(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A jurisdiction criterion in its text form, without a trailing separator: {@code IT/Lazio}. */
    static String jurisdictionCriterion(String text) {
        var criterion = criterion(text);
        while (criterion != null && criterion.endsWith("/")) {
            criterion = criterion(criterion.substring(0, criterion.length() - 1));
        }
        return criterion;
    }
}
