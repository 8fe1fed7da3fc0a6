package org.ecvetledger.projections.mobility;

import java.time.LocalDate;
import org.ecvetledger.domain.learningagreement.AgreementParty;

/** One of learner, home and host signing a version of a learning agreement. */
public record LearningAgreementSignatureView(AgreementParty party, String signatory, LocalDate signedOn) {}
