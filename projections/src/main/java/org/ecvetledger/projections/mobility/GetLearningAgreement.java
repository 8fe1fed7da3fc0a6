package org.ecvetledger.projections.mobility;

import java.util.Objects;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;

/**
 * Asks for one learning agreement with the terms and signatures of one of its versions; empty when
 * the agreement or that version is unknown.
 *
 * @param version the version to show; null for the latest
 */
public record GetLearningAgreement(LearningAgreementId agreementId, Integer version) {

    public GetLearningAgreement {
        Objects.requireNonNull(agreementId, "agreementId");
    }
}
