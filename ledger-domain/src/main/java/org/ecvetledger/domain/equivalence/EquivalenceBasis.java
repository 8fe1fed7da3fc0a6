package org.ecvetledger.domain.equivalence;

/** What an equivalence rests on (DOMAIN c1.7): a partnership's MoU, a competence matrix, or a regulation. */
public enum EquivalenceBasis {
    MOU,
    COMPETENCE_MATRIX,
    REGULATION
}
