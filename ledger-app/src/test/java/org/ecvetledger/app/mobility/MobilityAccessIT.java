package org.ecvetledger.app.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Only the parties of a MoU or learning agreement see and change it (issue 10, ADR 0014). */
@LedgerIT
class MobilityAccessIT {

    private static final String OUTSIDER = DemoCatalogue.MCAST.value();

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoCatalogueLoader catalogue;

    MobilitySteps steps;
    LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        steps = new MobilitySteps(http, jdbc, catalogue);
    }

    @Test
    void an_institution_outside_the_mou_neither_reads_nor_changes_it() {
        var mou = steps.anActiveMou();
        var outsider = http.asStaff(OUTSIDER, "Outsider", "MANAGE_AGREEMENTS");
        var events = steps.countEvents();

        MobilitySteps.assertDenied(outsider.get("/api/mous/" + mou), "mou-read");
        MobilitySteps.assertDenied(outsider.post("/api/mous/" + mou + "/reviews", """
                        {"reviewedOn": "2026-11-02", "outcome": "We were never part of this"}"""), "mou-party");
        assertThat(steps.countEvents()).isEqualTo(events);
        assertThat(http.asStaff(MobilitySteps.HOST, "Host officer")
                        .get("/api/mous/" + mou)
                        .status())
                .isNotIn(401, 403);
    }

    @Test
    void a_party_signs_only_for_itself() {
        var mou = steps.aDraftMou();
        var home = http.asStaff(MobilitySteps.HOME, "Proviseur", "MANAGE_AGREEMENTS");
        var events = steps.countEvents();

        var forHost = home.post("/api/mous/" + mou + "/signatures", """
                {"version": 1, "party": "%s", "signatory": "Not the host", "signedOn": "2026-06-15"}""".formatted(MobilitySteps.HOST));

        MobilitySteps.assertDenied(forHost, "party-is-the-caller");
        assertThat(forHost.json().get("field").asString()).isEqualTo("party");
        assertThat(steps.countEvents()).isEqualTo(events);
    }

    @Test
    void a_party_without_the_right_to_manage_agreements_is_refused() {
        var mou = steps.anActiveMou();
        var clerk = http.asStaff(MobilitySteps.HOME, "Clerk", "ASSESS");
        var events = steps.countEvents();

        MobilitySteps.assertDenied(clerk.post("/api/mous/" + mou + "/reviews", """
                        {"reviewedOn": "2026-11-02", "outcome": "A clerk may not review"}"""), "mou-party");
        assertThat(steps.countEvents()).isEqualTo(events);
    }

    @Test
    void only_home_host_and_the_learner_see_a_learning_agreement_and_only_home_and_host_change_it() {
        var mou = steps.anActiveMou();
        var agreement = steps.aDraftAgreement(mou);
        var outsider = http.asStaff(OUTSIDER, "Outsider", "MANAGE_AGREEMENTS");
        var events = steps.countEvents();

        MobilitySteps.assertDenied(outsider.get("/api/learning-agreements/" + agreement), "learning-agreement-read");
        MobilitySteps.assertDenied(
                outsider.post("/api/learning-agreements/" + agreement + "/signatures", """
                        {"version": 1, "party": "HOST", "signatory": "Not the host", "signedOn": "2026-09-01"}"""),
                "learning-agreement-party");
        assertThat(steps.countEvents()).isEqualTo(events);
        assertThat(http.asStaff(MobilitySteps.HOST, "Host officer")
                        .get("/api/learning-agreements/" + agreement)
                        .status())
                .isNotIn(401, 403);
    }

    private static String signature(String party) {
        return """
                {"version": 1, "party": "%s", "signatory": "Signatory %s", "signedOn": "2026-10-01"}""".formatted(party, party);
    }

    @Test
    void the_host_signs_a_learning_agreement_only_as_host_and_the_home_as_home_and_for_the_learner() {
        var mou = steps.anActiveMou();
        var agreement = steps.aDraftAgreement(mou);
        var signatures = "/api/learning-agreements/" + agreement + "/signatures";
        var home = http.asStaff(MobilitySteps.HOME, "Proviseur", "MANAGE_AGREEMENTS");
        var host = http.asStaff(MobilitySteps.HOST, "Host officer", "MANAGE_AGREEMENTS");
        var events = steps.countEvents();

        var hostAsHome = host.post(signatures, signature("HOME"));
        var hostForLearner = host.post(signatures, signature("LEARNER"));
        var homeAsHost = home.post(signatures, signature("HOST"));

        for (var refused : java.util.List.of(hostAsHome, hostForLearner, homeAsHost)) {
            MobilitySteps.assertDenied(refused, "signatory-is-the-party");
            assertThat(refused.json().get("field").asString()).isEqualTo("party");
        }
        assertThat(hostAsHome.json().get("detail").asString()).contains(MobilitySteps.HOST, "HOME");
        assertThat(steps.countEvents()).isEqualTo(events);

        var asHost = host.post(signatures, signature("HOST"));
        var asHome = home.post(signatures, signature("HOME"));
        var forLearner = home.post(signatures, signature("LEARNER"));

        assertThat(asHost.status()).as(asHost.body()).isEqualTo(200);
        assertThat(asHome.status()).as(asHome.body()).isEqualTo(200);
        assertThat(forLearner.status()).as(forLearner.body()).isEqualTo(200);
        assertThat(steps.countEvents()).isGreaterThanOrEqualTo(events + 3);
    }

    @Test
    void
            staff_search_only_their_own_institutions_agreements_and_a_read_of_an_agreement_is_in_the_learners_read_audit() {
        var mou = steps.anActiveMou();
        var learner = steps.aLearner("Lina");
        var drafted = steps.draftAgreementAnswer(learner, mou, MobilitySteps.laTerms());
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        var agreement = drafted.json().get("learningAgreementId").asString();
        var host = http.asStaff(MobilitySteps.HOST, "Host officer", "MANAGE_AGREEMENTS");

        assertThat(host.get("/api/mous?party=" + MobilitySteps.HOST).status()).isEqualTo(200);
        MobilitySteps.assertDenied(host.get("/api/mous"), "agreement-search");
        MobilitySteps.assertDenied(host.get("/api/mous?party=" + OUTSIDER), "agreement-search");
        assertThat(host.get("/api/learning-agreements?institution=" + MobilitySteps.HOST)
                        .status())
                .isEqualTo(200);
        MobilitySteps.assertDenied(host.get("/api/learning-agreements?learner=" + learner), "agreement-search");
        assertThat(http.asLearner(learner)
                        .get("/api/learning-agreements?learner=" + learner)
                        .status())
                .isEqualTo(200);

        host.get("/api/learning-agreements/" + agreement);
        var reads = http.asLearner(learner).get("/api/learners/" + learner + "/reads");
        assertThat(reads.status()).as(reads.body()).isEqualTo(200);
        assertThat(reads.json().get(0).get("resource").asString())
                .isEqualTo("GET /api/learning-agreements/" + agreement);
        assertThat(reads.json().get(0).get("institution").asString()).isEqualTo(MobilitySteps.HOST);
    }
}
