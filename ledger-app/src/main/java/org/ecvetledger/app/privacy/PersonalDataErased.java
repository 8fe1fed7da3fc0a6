package org.ecvetledger.app.privacy;

import org.ecvetledger.domain.shared.LearnerId;

/** The learner's key was shredded: no new personal data can be sealed for them. */
public class PersonalDataErased extends RuntimeException {

    public PersonalDataErased(LearnerId learnerId) {
        super("the personal data of learner " + learnerId + " has been erased");
    }
}
