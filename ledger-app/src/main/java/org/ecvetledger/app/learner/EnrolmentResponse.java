package org.ecvetledger.app.learner;

import java.time.LocalDate;

/** One enrolment of a learner, as the API shows it. */
record EnrolmentResponse(String qualification, int version, String enrolledBy, LocalDate enrolledOn) {}
