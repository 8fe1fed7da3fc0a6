package org.ecvetledger.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.QualificationId;
import org.ecvetledger.domain.shared.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CredentialTest {

    private static final InstitutionId MEN = new InstitutionId("FR-MEN");
    private static final InstitutionId BRANLY = new InstitutionId("FR-LYCEE-BRANLY");
    private static final Actor REGISTRAR = new Actor(MEN, "Registrar");
    private static final LocalDate ISSUED_ON = LocalDate.of(2027, 7, 5);
    private static final String UNSIGNED = "{\"type\": [\"VerifiableCredential\", \"EuropeanDigitalCredential\"]}";

    private FixtureConfiguration<Credential> fixture;
    private final RecordingSeal seal = new RecordingSeal();
    private final LearnerId learner = new LearnerId(UUID.randomUUID());

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Credential.class);
        fixture.registerInjectableResource(seal);
    }

    private static final QualificationId BACPRO = new QualificationId("FR-BACPRO-MELEC");
    private static final List<StatedDecision> STATES =
            List.of(StatedDecision.award(BACPRO), StatedDecision.recognition(BACPRO, UnitRef.of("U31", 1)));

    private CredentialIssued issued(CredentialId id, CredentialId supersedes) {
        return new CredentialIssued(
                id, MEN, learner, 7, "sha-256:ab", "FR-MEN#1", STATES, supersedes, REGISTRAR, ISSUED_ON);
    }

    @Test
    void the_awarding_body_issues_a_sealed_credential_on_its_status_list() {
        var id = new CredentialId(UUID.randomUUID());

        fixture.givenNoPriorActivity()
                .when(new IssueCredential(id, learner, List.of(MEN), STATES, UNSIGNED, null, REGISTRAR, ISSUED_ON))
                .expectEvents(issued(id, null));

        assertThat(seal.sealedFor).isEqualTo(MEN);
        assertThat(seal.sealedCredential).isEqualTo(UNSIGNED);
    }

    @Test
    void S33_an_institution_that_took_none_of_the_decisions_cannot_seal_the_credential() {
        var id = new CredentialId(UUID.randomUUID());

        fixture.givenNoPriorActivity()
                .when(new IssueCredential(
                        id, learner, List.of(MEN), STATES, UNSIGNED, null, new Actor(BRANLY, "Teacher"), ISSUED_ON))
                .expectException(CredentialRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("FR-LYCEE-BRANLY"))
                .expectNoEvents();

        assertThat(seal.sealedFor).as("nothing was signed").isNull();
    }

    @Test
    void a_re_issue_names_the_credential_it_supersedes() {
        var earlier = new CredentialId(UUID.randomUUID());
        var id = new CredentialId(UUID.randomUUID());

        fixture.givenNoPriorActivity()
                .when(new IssueCredential(id, learner, List.of(MEN), STATES, UNSIGNED, earlier, REGISTRAR, ISSUED_ON))
                .expectEvents(issued(id, earlier));
    }

    @Test
    void the_issuer_revokes_with_a_reason_category_and_the_status_list_index() {
        var id = new CredentialId(UUID.randomUUID());
        var on = LocalDate.of(2027, 9, 1);

        fixture.given(issued(id, null))
                .when(new RevokeCredential(id, RevocationReason.MISCONDUCT, " fraud at the exam ", null, REGISTRAR, on))
                .expectEvents(new CredentialRevoked(
                        id, MEN, 7, RevocationReason.MISCONDUCT, "fraud at the exam", null, REGISTRAR, on));
    }

    @Test
    void a_superseded_credential_names_its_replacement() {
        var id = new CredentialId(UUID.randomUUID());
        var replacement = new CredentialId(UUID.randomUUID());

        fixture.given(issued(id, null))
                .when(new RevokeCredential(id, RevocationReason.SUPERSEDED, null, null, REGISTRAR, ISSUED_ON))
                .expectException(CredentialRuleViolation.class)
                .expectNoEvents();
        fixture.given(issued(id, null))
                .when(new RevokeCredential(id, RevocationReason.SUPERSEDED, null, replacement, REGISTRAR, ISSUED_ON))
                .expectEvents(new CredentialRevoked(
                        id, MEN, 7, RevocationReason.SUPERSEDED, null, replacement, REGISTRAR, ISSUED_ON));
    }

    @Test
    void a_credential_is_revoked_once() {
        var id = new CredentialId(UUID.randomUUID());

        fixture.given(
                        issued(id, null),
                        new CredentialRevoked(
                                id, MEN, 7, RevocationReason.ISSUED_IN_ERROR, null, null, REGISTRAR, ISSUED_ON))
                .when(new RevokeCredential(id, RevocationReason.MISCONDUCT, null, null, REGISTRAR, ISSUED_ON))
                .expectException(CredentialRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void only_the_issuer_revokes_its_credential() {
        var id = new CredentialId(UUID.randomUUID());

        fixture.given(issued(id, null))
                .when(new RevokeCredential(
                        id, RevocationReason.ISSUED_IN_ERROR, null, null, new Actor(BRANLY, "Teacher"), ISSUED_ON))
                .expectException(LedgerRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void a_stated_recognition_names_its_unit_and_a_stated_award_none() {
        assertThat(StatedDecision.award(BACPRO).unit()).isNull();
        assertThat(StatedDecision.recognition(BACPRO, UnitRef.of("U31", 1)).unit())
                .isEqualTo(UnitRef.of("U31", 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StatedDecision.recognition(BACPRO, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_credential_id_reads_both_the_uuid_and_the_urn() {
        var uuid = UUID.randomUUID();

        assertThat(CredentialId.of("urn:credential:" + uuid)).isEqualTo(new CredentialId(uuid));
        assertThat(CredentialId.of(uuid.toString()).urn()).isEqualTo("urn:credential:" + uuid);
        assertThat(CredentialRegistration.eventTypes())
                .containsExactly(CredentialIssued.class, CredentialRevoked.class);
    }

    private static final class RecordingSeal implements CredentialSealing {
        InstitutionId sealedFor;
        String sealedCredential;

        @Override
        public SealedCredential seal(CredentialId credentialId, InstitutionId issuer, String unsignedCredential) {
            sealedFor = issuer;
            sealedCredential = unsignedCredential;
            return new SealedCredential(7, "sha-256:ab", issuer + "#1");
        }
    }
}
