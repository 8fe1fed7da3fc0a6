package org.ecvetledger.app.learner;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A learner as the API shows it. After erasure the personal fields are null and
 * {@code personalDataErased} is true; the learner id and the record itself remain.
 */
record LearnerResponse(
        String learnerId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        boolean personalDataErased,
        Instant registeredAt) {}
