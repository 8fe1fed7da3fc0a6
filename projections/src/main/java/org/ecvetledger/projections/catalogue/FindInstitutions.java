package org.ecvetledger.projections.catalogue;

/**
 * Searches the competent institutions; every criterion is optional and blank means "any". Answers
 * at most {@value CatalogueReadModel#MAX_RESULTS} institutions, ordered by legal name.
 *
 * @param text         part of the legal name, case-insensitive
 * @param jurisdiction the institution's jurisdiction or one containing it, whole segments:
 *                     {@code IT} finds {@code IT/Lazio}, {@code IT/Laz} does not
 * @param function     a function the institution currently holds, by name ({@code AWARD}), any case
 */
public record FindInstitutions(String text, String jurisdiction, String function) {

    public FindInstitutions {
        text = CatalogueReadModel.criterion(text);
        jurisdiction = CatalogueReadModel.jurisdictionCriterion(jurisdiction);
        function = CatalogueReadModel.criterion(function);
    }
}
