package org.ecvetledger.app.mobility.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.LedgerHttp;
import org.ecvetledger.app.LedgerIT;
import org.ecvetledger.app.demo.DemoCatalogue;
import org.ecvetledger.app.demo.DemoCatalogueLoader;
import org.ecvetledger.app.eventstore.TimeOrderedIdentifierFactory;
import org.ecvetledger.domain.learningagreement.AcceptLearningAgreementChange;
import org.ecvetledger.domain.learningagreement.AgreementParty;
import org.ecvetledger.domain.learningagreement.AssessmentArrangement;
import org.ecvetledger.domain.learningagreement.DraftLearningAgreement;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.learningagreement.PlannedUnit;
import org.ecvetledger.domain.learningagreement.ProposeLearningAgreementChange;
import org.ecvetledger.domain.learningagreement.SignLearningAgreement;
import org.ecvetledger.domain.partnership.AmendMemorandum;
import org.ecvetledger.domain.partnership.DraftMemorandum;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumParty;
import org.ecvetledger.domain.partnership.MemorandumScope;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.partnership.SignMemorandum;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.catalogue.GetInstitution;
import org.ecvetledger.projections.catalogue.GetQualification;
import org.ecvetledger.projections.catalogue.GetUnit;
import org.ecvetledger.projections.catalogue.InstitutionView;
import org.ecvetledger.projections.catalogue.QualificationView;
import org.ecvetledger.projections.catalogue.UnitView;
import org.ecvetledger.projections.learner.FindLearner;
import org.ecvetledger.projections.learner.LearnerView;
import org.ecvetledger.projections.mobility.ChangeProposalStatus;
import org.ecvetledger.projections.mobility.GetLearningAgreement;
import org.ecvetledger.projections.mobility.GetMemorandum;
import org.ecvetledger.projections.mobility.LearningAgreementView;
import org.ecvetledger.projections.mobility.MemorandumView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The MoU and learning agreement PDFs (DOMAIN f5): an MoU signed, amended and signed again; an
 * agreement signed by all three and amended through an accepted change; both downloaded and read
 * back with PDFBox. Page 1 of each is also written as a PNG under target/mobility-documents to look at.
 */
@LedgerIT
class MobilityDocumentIT {

    private static final String PDF_OR_PROBLEM = "application/pdf, application/problem+json";
    private static final Path PICTURES = Path.of("target", "mobility-documents");

    private static final UnitRef U11 = UnitRef.of("U11", 1);
    private static final UnitRef U12 = UnitRef.of("U12", 1);
    private static final UnitRef U31 = UnitRef.of("U31", 1);
    private static final UnitRef U32 = UnitRef.of("U32", 1);

    @Autowired
    Environment environment;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    DemoCatalogueLoader catalogue;

    LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp(environment);
        catalogue.load(); // idempotent
        // the documents print the catalogue's names: wait until its read model shows them
        await().atMost(Duration.ofSeconds(20))
                .until(() -> query(new GetInstitution(DemoCatalogue.BERUFSSCHULE), InstitutionView.class)
                                .isPresent()
                        && query(new GetInstitution(DemoCatalogue.LYCEE_BRANLY), InstitutionView.class)
                                .isPresent()
                        && query(new GetQualification(DemoCatalogue.BACPRO_2013), QualificationView.class)
                                .isPresent()
                        && query(new GetUnit(U32), UnitView.class).isPresent());
    }

    @Test
    void an_mou_signed_amended_and_signed_again_prints_both_versions_with_their_signatures() throws IOException {
        var mou = anMouInForceAtItsSecondVersion();

        var download = http.getBytes("/api/mous/" + mou.value() + "/document", PDF_OR_PROBLEM);

        assertThat(download.status()).as(download::text).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.contentDisposition()).isEqualTo("attachment; filename=\"mou-" + mou.value() + ".pdf\"");
        var text = textOf(download.body(), "mou-page1.png");
        assertThat(text)
                .contains("Memorandum of Understanding")
                .contains("Partenariat Branly–München : métiers de l'électricité (2026-2031)")
                .contains("Partenariat Branly–München : métiers de l'électricité (2026-2030)")
                .contains("FR-LYCEE-BRANLY", "Lycée professionnel Édouard Branly")
                .contains("DE-BS-MUENCHEN", "Städtische Berufsschule für Elektrotechnik München")
                .contains("FR-BACPRO-MELEC@1")
                .contains("Baccalauréat professionnel Métiers de l'électricité")
                .contains("U31@1 — Réalisation d'une installation")
                .contains("U32@1 — Livraison d'une installation")
                .contains("Baccalauréat professionnel, académie de Créteil")
                .contains("minimum 14 days, maximum 120 days")
                .contains("Prolongation d'un an et durée maximale portée à 120 jours");
        // every version, latest first, each with its signatories and the dates they signed
        assertThat(text.indexOf("Version 2 — in force"))
                .isNotNegative()
                .isLessThan(text.indexOf("Version 1 — superseded (was in force from 2026-06-17)"));
        var version1 = text.substring(text.indexOf("Version 1 — superseded"));
        var version2 = text.substring(text.indexOf("Version 2 — in force"), text.indexOf("Version 1 — superseded"));
        assertThat(version2)
                .containsPattern("Amélie Durand-Lefèvre\\s+2026-09-01")
                .containsPattern("Eva Kovářová\\s+2026-09-03");
        assertThat(version1)
                .containsPattern("Amélie Durand-Lefèvre\\s+2026-06-15")
                .containsPattern("Jürgen Groß\\s+2026-06-17");
    }

    @Test
    void a_learning_agreement_signed_and_amended_prints_both_versions_the_signatures_and_the_learners_name()
            throws IOException {
        var mou = anMouInForceAtItsSecondVersion();
        var learner = aLearner("Amélie", "Kovářová");
        var agreement = new LearningAgreementId(TimeOrderedIdentifierFactory.next());
        commands.sendAndWait(new DraftLearningAgreement(
                agreement, learner, mou, agreementTerms(LocalDate.of(2027, 3, 28), "Quatre semaines"), null));
        commands.sendAndWait(new SignLearningAgreement(
                agreement, 1, AgreementParty.LEARNER, "Amélie Kovářová", LocalDate.of(2026, 10, 1)));
        commands.sendAndWait(new SignLearningAgreement(
                agreement, 1, AgreementParty.HOME, "Jean-Pierre Lefèvre", LocalDate.of(2026, 10, 2)));
        commands.sendAndWait(
                new SignLearningAgreement(agreement, 1, AgreementParty.HOST, "Jürgen Groß", LocalDate.of(2026, 10, 5)));
        commands.sendAndWait(new ProposeLearningAgreementChange(
                agreement,
                agreementTerms(LocalDate.of(2027, 4, 4), "Cinq semaines"),
                AgreementParty.HOST,
                "Une semaine de plus : le chantier de l'hôte se prolonge"));
        commands.sendAndWait(new AcceptLearningAgreementChange(
                agreement, 1, AgreementParty.LEARNER, "Amélie Kovářová", LocalDate.of(2026, 11, 2)));
        commands.sendAndWait(new AcceptLearningAgreementChange(
                agreement, 1, AgreementParty.HOME, "Jean-Pierre Lefèvre", LocalDate.of(2026, 11, 3)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> query(new GetLearningAgreement(agreement, null), LearningAgreementView.class)
                                .filter(view -> view.latestVersion() == 2
                                        && view.proposals().size() == 1
                                        && view.proposals().get(0).status() == ChangeProposalStatus.ACCEPTED
                                        && view.proposals().get(0).acceptances().size() == 2)
                                .isPresent()
                        && query(new FindLearner(learner), LearnerView.class).isPresent());

        var download = http.getBytes("/api/learning-agreements/" + agreement.value() + "/document", PDF_OR_PROBLEM);

        assertThat(download.status()).as(download::text).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.contentDisposition())
                .isEqualTo("attachment; filename=\"learning-agreement-" + agreement.value() + ".pdf\"");
        var text = textOf(download.body(), "learning-agreement-page1.png");
        assertThat(text)
                .contains("Learning Agreement")
                .contains("for the mobility of Amélie Kovářová")
                .contains("born 2008-04-02")
                .contains("Partenariat Branly–München : métiers de l'électricité (2026-2031)")
                .contains("FR-LYCEE-BRANLY", "Lycée professionnel Édouard Branly")
                .contains("DE-BS-MUENCHEN", "Städtische Berufsschule für Elektrotechnik München")
                .contains("FR-BACPRO-MELEC@1")
                .contains("Baccalauréat professionnel Métiers de l'électricité")
                .contains("U31@1 — Réalisation d'une installation")
                .contains("U32@1 — Livraison d'une installation")
                .contains("LO1, LO2, LO3")
                .contains("U11@1 — Analyse d'une installation")
                .contains("Cinq semaines de câblage", "Quatre semaines de câblage")
                .contains("Une semaine de plus : le chantier de l'hôte se prolonge");
        assertThat(text.indexOf("Version 2 — in force"))
                .isNotNegative()
                .isLessThan(text.indexOf("Version 1 — superseded by version 2"));
        var version2 = text.substring(
                text.indexOf("Version 2 — in force"), text.indexOf("Version 1 — superseded by version 2"));
        var version1 = text.substring(text.indexOf("Version 1 — superseded by version 2"));
        assertThat(version2)
                .contains("2027-04-04", "35 days (5 weeks)")
                .containsPattern("Amélie Kovářová \\(accepted the change\\)\\s+2026-11-02")
                .containsPattern("Jean-Pierre Lefèvre \\(accepted the change\\)\\s+2026-11-03")
                .contains("proposed the change");
        assertThat(version1)
                .contains("2027-03-28", "28 days (4 weeks)")
                .containsPattern("Amélie Kovářová\\s+2026-10-01")
                .containsPattern("Jean-Pierre Lefèvre\\s+2026-10-02")
                .containsPattern("Jürgen Groß\\s+2026-10-05");
    }

    @Test
    void an_unknown_mou_or_agreement_is_404_and_a_malformed_id_400() {
        for (var path : List.of("/api/mous/", "/api/learning-agreements/")) {
            var unknown = http.getBytes(path + UUID.randomUUID() + "/document", PDF_OR_PROBLEM);
            assertThat(unknown.status()).as(unknown::text).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
            assertThat(unknown.json().get("status").asInt()).isEqualTo(404);

            var pdfOnly = http.getBytes(path + UUID.randomUUID() + "/document", "application/pdf");
            assertThat(pdfOnly.status()).as(pdfOnly::text).isEqualTo(404);

            var jsonOnly = http.get(path + UUID.randomUUID() + "/document");
            assertThat(jsonOnly.status()).as(jsonOnly.body()).isEqualTo(406);

            var malformed = http.getBytes(path + "not-a-uuid/document", PDF_OR_PROBLEM);
            assertThat(malformed.status()).as(malformed::text).isEqualTo(400);
            assertThat(malformed.contentType()).startsWith("application/problem+json");
        }
    }

    /** Drafted, signed by both, amended (longer, up to 120 days), signed again by both: version 2 in force. */
    private MemorandumId anMouInForceAtItsSecondVersion() {
        var mou = new MemorandumId(TimeOrderedIdentifierFactory.next());
        var branly = DemoCatalogue.LYCEE_BRANLY;
        var muenchen = DemoCatalogue.BERUFSSCHULE;
        commands.sendAndWait(new DraftMemorandum(mou, mouTerms("(2026-2030)", LocalDate.of(2030, 8, 31), 90)));
        commands.sendAndWait(new SignMemorandum(mou, 1, branly, "Amélie Durand-Lefèvre", LocalDate.of(2026, 6, 15)));
        commands.sendAndWait(new SignMemorandum(mou, 1, muenchen, "Jürgen Groß", LocalDate.of(2026, 6, 17)));
        commands.sendAndWait(new AmendMemorandum(
                mou,
                mouTerms("(2026-2031)", LocalDate.of(2031, 8, 31), 120),
                "Prolongation d'un an et durée maximale portée à 120 jours"));
        commands.sendAndWait(new SignMemorandum(mou, 2, branly, "Amélie Durand-Lefèvre", LocalDate.of(2026, 9, 1)));
        commands.sendAndWait(new SignMemorandum(mou, 2, muenchen, "Eva Kovářová", LocalDate.of(2026, 9, 3)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> query(new GetMemorandum(mou, null), MemorandumView.class)
                        .filter(view -> view.latestVersion() == 2
                                && Integer.valueOf(2).equals(view.versionInForce())
                                && view.version().signatures().size() == 2)
                        .isPresent());
        return mou;
    }

    private static MemorandumTerms mouTerms(String years, LocalDate validUntil, int maximumDays) {
        return new MemorandumTerms(
                "Partenariat Branly–München : métiers de l'électricité " + years,
                List.of(
                        new MemorandumParty(
                                DemoCatalogue.LYCEE_BRANLY,
                                "Baccalauréat professionnel, académie de Créteil",
                                "Contrôle en cours de formation",
                                "Livret de suivi et Europass Mobilité",
                                "Jury académique",
                                "Dispense d'épreuve pour les unités acquises"),
                        new MemorandumParty(
                                DemoCatalogue.BERUFSSCHULE,
                                "Berufsausbildung Elektroniker/in, Bayern",
                                "Praktische Prüfung durch die Lehrkraft",
                                "Bescheinigung der Berufsschule",
                                null,
                                null)),
                List.of(new MemorandumScope(DemoCatalogue.BACPRO_2013, List.of(U31, U32))),
                LocalDate.of(2026, 1, 1),
                validUntil,
                14,
                maximumDays,
                List.of(LocalDate.of(2027, 6, 30)));
    }

    private static LearningAgreementTerms agreementTerms(LocalDate end, String duration) {
        return new LearningAgreementTerms(
                DemoCatalogue.LYCEE_BRANLY,
                DemoCatalogue.BERUFSSCHULE,
                LocalDate.of(2027, 3, 1),
                end,
                DemoCatalogue.BACPRO_2013,
                List.of(
                        new PlannedUnit(U31, List.of(), null),
                        new PlannedUnit(U32, List.of("LO1", "LO2", "LO3"), null)),
                duration + " de câblage d'un tableau de distribution avec les électriciens de l'hôte",
                List.of(new AssessmentArrangement(
                        DemoCatalogue.BERUFSSCHULE, "Situation pratique observée par la tutrice", "dernière semaine")),
                "Europass Mobilité",
                "Le jury académique valide et reconnaît U31 et U32 (LO1–LO3) au retour",
                List.of(U11, U12));
    }

    private LearnerId aLearner(String givenName, String familyName) {
        var answer = http.post("/api/learners", """
                {"givenName": "%s", "familyName": "%s", "dateOfBirth": "2008-04-02"}""".formatted(givenName, familyName));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return LearnerId.of(answer.json().get("learnerId").asString());
    }

    private <T> Optional<T> query(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }

    /** The PDF's text, white space collapsed; page 1 is also written as a PNG, to look at the layout. */
    private static String textOf(byte[] pdf, String pictureOfPageOne) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            Files.createDirectories(PICTURES);
            var page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", PICTURES.resolve(pictureOfPageOne).toFile());
            // table cells wrap long names over several lines: compare text with runs of white space as one space
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
