package org.ecvetledger.projections.credentialstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.CredentialIssued;
import org.ecvetledger.domain.credential.CredentialRevoked;
import org.ecvetledger.domain.credential.RevocationReason;
import org.ecvetledger.domain.credential.StatedDecision;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class CredentialStatusProjectorIT {

    private static final JdbcTemplate jdbc = ReadModelDatabase.jdbc();
    private static final InstitutionId MCAST = new InstitutionId("MT-MCAST");
    private static final Actor REGISTRAR = new Actor(MCAST, "Registrar");
    private static final QualificationId MALTA = new QualificationId("MT-HSC-MQF4");
    private static final UnitRef DEMENTIA = UnitRef.of("MT-HSC-105", 1);
    private static final LocalDate ON = LocalDate.of(2025, 7, 2);

    private final CredentialStatusProjector projector = new CredentialStatusProjector(jdbc);
    private final LearnerId learner = new LearnerId(UUID.randomUUID());

    @BeforeEach
    void reset() {
        projector.reset();
    }

    private CredentialIssued issued(CredentialId id, long index, CredentialId supersedes, StatedDecision... states) {
        return new CredentialIssued(
                id,
                MCAST,
                learner,
                index,
                "sha-256:" + index,
                "MT-MCAST#key-1",
                List.of(states),
                supersedes,
                REGISTRAR,
                ON);
    }

    private CredentialRevoked revoked(CredentialId id, long index, RevocationReason reason, CredentialId by) {
        return new CredentialRevoked(id, MCAST, index, reason, null, by, REGISTRAR, ON.plusDays(30));
    }

    @Test
    void the_status_list_holds_the_revoked_indexes_of_the_issuer() {
        var first = new CredentialId(UUID.randomUUID());
        var second = new CredentialId(UUID.randomUUID());
        projector.on(issued(first, 3, null), 0);
        projector.on(issued(second, 9, null), 0);

        projector.on(revoked(first, 3, RevocationReason.MISCONDUCT, null), 1);

        var list = projector.handle(new GetStatusList(MCAST)).orElseThrow();
        assertThat(list.highestIndex()).isEqualTo(9);
        assertThat(list.revokedIndexes()).containsExactly(3L);
        assertThat(projector.handle(new GetStatusList(new InstitutionId("FR-MEN"))))
                .isEmpty();
        var status = projector.handle(new GetCredentialStatus(first)).orElseThrow();
        assertThat(status.revoked()).isTrue();
        assertThat(status.revocationReason()).isEqualTo(RevocationReason.MISCONDUCT);
        assertThat(projector
                        .handle(new GetCredentialStatus(second))
                        .orElseThrow()
                        .revoked())
                .isFalse();
    }

    @Test
    void a_superseded_credential_links_to_its_replacement_both_ways() {
        var first = new CredentialId(UUID.randomUUID());
        var second = new CredentialId(UUID.randomUUID());
        projector.on(issued(first, 4, null), 0);
        projector.on(issued(second, 5, first), 0);
        projector.on(revoked(first, 4, RevocationReason.SUPERSEDED, second), 1);

        assertThat(projector
                        .handle(new GetCredentialStatus(first))
                        .orElseThrow()
                        .supersededBy())
                .isEqualTo(second);
        assertThat(projector
                        .handle(new GetCredentialStatus(second))
                        .orElseThrow()
                        .supersedes())
                .isEqualTo(first);
    }

    @Test
    void the_credentials_stating_a_recognition_or_an_award_are_found_until_revoked() {
        var diploma = new CredentialId(UUID.randomUUID());
        var unitOnly = new CredentialId(UUID.randomUUID());
        projector.on(
                issued(diploma, 10, null, StatedDecision.award(MALTA), StatedDecision.recognition(MALTA, DEMENTIA)), 0);
        projector.on(issued(unitOnly, 11, null, StatedDecision.recognition(MALTA, DEMENTIA)), 0);

        assertThat(projector.handle(new FindCredentialsStating(learner, MALTA, DEMENTIA)))
                .extracting(CredentialStatusView::credentialId)
                .containsExactly(diploma, unitOnly);
        assertThat(projector.handle(new FindCredentialsStating(learner, MALTA, null)))
                .extracting(CredentialStatusView::credentialId)
                .containsExactly(diploma);

        projector.on(revoked(diploma, 10, RevocationReason.ISSUED_IN_ERROR, null), 1);

        assertThat(projector.handle(new FindCredentialsStating(learner, MALTA, DEMENTIA)))
                .extracting(CredentialStatusView::credentialId)
                .containsExactly(unitOnly);
    }

    @Test
    void redelivery_changes_nothing() {
        var id = new CredentialId(UUID.randomUUID());
        var issued = issued(id, 7, null, StatedDecision.award(MALTA));
        var revoked = revoked(id, 7, RevocationReason.WITHDRAWN_AFTER_APPEAL, null);

        projector.on(issued, 0);
        projector.on(revoked, 1);
        projector.on(issued, 0);
        projector.on(revoked, 1);

        assertThat(projector.handle(new GetStatusList(MCAST)).orElseThrow().revokedIndexes())
                .containsExactly(7L);
        assertThat(jdbc.queryForObject("select count(*) from rm_credential_statement", Long.class))
                .isEqualTo(1);
    }
}
