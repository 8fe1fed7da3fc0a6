package org.ecvetledger.app.mobility;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecvetledger.domain.learningagreement.AgreementStanding;
import org.ecvetledger.domain.learningagreement.LearningAgreementActivated;
import org.ecvetledger.domain.learningagreement.LearningAgreementAmended;
import org.ecvetledger.domain.learningagreement.LearningAgreementCancelled;
import org.ecvetledger.domain.learningagreement.LearningAgreementCompleted;
import org.ecvetledger.domain.learningagreement.LearningAgreementDrafted;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementRegistry;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.shared.LearnerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each learning agreement stands, kept in the transaction that appends its events (subscribing
 * processor, ADR 0004), so an assessment under it (R5) sees exactly the terms in force and the day
 * the mobility ended.
 */
@Component
@ProcessingGroup(LearningAgreementLookups.PROCESSING_GROUP)
public class LearningAgreementLookups implements LearningAgreementRegistry {

    public static final String PROCESSING_GROUP = "learning-agreement-lookups";

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    LearningAgreementLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The terms count as in force only once learner, home and host have all signed. */
    @Override
    public Optional<AgreementStanding> find(LearningAgreementId agreement) {
        return jdbc
                .query(
                        "select learner_id, terms::text, active_from, ended_on from wl_learning_agreement where agreement_id = ?",
                        (row, n) -> {
                            var activeFrom = row.getObject("active_from", LocalDate.class);
                            return new AgreementStanding(
                                    new LearnerId(row.getObject("learner_id", UUID.class)),
                                    activeFrom == null
                                            ? null
                                            : json.readValue(row.getString("terms"), LearningAgreementTerms.class),
                                    activeFrom,
                                    row.getObject("ended_on", LocalDate.class));
                        },
                        agreement.value())
                .stream()
                .findFirst();
    }

    @EventHandler
    void on(LearningAgreementDrafted event) {
        jdbc.update(
                "insert into wl_learning_agreement (agreement_id, learner_id, version, terms) values (?, ?, ?, ?::jsonb)",
                event.agreementId().value(),
                event.learner().value(),
                event.version(),
                json.writeValueAsString(event.terms()));
    }

    @EventHandler
    void on(LearningAgreementActivated event) {
        jdbc.update(
                "update wl_learning_agreement set active_from = ? where agreement_id = ?",
                event.activeFrom(),
                event.agreementId().value());
    }

    /** An amendment is accepted only while the agreement is in force: its terms are in force at once. */
    @EventHandler
    void on(LearningAgreementAmended event) {
        jdbc.update(
                "update wl_learning_agreement set version = ?, terms = ?::jsonb where agreement_id = ?",
                event.version(),
                json.writeValueAsString(event.terms()),
                event.agreementId().value());
    }

    @EventHandler
    void on(LearningAgreementCancelled event) {
        jdbc.update(
                "update wl_learning_agreement set ended_on = ? where agreement_id = ?",
                event.cancelledOn(),
                event.agreementId().value());
    }

    @EventHandler
    void on(LearningAgreementCompleted event) {
        jdbc.update(
                "update wl_learning_agreement set ended_on = ? where agreement_id = ?",
                event.completedOn(),
                event.agreementId().value());
    }
}
