package org.ecvetledger.app.learner;

/** Body of the 201 answer to {@code POST /api/learners}. */
record LearnerRegisteredResponse(String learnerId) {}
