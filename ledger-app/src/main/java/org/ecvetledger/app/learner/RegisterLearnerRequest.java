package org.ecvetledger.app.learner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ecvetledger.app.web.InThePast;
import org.ecvetledger.app.web.IsoDate;
import org.ecvetledger.app.web.NotBefore;

/**
 * Body of {@code POST /api/learners}. The date arrives as text and is checked by Bean Validation,
 * so that a malformed date is reported together with every other bad field, not alone.
 */
record RegisterLearnerRequest(
        @NotBlank @Size(max = 200) String givenName,
        @NotBlank @Size(max = 200) String familyName,

        @NotNull @IsoDate @InThePast @NotBefore("1900-01-01")
        String dateOfBirth) {

    LocalDate dateOfBirthAsDate() {
        return LocalDate.parse(dateOfBirth);
    }
}
