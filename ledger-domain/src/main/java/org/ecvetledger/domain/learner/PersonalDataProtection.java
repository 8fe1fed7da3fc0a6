package org.ecvetledger.domain.learner;

import org.ecvetledger.domain.shared.LearnerId;

/**
 * Seals a learner's personal data under that learner's own key. The domain only asks for sealing;
 * the application supplies the key store and the cipher.
 */
public interface PersonalDataProtection {

    SealedPersonalData seal(LearnerId learnerId, PersonalData personalData);
}
