package org.ecvetledger.app.mobility.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ecvetledger.domain.learningagreement.AgreementParty;
import org.ecvetledger.domain.learningagreement.LearningAgreementTerms;
import org.ecvetledger.domain.partnership.MemorandumParty;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.mobility.ChangeProposalStatus;
import org.ecvetledger.projections.mobility.ChangeProposalView;
import org.ecvetledger.projections.mobility.LearningAgreementState;
import org.ecvetledger.projections.mobility.LearningAgreementVersionView;
import org.ecvetledger.projections.mobility.MemorandumSignatureView;
import org.ecvetledger.projections.mobility.MemorandumState;
import org.ecvetledger.projections.mobility.MemorandumVersionView;

/**
 * The printable Memorandum of Understanding (laid out after the 2017 ECVET MoU template) and learning
 * agreement (after the Erasmus+ ECVET learning agreement template 2014): XHTML built from the read
 * model with every value escaped ({@link Html}), then rendered to PDF by openhtmltopdf (PDFBox) with
 * DejaVu Sans embedded, so names such as "Kovářová" print. Every version is shown, latest first, each
 * with its signatures and their dates. The renderer reaches nothing outside the document: no URL,
 * file or font is fetched.
 */
public final class AgreementPdfRenderer {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONT_FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    private static final String STYLE = """
            @page {
              size: A4;
              margin: 18mm 16mm 20mm 16mm;
              @bottom-left { content: "ECVET credit ledger"; font-family: 'DejaVu Sans'; font-size: 7pt; color: #666; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages);
                              font-family: 'DejaVu Sans'; font-size: 7pt; color: #666; }
            }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; line-height: 1.35; color: #1a1a1a; }
            .programme { font-size: 8pt; color: #003399; letter-spacing: 0.5pt; text-transform: uppercase; }
            h1 { font-size: 18pt; color: #003399; margin: 1mm 0 1mm 0; }
            .subtitle { font-size: 11pt; font-weight: bold; margin: 0 0 3mm 0; }
            .banner { border-bottom: 2pt solid #003399; padding-bottom: 2mm; margin-bottom: 3mm; }
            h2 { font-size: 12pt; color: #ffffff; background-color: #003399; padding: 1.5mm 2.5mm;
                 margin: 5mm 0 2mm 0; }
            h3 { font-size: 10pt; color: #003399; border-bottom: 0.6pt solid #8c9bc4;
                 margin: 4mm 0 1.5mm 0; padding-bottom: 0.5mm; page-break-after: avoid; }
            .version { page-break-before: always; }
            .version.first { page-break-before: auto; }
            table { width: 100%; border-collapse: collapse; margin: 0 0 1.5mm 0; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #9aa3b5; padding: 1.2mm 1.8mm; vertical-align: top; text-align: left; }
            th { background-color: #e9edf7; font-weight: bold; }
            table.fields th { width: 34%; }
            tr { page-break-inside: avoid; }
            .free { white-space: pre-wrap; }
            .note { font-size: 8pt; color: #555; margin: 1mm 0; }
            .status { font-weight: bold; }
            .unsigned { color: #8a1c1c; font-style: italic; }
            ul { margin: 0; padding-left: 4mm; }
            """;

    static {
        XRLog.setLoggerImpl(new PdfRendererLog());
    }

    private AgreementPdfRenderer() {}

    // ---------------------------------------------------------------- Memorandum of Understanding

    /** The MoU as XHTML. */
    static String memorandumHtml(MemorandumPdfContent content) {
        var mou = content.memorandum();
        var labels = content.labels();
        var latestTerms = content.versions().isEmpty()
                ? mou.version().terms()
                : content.versions().get(0).terms();
        var html = new Html();
        head(html, "Memorandum of Understanding: " + latestTerms.title());
        html.open("div", "banner")
                .element("div", "programme", "ECVET · European credit system for vocational education and training")
                .element("h1", "Memorandum of Understanding")
                .element("div", "subtitle", latestTerms.title())
                .open("table", "fields")
                .field("Reference", mou.memorandumId())
                .field("Status", memorandumState(mou.state()))
                .field("Versions", versionList(mou.versions()))
                .field("Version in force", mou.versionInForce())
                .field("In force from", mou.activeFrom());
        if (mou.endedOn() != null) {
            html.field("Ended on", mou.endedOn());
        }
        if (mou.termination() != null) {
            html.field(
                    "Terminated by",
                    institution(labels, mou.termination().terminatedBy()) + ": "
                            + mou.termination().reason());
        }
        html.field("Printed from the ledger on", content.generatedOn()).close("table");
        html.element(
                        "p",
                        "note",
                        "This document shows every version of the Memorandum of Understanding, the latest first,"
                                + " each with the signatures of its parties and their dates.")
                .close("div");

        boolean first = true;
        for (var version : content.versions()) {
            memorandumVersion(html, content, version, first);
            first = false;
        }

        if (!mou.reviews().isEmpty()) {
            html.open("div", "version")
                    .element("h2", "Reviews of the Memorandum of Understanding")
                    .open("table")
                    .markup("<thead><tr><th>Version reviewed</th><th>Reviewed on</th><th>Outcome</th></tr></thead>")
                    .open("tbody");
            for (var review : mou.reviews()) {
                html.open("tr")
                        .element("td", review.version())
                        .element("td", review.reviewedOn())
                        .element("td", "free", review.outcome())
                        .close("tr");
            }
            html.close("tbody").close("table").close("div");
        }
        return foot(html);
    }

    private static void memorandumVersion(
            Html html, MemorandumPdfContent content, MemorandumVersionView version, boolean first) {
        var mou = content.memorandum();
        var labels = content.labels();
        var terms = version.terms();
        html.open("div", first ? "version first" : "version")
                .element("h2", "Version " + version.version() + " — " + memorandumVersionStatus(content, version));
        html.open("table", "fields").field("Title", terms.title());
        if (version.amendmentReason() != null) {
            html.freeField("Reason for the amendment", version.amendmentReason());
        }
        html.field("In force from", version.activeFrom()).close("table");

        html.element("h3", "1. Organisations signing the Memorandum of Understanding")
                .open("table")
                .markup("<thead><tr><th style=\"width: 38%\">Organisation</th>"
                        + "<th>Areas of competence and responsibility in their country</th></tr></thead>")
                .open("tbody");
        for (var party : terms.parties()) {
            html.open("tr");
            institutionCell(html, labels, party.institution());
            html.element("td", "free", party.areasOfCompetence()).close("tr");
        }
        html.close("tbody").close("table");

        html.element("h3", "2. Qualifications and units of learning outcomes covered")
                .open("table")
                .markup("<thead><tr><th style=\"width: 38%\">Qualification</th>"
                        + "<th>Units of learning outcomes</th></tr></thead>")
                .open("tbody");
        for (var scope : terms.scope()) {
            html.open("tr");
            qualificationCell(html, labels, scope.standard());
            html.open("td");
            if (scope.units().isEmpty()) {
                html.text("All units of the qualification standard");
            } else {
                html.open("ul");
                for (var unit : scope.units()) {
                    html.element("li", unitLabel(labels, unit));
                }
                html.close("ul");
            }
            html.close("td").close("tr");
        }
        html.close("tbody").close("table");

        html.element("h3", "3. Assessment, documentation, validation and recognition");
        for (var party : terms.parties()) {
            partyProcedures(html, labels, party);
        }

        html.element("h3", "4. Validity and planned duration of mobilities")
                .open("table", "fields")
                .field("Valid from", terms.validFrom())
                .field("Valid until", terms.validUntil())
                .field(
                        "Planned duration of future mobilities",
                        "minimum " + terms.minimumMobilityDays() + " days, maximum " + terms.maximumMobilityDays()
                                + " days")
                .close("table");

        html.element("h3", "5. Evaluation and review")
                .open("table", "fields")
                .field(
                        "Review dates agreed",
                        terms.reviewDates().isEmpty()
                                ? "none"
                                : terms.reviewDates().stream()
                                        .map(LocalDate::toString)
                                        .collect(Collectors.joining(", ")))
                .close("table");

        html.element("h3", "6. Signatures")
                .open("table")
                .markup("<thead><tr><th style=\"width: 38%\">Organisation</th><th>Signed for it by</th>"
                        + "<th style=\"width: 20%\">Date</th></tr></thead>")
                .open("tbody");
        for (var party : terms.parties()) {
            var signature = signatureOf(version.signatures(), party.institution());
            html.open("tr");
            institutionCell(html, labels, party.institution());
            if (signature == null) {
                html.element("td", "unsigned", "not signed").element("td", "unsigned", "—");
            } else {
                html.element("td", signature.signatory()).element("td", signature.signedOn());
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
        if (mou.termination() != null && version.version() == mou.latestVersion()) {
            html.element(
                    "p", "note", "This Memorandum of Understanding was terminated; it ended on " + mou.endedOn() + ".");
        }
        html.close("div");
    }

    private static void partyProcedures(Html html, CatalogueLabels labels, MemorandumParty party) {
        html.open("table", "fields")
                .markup("<thead><tr><th colspan=\"2\">")
                .text(institution(labels, party.institution()))
                .markup("</th></tr></thead>")
                .open("tbody")
                .freeField("Assessment", party.assessmentProcedure())
                .freeField("Documentation", party.documentationProcedure())
                .freeField("Validation", party.validationProcedure())
                .freeField("Recognition", party.recognitionProcedure())
                .close("tbody")
                .close("table");
    }

    private static MemorandumSignatureView signatureOf(List<MemorandumSignatureView> signatures, InstitutionId party) {
        return signatures.stream()
                .filter(s -> s.party().equals(party))
                .findFirst()
                .orElse(null);
    }

    private static String memorandumVersionStatus(MemorandumPdfContent content, MemorandumVersionView version) {
        var mou = content.memorandum();
        boolean ended = mou.endedOn() != null;
        if (Objects.equals(mou.versionInForce(), version.version())) {
            return ended ? "was in force until it ended on " + mou.endedOn() : "in force";
        }
        if (version.activeFrom() != null) {
            return "superseded (was in force from " + version.activeFrom() + ")";
        }
        if (version.version() == mou.latestVersion()) {
            return ended ? "never signed by every party" : "awaiting the signatures of every party";
        }
        return "never signed by every party";
    }

    private static String memorandumState(MemorandumState state) {
        return switch (state) {
            case DRAFT -> "draft: no party has signed yet";
            case PARTIALLY_SIGNED -> "partially signed: not yet in force";
            case ACTIVE -> "active";
            case AMENDMENT_PENDING -> "active; an amendment awaits the signatures of every party";
            case EXPIRED -> "expired";
            case TERMINATED -> "terminated";
        };
    }

    // ---------------------------------------------------------------- learning agreement

    /** The learning agreement as XHTML. */
    static String learningAgreementHtml(LearningAgreementPdfContent content) {
        var agreement = content.agreement();
        var html = new Html();
        head(html, "Learning Agreement: " + content.learner().displayName());
        html.open("div", "banner")
                .element(
                        "div",
                        "programme",
                        "ECVET · European credit system for vocational education and training · Erasmus+")
                .element("h1", "Learning Agreement")
                .element(
                        "div",
                        "subtitle",
                        "for the mobility of " + content.learner().displayName())
                .open("table", "fields")
                .field("Reference", agreement.agreementId())
                .field(
                        "Concluded under the Memorandum of Understanding",
                        content.memorandumTitle() == null
                                ? agreement.memorandum().toString()
                                : content.memorandumTitle() + " (" + agreement.memorandum() + ")")
                .field("Status", agreementState(agreement.state()))
                .field("Versions", versionList(agreement.versions()))
                .field("In force from", agreement.activeFrom());
        if (agreement.groupReference() != null) {
            html.field("Group mobility", agreement.groupReference());
        }
        html.field("Printed from the ledger on", content.generatedOn()).close("table");
        html.element(
                        "p",
                        "note",
                        "This document shows every version of the learning agreement, the latest first. Version 1"
                                + " is signed by the learner, the home and the host institution; each later version is"
                                + " agreed by the other parties accepting a proposed change.")
                .close("div");

        boolean first = true;
        for (var version : content.versions()) {
            agreementVersion(html, content, version, first);
            first = false;
        }
        agreementRecord(html, content);
        return foot(html);
    }

    private static void agreementVersion(
            Html html, LearningAgreementPdfContent content, LearningAgreementVersionView version, boolean first) {
        var agreement = content.agreement();
        var labels = content.labels();
        var terms = version.terms();
        var learner = content.learner();
        html.open("div", first ? "version first" : "version")
                .element("h2", "Version " + version.version() + " — " + agreementVersionStatus(content, version));
        var proposal = proposalOf(agreement.proposals(), version.fromProposal());
        if (proposal != null) {
            html.open("table", "fields")
                    .field(
                            "Agreed through",
                            "change proposal " + proposal.proposal() + " to version " + proposal.baseVersion()
                                    + ", proposed by " + party(labels, terms, proposal.proposedBy()))
                    .freeField("Reason for the change", proposal.reason())
                    .close("table");
        }

        html.element("h3", "1. The learner and the institutions")
                .open("table")
                .markup("<thead><tr><th style=\"width: 26%\"></th><th>Name</th>"
                        + "<th style=\"width: 30%\">Identifier in the ledger</th></tr></thead>")
                .open("tbody")
                .open("tr")
                .element("th", "Learner")
                .open("td")
                .text(learner.displayName());
        if (learner.dateOfBirth() != null) {
            html.markup("<br/>").text("born " + learner.dateOfBirth());
        }
        html.close("td")
                .element("td", agreement.learner())
                .close("tr")
                .open("tr")
                .element("th", "Home institution (sending)");
        institutionNameAndId(html, labels, terms.home());
        html.close("tr").open("tr").element("th", "Host institution (receiving)");
        institutionNameAndId(html, labels, terms.host());
        html.close("tr").close("tbody").close("table");

        var days = ChronoUnit.DAYS.between(terms.mobilityStart(), terms.mobilityEnd()) + 1;
        html.element("h3", "2. Duration of the mobility")
                .open("table", "fields")
                .field("Start of the mobility", terms.mobilityStart())
                .field("End of the mobility", terms.mobilityEnd())
                .field("Time abroad", days + " days (" + weeks(days) + ")")
                .close("table");

        var qualification = labels.qualification(terms.qualification());
        html.element("h3", "3. The qualification being taken by the learner")
                .open("table", "fields")
                .field("Title of the qualification", qualification == null ? null : qualification.title())
                .field("Qualification standard", terms.qualification())
                .field("EQF level", qualification == null ? null : qualification.eqfLevel())
                .field("NQF level", qualification == null ? null : qualification.nqfLevel())
                .open("tr")
                .element("th", "Learner's progress so far (units already acquired)")
                .open("td");
        unitList(html, labels, terms.priorProgress(), "none recorded");
        html.close("td").close("tr").close("table");

        html.element("h3", "4. Units of learning outcomes to be acquired during the mobility")
                .open("table")
                .markup("<thead><tr><th style=\"width: 40%\">Unit / group of learning outcomes / part of unit</th>"
                        + "<th>Learning outcomes to be achieved</th>"
                        + "<th style=\"width: 17%\">ECVET points to be acquired</th></tr></thead>")
                .open("tbody");
        for (var planned : terms.plannedUnits()) {
            html.open("tr")
                    .element("td", unitLabel(labels, planned.unit()))
                    .element(
                            "td",
                            planned.learningOutcomes().isEmpty()
                                    ? "all learning outcomes of the unit"
                                    : String.join(", ", planned.learningOutcomes()))
                    .element("td", planned.points() == null ? "no points in this system" : planned.points())
                    .close("tr");
        }
        html.close("tbody").close("table");

        html.element("h3", "5. Learning activities")
                .open("table", "fields")
                .freeField("Learning activities abroad", terms.learningActivities())
                .close("table");

        html.element("h3", "6. Assessment arrangements").open("table");
        if (terms.assessmentArrangements().isEmpty()) {
            html.open("tbody").field("Assessment", "none stated").close("tbody");
        } else {
            html.markup("<thead><tr><th style=\"width: 34%\">Who assesses</th><th>How</th>"
                            + "<th style=\"width: 20%\">When</th></tr></thead>")
                    .open("tbody");
            for (var arrangement : terms.assessmentArrangements()) {
                html.open("tr")
                        .element("td", institution(labels, arrangement.assessor()))
                        .element("td", "free", arrangement.method())
                        .element("td", "free", arrangement.when())
                        .close("tr");
            }
            html.close("tbody");
        }
        html.close("table");

        html.element("h3", "7. Documentation")
                .open("table", "fields")
                .freeField("How the learning is documented", terms.documentation())
                .close("table");

        html.element("h3", "8. Validation and recognition")
                .open("table", "fields")
                .freeField("Arrangements for validation and recognition", terms.validationAndRecognition())
                .close("table");

        html.element("h3", "9. Signatures");
        if (proposal == null) {
            signatures(html, content, version);
        } else {
            acceptances(html, content, proposal);
        }
        html.close("div");
    }

    private static void signatures(
            Html html, LearningAgreementPdfContent content, LearningAgreementVersionView version) {
        var terms = version.terms();
        html.open("table")
                .markup("<thead><tr><th style=\"width: 38%\">Party</th><th>Signed by</th>"
                        + "<th style=\"width: 20%\">Date</th></tr></thead>")
                .open("tbody");
        for (var party : AgreementParty.values()) {
            var signature = version.signatures().stream()
                    .filter(s -> s.party() == party)
                    .findFirst()
                    .orElse(null);
            html.open("tr").element("td", party(content.labels(), terms, party, content.learner()));
            if (signature == null) {
                html.element("td", "unsigned", "not signed").element("td", "unsigned", "—");
            } else {
                html.element("td", signature.signatory()).element("td", signature.signedOn());
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void acceptances(Html html, LearningAgreementPdfContent content, ChangeProposalView proposal) {
        var terms = proposal.terms();
        html.open("table")
                .markup("<thead><tr><th style=\"width: 38%\">Party</th><th>Agreed by</th>"
                        + "<th style=\"width: 20%\">Date</th></tr></thead>")
                .open("tbody")
                .open("tr")
                .element("td", party(content.labels(), terms, proposal.proposedBy(), content.learner()))
                .element("td", "proposed the change")
                .element("td", "—")
                .close("tr");
        for (var party : AgreementParty.values()) {
            if (party == proposal.proposedBy()) {
                continue;
            }
            var acceptance = proposal.acceptances().stream()
                    .filter(a -> a.acceptedBy() == party)
                    .findFirst()
                    .orElse(null);
            html.open("tr").element("td", party(content.labels(), terms, party, content.learner()));
            if (acceptance == null) {
                html.element("td", "unsigned", "not accepted").element("td", "unsigned", "—");
            } else {
                html.element("td", acceptance.signatory() + " (accepted the change)")
                        .element("td", acceptance.acceptedOn());
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    /** Proposals that did not become a version, mobility documents, cancellation and completion. */
    private static void agreementRecord(Html html, LearningAgreementPdfContent content) {
        var agreement = content.agreement();
        var labels = content.labels();
        var pending = agreement.proposals().stream()
                .filter(p -> p.status() != ChangeProposalStatus.ACCEPTED)
                .toList();
        boolean any = !pending.isEmpty()
                || !agreement.documents().isEmpty()
                || agreement.cancellation() != null
                || agreement.completion() != null;
        if (!any) {
            return;
        }
        html.open("div", "version").element("h2", "Record of the mobility");
        if (!pending.isEmpty()) {
            html.element("h3", "Change proposals not (yet) agreed")
                    .open("table")
                    .markup("<thead><tr><th style=\"width: 12%\">Proposal</th><th>Proposed by</th>"
                            + "<th>Reason</th><th style=\"width: 30%\">Outcome</th></tr></thead>")
                    .open("tbody");
            for (var proposal : pending) {
                var outcome = proposal.status() == ChangeProposalStatus.REJECTED
                        ? "rejected by " + party(labels, proposal.terms(), proposal.rejectedBy()) + ": "
                                + proposal.rejectionReason()
                        : "open; accepted so far by "
                                + (proposal.acceptances().isEmpty()
                                        ? "nobody"
                                        : proposal.acceptances().stream()
                                                .map(a -> a.signatory() + " on " + a.acceptedOn())
                                                .collect(Collectors.joining(", ")));
                html.open("tr")
                        .element("td", proposal.proposal())
                        .element("td", party(labels, proposal.terms(), proposal.proposedBy()))
                        .element("td", "free", proposal.reason())
                        .element("td", "free", outcome)
                        .close("tr");
            }
            html.close("tbody").close("table");
        }
        if (!agreement.documents().isEmpty()) {
            html.element("h3", "Documents issued about the learning abroad")
                    .open("table")
                    .markup("<thead><tr><th style=\"width: 22%\">Document</th><th style=\"width: 30%\">Issued by</th>"
                            + "<th style=\"width: 15%\">Issued on</th><th>Content</th></tr></thead>")
                    .open("tbody");
            for (var document : agreement.documents()) {
                html.open("tr")
                        .element("td", documentType(document.type().name()))
                        .element("td", institution(labels, document.issuedBy()))
                        .element("td", document.issuedOn())
                        .element("td", "free", document.content())
                        .close("tr");
            }
            html.close("tbody").close("table");
        }
        if (agreement.cancellation() != null) {
            var cancellation = agreement.cancellation();
            html.element("h3", "Cancellation")
                    .open("table", "fields")
                    .field(
                            "Cancelled by",
                            party(labels, content.versions().get(0).terms(), cancellation.cancelledBy()))
                    .field("Cancelled on", cancellation.cancelledOn())
                    .freeField("Reason", cancellation.reason())
                    .close("table");
        }
        if (agreement.completion() != null) {
            var completion = agreement.completion();
            html.element("h3", "Completion")
                    .open("table", "fields")
                    .field("Completed on", completion.completedOn())
                    .open("tr")
                    .element("th", "Planned but not achieved")
                    .open("td");
            if (completion.outstanding().isEmpty()) {
                html.text("nothing: completed in full");
            } else {
                html.open("ul");
                for (var gap : completion.outstanding()) {
                    html.element(
                            "li",
                            unitLabel(labels, gap.unit())
                                    + (gap.learningOutcomes().isEmpty()
                                            ? ""
                                            : ": " + String.join(", ", gap.learningOutcomes())));
                }
                html.close("ul");
            }
            html.close("td").close("tr").close("table");
        }
        html.close("div");
    }

    private static ChangeProposalView proposalOf(List<ChangeProposalView> proposals, Integer number) {
        if (number == null) {
            return null;
        }
        return proposals.stream()
                .filter(p -> p.proposal() == number)
                .findFirst()
                .orElse(null);
    }

    private static String agreementVersionStatus(
            LearningAgreementPdfContent content, LearningAgreementVersionView version) {
        var agreement = content.agreement();
        if (version.version() != agreement.latestVersion()) {
            return "superseded by version " + (version.version() + 1);
        }
        return switch (agreement.state()) {
            case DRAFT, PARTIALLY_SIGNED -> "awaiting the signatures of learner, home and host";
            case ACTIVE -> "in force";
            case CANCELLED -> "cancelled";
            case COMPLETED, COMPLETED_WITH_GAPS -> "completed";
        };
    }

    private static String agreementState(LearningAgreementState state) {
        return switch (state) {
            case DRAFT -> "draft: nobody has signed yet";
            case PARTIALLY_SIGNED -> "partially signed: not yet in force";
            case ACTIVE -> "active";
            case CANCELLED -> "cancelled";
            case COMPLETED -> "completed";
            case COMPLETED_WITH_GAPS -> "completed with planned learning not achieved";
        };
    }

    private static String documentType(String type) {
        return switch (type) {
            case "EUROPASS_MOBILITY" -> "Europass Mobility";
            case "HOST_TRANSCRIPT" -> "Transcript from the host";
            default -> type.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String party(CatalogueLabels labels, LearningAgreementTerms terms, AgreementParty party) {
        if (party == null) {
            return null;
        }
        return switch (party) {
            case LEARNER -> "Learner";
            case HOME -> "Home institution: " + institution(labels, terms.home());
            case HOST -> "Host institution: " + institution(labels, terms.host());
        };
    }

    private static String party(
            CatalogueLabels labels,
            LearningAgreementTerms terms,
            AgreementParty party,
            LearningAgreementPdfContent.Learner learner) {
        return party == AgreementParty.LEARNER ? "Learner: " + learner.displayName() : party(labels, terms, party);
    }

    // ---------------------------------------------------------------- shared pieces

    private static void head(Html html, String title) {
        html.markup("<html lang=\"en\"><head><meta charset=\"UTF-8\"/>")
                .element("title", title)
                .markup("<meta name=\"author\" content=\"ECVET credit ledger\"/><style>")
                .markup(STYLE)
                .markup("</style></head><body>");
    }

    private static String foot(Html html) {
        return html.markup("</body></html>").toString();
    }

    /** "Legal name (ID)" or the id alone when the catalogue does not know it. */
    private static String institution(CatalogueLabels labels, InstitutionId institution) {
        if (institution == null) {
            return null;
        }
        var name = labels.institutionName(institution);
        return name == null ? institution.value() : name + " (" + institution.value() + ")";
    }

    private static void institutionCell(Html html, CatalogueLabels labels, InstitutionId institution) {
        var name = labels.institutionName(institution);
        html.open("td");
        if (name == null) {
            html.text(institution.value());
        } else {
            html.element("b", name).markup("<br/>").text(institution.value());
        }
        html.close("td");
    }

    private static void institutionNameAndId(Html html, CatalogueLabels labels, InstitutionId institution) {
        var name = labels.institutionName(institution);
        html.element("td", name == null ? "not in the catalogue" : name).element("td", institution.value());
    }

    private static void qualificationCell(Html html, CatalogueLabels labels, QualificationRef standard) {
        var qualification = labels.qualification(standard);
        html.open("td");
        if (qualification == null) {
            html.text(standard);
        } else {
            html.element("b", qualification.title()).markup("<br/>").text(standard);
            if (qualification.eqfLevel() != null) {
                html.text(" · EQF level " + qualification.eqfLevel());
            }
        }
        html.close("td");
    }

    private static String unitLabel(CatalogueLabels labels, UnitRef unit) {
        var title = labels.unitTitle(unit);
        return title == null ? unit.toString() : unit + " — " + title;
    }

    private static void unitList(Html html, CatalogueLabels labels, List<UnitRef> units, String whenNone) {
        if (units.isEmpty()) {
            html.text(whenNone);
            return;
        }
        html.open("ul");
        for (var unit : units) {
            html.element("li", unitLabel(labels, unit));
        }
        html.close("ul");
    }

    private static String versionList(List<Integer> versions) {
        return versions.size() + " (" + versions.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + "; shown latest first)";
    }

    private static String weeks(long days) {
        long weeks = days / 7;
        long rest = days % 7;
        var text = weeks == 1 ? "1 week" : weeks + " weeks";
        return rest == 0 ? text : text + " and " + (rest == 1 ? "1 day" : rest + " days");
    }

    // ---------------------------------------------------------------- XHTML to PDF

    /** Renders XHTML made by this class to PDF. */
    public static byte[] pdf(String xhtml) {
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            // nothing outside the document is fetched: no URL, no file
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            Fonts.register(builder);
            builder.withProducer("ECVET credit ledger (openhtmltopdf, PDFBox)");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    /** DejaVu Sans from the jasperreports-fonts jar, read once; openhtmltopdf embeds the glyphs used. */
    private static final class Fonts {

        private static final byte[] REGULAR = read("DejaVuSans.ttf");
        private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
        private static final byte[] OBLIQUE = read("DejaVuSans-Oblique.ttf");
        private static final byte[] BOLD_OBLIQUE = read("DejaVuSans-BoldOblique.ttf");

        static void register(PdfRendererBuilder builder) {
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(OBLIQUE), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD_OBLIQUE), FONT_FAMILY, 700, FontStyle.ITALIC, true);
        }

        private static byte[] read(String file) {
            try (var in = AgreementPdfRenderer.class.getClassLoader().getResourceAsStream(FONT_FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FONT_FOLDER + file + " is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("font " + file + " could not be read", e);
            }
        }
    }
}
