package org.ecvetledger.domain.learningagreement;

/** Documents a host issues about learning abroad (DOMAIN c3 step 6, f3). */
public enum MobilityDocumentType {
    EUROPASS_MOBILITY,
    HOST_TRANSCRIPT
}
