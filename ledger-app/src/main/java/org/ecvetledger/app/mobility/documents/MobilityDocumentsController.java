package org.ecvetledger.app.mobility.documents;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.domain.learningagreement.LearningAgreementId;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.partnership.MemorandumId;
import org.ecvetledger.domain.partnership.MemorandumTerms;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.catalogue.GetInstitution;
import org.ecvetledger.projections.catalogue.GetQualification;
import org.ecvetledger.projections.catalogue.GetUnit;
import org.ecvetledger.projections.catalogue.InstitutionView;
import org.ecvetledger.projections.catalogue.QualificationView;
import org.ecvetledger.projections.catalogue.UnitView;
import org.ecvetledger.projections.learner.FindLearner;
import org.ecvetledger.projections.learner.LearnerView;
import org.ecvetledger.projections.mobility.GetLearningAgreement;
import org.ecvetledger.projections.mobility.GetMemorandum;
import org.ecvetledger.projections.mobility.LearningAgreementVersionView;
import org.ecvetledger.projections.mobility.LearningAgreementView;
import org.ecvetledger.projections.mobility.MemorandumVersionView;
import org.ecvetledger.projections.mobility.MemorandumView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Memoranda of Understanding and learning agreements as PDF documents (DOMAIN f5), laid out after the
 * 2017 ECVET MoU template and the Erasmus+ ECVET learning agreement template 2014: every version,
 * latest first, with the signatures and their dates, from the read model. The learner's name is opened
 * from the sealed personal data; once erased, the document says so.
 */
@RestController
class MobilityDocumentsController {

    private static final String PDF = MediaType.APPLICATION_PDF_VALUE;

    private final QueryGateway queries;

    MobilityDocumentsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/mous/{memorandumId}/document", produces = PDF)
    ResponseEntity<byte[]> memorandum(@PathVariable UUID memorandumId) {
        var id = new MemorandumId(memorandumId);
        var latest = memorandum(id, null).orElseThrow(() -> new AgreementNotFound("no MoU " + id + " is recorded"));
        var versions = new ArrayList<MemorandumVersionView>();
        for (var number : latestFirst(latest.versions())) {
            versions.add(
                    number == latest.version().version()
                            ? latest.version()
                            : memorandum(id, number)
                                    .map(MemorandumView::version)
                                    .orElseThrow(() -> new AgreementNotFound(
                                            "version " + number + " of MoU " + id + " is not shown yet")));
        }
        var terms = versions.stream().map(MemorandumVersionView::terms).toList();
        var content = new MemorandumPdfContent(latest, versions, labels(memorandumReferences(terms)), today());
        return pdf("mou-" + id + ".pdf", AgreementPdfRenderer.pdf(AgreementPdfRenderer.memorandumHtml(content)));
    }

    @GetMapping(path = "/api/learning-agreements/{agreementId}/document", produces = PDF)
    ResponseEntity<byte[]> learningAgreement(@PathVariable UUID agreementId) {
        var id = new LearningAgreementId(agreementId);
        var latest = agreement(id, null)
                .orElseThrow(() -> new AgreementNotFound("no learning agreement " + id + " is recorded"));
        var versions = new ArrayList<LearningAgreementVersionView>();
        for (var number : latestFirst(latest.versions())) {
            versions.add(
                    number == latest.version().version()
                            ? latest.version()
                            : agreement(id, number)
                                    .map(LearningAgreementView::version)
                                    .orElseThrow(() -> new AgreementNotFound("version " + number
                                            + " of learning agreement " + id + " is not shown yet")));
        }
        var terms = new ArrayList<LearningAgreementTerms>();
        versions.forEach(v -> terms.add(v.terms()));
        latest.proposals().forEach(p -> terms.add(p.terms()));
        var references = agreementReferences(terms);
        latest.documents().forEach(d -> references.institutions().add(d.issuedBy()));
        var memorandumTitle = memorandum(latest.memorandum(), null)
                .map(m -> m.version().terms().title())
                .orElse(null);
        var content = new LearningAgreementPdfContent(
                latest, versions, learner(latest), memorandumTitle, labels(references), today());
        return pdf(
                "learning-agreement-" + id + ".pdf",
                AgreementPdfRenderer.pdf(AgreementPdfRenderer.learningAgreementHtml(content)));
    }

    private static List<Integer> latestFirst(List<Integer> oldestFirst) {
        var numbers = new ArrayList<>(oldestFirst);
        Collections.reverse(numbers);
        return numbers;
    }

    private static ResponseEntity<byte[]> pdf(String fileName, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(pdf);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private Optional<MemorandumView> memorandum(MemorandumId id, Integer version) {
        return queries.query(new GetMemorandum(id, version), ResponseTypes.optionalInstanceOf(MemorandumView.class))
                .join();
    }

    private Optional<LearningAgreementView> agreement(LearningAgreementId id, Integer version) {
        return queries.query(
                        new GetLearningAgreement(id, version),
                        ResponseTypes.optionalInstanceOf(LearningAgreementView.class))
                .join();
    }

    private LearningAgreementPdfContent.Learner learner(LearningAgreementView agreement) {
        return queries.query(new FindLearner(agreement.learner()), ResponseTypes.optionalInstanceOf(LearnerView.class))
                .join()
                .map(view -> view.personalData() == null
                        ? LearningAgreementPdfContent.Learner.erasedData()
                        : LearningAgreementPdfContent.Learner.known(
                                view.personalData().givenName(),
                                view.personalData().familyName(),
                                view.personalData().dateOfBirth()))
                .orElseGet(LearningAgreementPdfContent.Learner::unknown);
    }

    /** The ids of the catalogue entries a document names. */
    private record References(
            Collection<InstitutionId> institutions,
            Collection<QualificationRef> standards,
            Collection<UnitRef> units) {}

    private static References memorandumReferences(List<MemorandumTerms> versions) {
        var references = new References(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        for (var terms : versions) {
            terms.parties().forEach(p -> references.institutions().add(p.institution()));
            terms.scope().forEach(s -> {
                references.standards().add(s.standard());
                references.units().addAll(s.units());
            });
        }
        return references;
    }

    private static References agreementReferences(List<LearningAgreementTerms> versions) {
        var references = new References(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        for (var terms : versions) {
            references.institutions().add(terms.home());
            references.institutions().add(terms.host());
            terms.assessmentArrangements()
                    .forEach(a -> references.institutions().add(a.assessor()));
            references.standards().add(terms.qualification());
            terms.plannedUnits().forEach(p -> references.units().add(p.unit()));
            references.units().addAll(terms.priorProgress());
        }
        return references;
    }

    /** Names from the catalogue read model; what it does not know is printed by id. */
    private CatalogueLabels labels(References references) {
        var institutions = new HashMap<InstitutionId, String>();
        for (var institution : references.institutions()) {
            queries.query(new GetInstitution(institution), ResponseTypes.optionalInstanceOf(InstitutionView.class))
                    .join()
                    .ifPresent(view -> institutions.put(institution, view.legalName()));
        }
        var standards = new HashMap<QualificationRef, CatalogueLabels.QualificationLabel>();
        for (var standard : references.standards()) {
            queries.query(new GetQualification(standard), ResponseTypes.optionalInstanceOf(QualificationView.class))
                    .join()
                    .ifPresent(view -> standards.put(
                            standard,
                            new CatalogueLabels.QualificationLabel(
                                    CatalogueLabels.title(view.profile().title()),
                                    view.profile().eqfLevel(),
                                    view.profile().nqfLevel())));
        }
        var units = new HashMap<UnitRef, String>();
        for (var unit : references.units()) {
            queries.query(new GetUnit(unit), ResponseTypes.optionalInstanceOf(UnitView.class))
                    .join()
                    .ifPresent(view -> units.put(
                            unit, CatalogueLabels.title(view.description().title())));
        }
        return new CatalogueLabels(institutions, standards, units);
    }
}
