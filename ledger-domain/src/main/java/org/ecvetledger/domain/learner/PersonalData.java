package org.ecvetledger.domain.learner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The learner's personal data in clear. It travels only inside commands and is sealed before any
 * event is written (decision (j)6: events never hold personal data in clear).
 */
public record PersonalData(String givenName, String familyName, LocalDate dateOfBirth) {

    public PersonalData {
        if (givenName == null || givenName.isBlank()) {
            throw new IllegalArgumentException("givenName must not be blank");
        }
        if (familyName == null || familyName.isBlank()) {
            throw new IllegalArgumentException("familyName must not be blank");
        }
        Objects.requireNonNull(dateOfBirth, "dateOfBirth must not be null");
    }
}
