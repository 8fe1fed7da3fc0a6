package org.ecvetledger.projections.catalogue;

/** Where a unit or standard version stands: a draft may still change, a published version is frozen. */
public enum CatalogueStatus {
    DRAFT,
    PUBLISHED
}
