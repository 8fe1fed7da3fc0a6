package org.ecvetledger.app.learner;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ecvetledger.app.web.IsoDate;

/**
 * Body of {@code POST /api/learners/{learnerId}/enrolments}: the standard and version and the date
 * the enrolment takes effect; the enrolling institution and person are the acting ones (headers).
 */
record EnrolLearnerRequest(
        @NotBlank @Size(max = 64) String qualification,
        @NotNull @Min(1) Integer version,
        @NotNull @IsoDate String enrolledOn) {}
