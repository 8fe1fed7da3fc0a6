package org.ecvetledger.app.learner;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.learner.LearnerDirectory;
import org.ecvetledger.domain.learner.LearnerRegistered;
import org.ecvetledger.domain.shared.LearnerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which learners are registered, kept in the transaction of their registration (ADR 0004, 0005). */
@Component
@ProcessingGroup(LearnerLookups.PROCESSING_GROUP)
public class LearnerLookups implements LearnerDirectory {

    public static final String PROCESSING_GROUP = "learner-lookups";

    private final JdbcTemplate jdbc;

    LearnerLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isRegistered(LearnerId learner) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from wl_learner where learner_id = ?)", Boolean.class, learner.value()));
    }

    @EventHandler
    void on(LearnerRegistered event) {
        jdbc.update(
                "insert into wl_learner (learner_id) values (?) on conflict do nothing",
                event.learnerId().value());
    }
}
