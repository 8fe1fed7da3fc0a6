package org.ecvetledger.domain.learner;

import java.util.Optional;
import org.ecvetledger.domain.shared.LearnerId;

/**
 * Seals a learner's personal data under that learner's own key, and opens it again while that key
 * exists (crypto-shredding, decision (j)6). The application supplies the key store and the cipher.
 */
public interface PersonalDataProtection {

    SealedPersonalData seal(LearnerId learnerId, PersonalData personalData);

    /** The personal data in clear, or empty once the learner's key has been destroyed (erasure). */
    Optional<PersonalData> open(LearnerId learnerId, SealedPersonalData sealed);
}
