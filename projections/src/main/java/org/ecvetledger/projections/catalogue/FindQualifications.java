package org.ecvetledger.projections.catalogue;

/**
 * Searches the qualification standards; every criterion is optional and blank means "any". Answers
 * every matching version (not only the latest), at most {@value CatalogueReadModel#MAX_RESULTS},
 * ordered by qualification id and then newest version first, so each standard's latest matching
 * version comes first.
 *
 * @param text          part of the title in any language, case-insensitive
 * @param code          the start of the qualification id, case-insensitive: {@code FR-BACPRO} finds {@code FR-BACPRO-MELEC}
 * @param eqfLevel      the standard's EQF level
 * @param jurisdiction  the standard's jurisdiction or one containing it, whole segments: {@code IT} finds {@code IT/Lazio}
 * @param awardingBody  the id of one of its awarding bodies
 * @param publishedOnly leave drafts out; null counts as false
 */
public record FindQualifications(
        String text, String code, Integer eqfLevel, String jurisdiction, String awardingBody, Boolean publishedOnly) {

    public FindQualifications {
        text = CatalogueReadModel.criterion(text);
        code = CatalogueReadModel.criterion(code);
        jurisdiction = CatalogueReadModel.jurisdictionCriterion(jurisdiction);
        awardingBody = CatalogueReadModel.criterion(awardingBody);
    }

    boolean onlyPublished() {
        return Boolean.TRUE.equals(publishedOnly);
    }
}
