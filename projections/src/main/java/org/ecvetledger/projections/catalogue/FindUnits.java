package org.ecvetledger.projections.catalogue;

/**
 * Searches the units of learning outcomes; every criterion is optional and blank means "any".
 * Answers every matching version, at most {@value CatalogueReadModel#MAX_RESULTS}, ordered by code
 * and then newest version first.
 *
 * @param text          part of the code or of the title in any language, case-insensitive
 * @param eqfLevel      an EQF level the unit spans
 * @param owner         the owning institution's id
 * @param publishedOnly leave drafts out; null counts as false
 */
public record FindUnits(String text, Integer eqfLevel, String owner, Boolean publishedOnly) {

    public FindUnits {
        text = CatalogueReadModel.criterion(text);
        owner = CatalogueReadModel.criterion(owner);
    }

    boolean onlyPublished() {
        return Boolean.TRUE.equals(publishedOnly);
    }
}
