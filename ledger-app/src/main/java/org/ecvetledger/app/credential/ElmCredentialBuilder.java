package org.ecvetledger.app.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecvetledger.domain.assessment.AssessmentId;
import org.ecvetledger.domain.credential.CredentialId;
import org.ecvetledger.domain.credential.StatedDecision;
import org.ecvetledger.domain.shared.CreditFramework;
import org.ecvetledger.domain.shared.CreditPoints;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.MultilingualText;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.catalogue.QualificationView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a {@link LearnerRecord} to a European Digital Credential (ELM v3 JSON-LD, DOMAIN f1): one
 * LearningAchievement per recognised unit and per awarded qualification, the mobility period as a
 * LearningActivity, and assessed credit that was never recognised only as a LearningAssessment (R7).
 * ELM's words are used only here and in the credential package's documents (STYLE 6, ADR 0012).
 */
final class ElmCredentialBuilder {

    static final String VC_CONTEXT = "https://www.w3.org/2018/credentials/v1";
    static final String EDC_CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap";
    static final String EDC_SHAPES = "http://data.europa.eu/snb/model/ap/edc-generic-full";
    private static final String ECTS = "http://data.europa.eu/snb/education-credit/6fcec5c5af";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CatalogueDescriptions catalogue;
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<InstitutionId, String> organisationIds = new HashMap<>();

    ElmCredentialBuilder(CatalogueDescriptions catalogue) {
        this.catalogue = catalogue;
    }

    /** What an export states and who may seal it. */
    record Draft(ObjectNode credential, Set<InstitutionId> entitledIssuers, List<StatedDecision> states, int claims) {}

    /**
     * @param issuer the institution named as issuer; in a preview, the first entitled one
     * @param issued the sealing time; null in an unsigned preview
     */
    Draft build(
            CredentialId id,
            LearnerRecord record,
            CredentialSelection selection,
            InstitutionId issuer,
            Instant issued,
            LocalDate validFrom) {
        var claims = JSON.createArrayNode();
        var entitled = new LinkedHashSet<InstitutionId>();
        var states = new LinkedHashSet<StatedDecision>();
        var assessments = new HashMap<AssessmentId, LearnerRecord.AssessmentRecord>();
        record.assessments().forEach(a -> assessments.put(a.assessmentId(), a));
        var recognisedUnits = new LinkedHashSet<String>();

        for (var pathway : record.pathways()) {
            if (pathway.standard() == null
                    || !selection.includes(pathway.standard().id())) {
                continue;
            }
            var qualification = catalogue.qualification(pathway.standard()).orElse(null);
            var unitAchievements = new HashMap<UnitRef, String>();
            for (var recognition : pathway.recognitions()) {
                recognisedUnits.add(pathway.standard().id() + "/" + recognition.unit());
                if (!selection.includes(recognition.unit())) {
                    continue;
                }
                var achievement = unitAchievement(recognition, qualification, assessments);
                unitAchievements.put(recognition.unit(), achievement.get("id").asString());
                claims.add(achievement);
                entitled.add(recognition.recognisedBy().institution());
                states.add(StatedDecision.recognition(pathway.standard().id(), recognition.unit()));
            }
            for (var part : pathway.partRecognitions()) {
                if (selection.includes(part.unit())) {
                    claims.add(partAchievement(part, assessments));
                    entitled.add(part.recognisedBy().institution());
                    states.add(StatedDecision.recognition(pathway.standard().id(), part.unit()));
                }
            }
            var award = pathway.award();
            if (award != null && selection.units().isEmpty()) {
                claims.add(qualificationAchievement(award, qualification, unitAchievements));
                entitled.add(award.awardedBy().institution());
                states.add(StatedDecision.award(pathway.standard().id()));
            }
        }
        // R7: assessed (even validated) credit that was never recognised is a result, never an achievement
        for (var assessment : record.assessments()) {
            var content = assessment.content();
            if (!selection.includes(content.standard().id())) {
                continue;
            }
            for (var unit : content.units()) {
                if (recognisedUnits.contains(content.standard().id() + "/" + unit) || !selection.includes(unit)) {
                    continue;
                }
                claims.add(learningAssessment(assessment, unit));
            }
        }
        for (var mobility : record.mobilities()) {
            if (selection.includes(mobility.qualification().id())) {
                claims.add(mobilityActivity(mobility));
            }
        }

        var credential = JSON.createObjectNode();
        credential.set("@context", JSON.createArrayNode().add(VC_CONTEXT).add(EDC_CONTEXT));
        credential.put("id", id.urn());
        credential.set(
                "type", JSON.createArrayNode().add("VerifiableCredential").add("EuropeanDigitalCredential"));
        credential.set("credentialSchema", object(EDC_SHAPES, "ShaclValidator2017"));
        credential.set("credentialProfiles", genericProfile());
        credential.set("displayParameter", displayParameter());
        if (issuer != null) {
            credential.set("issuer", issuer(issuer, issued != null));
        }
        if (issued != null) {
            credential.put("issued", dateTime(issued));
        }
        credential.put("validFrom", dateTime(validFrom));
        credential.set("credentialSubject", person(record, claims));
        return new Draft(credential, Set.copyOf(entitled), List.copyOf(states), claims.size());
    }

    private ObjectNode unitAchievement(
            LearnerRecord.UnitRecognition recognition,
            QualificationView qualification,
            Map<AssessmentId, LearnerRecord.AssessmentRecord> assessments) {
        var unit = catalogue.unit(recognition.unit()).orElse(null);
        var title = unit != null
                ? unit.description().title()
                : MultilingualText.of("en", recognition.unit().toString());
        var achievement = claim("learningAchievement", "LearningAchievement", title);
        achievement.set(
                "awardedBy",
                awardingProcess(recognition.recognisedBy().institution(), recognition.effectiveDate(), null));
        var specification = object(next("learningAchievementSpec"), "LearningAchievementSpecification");
        specification.set("title", languageMap(title));
        if (unit != null) {
            var outcomes = JSON.createArrayNode();
            unit.description().learningOutcomes().forEach(lo -> {
                var outcome = object(next("learningOutcome"), "LearningOutcome");
                outcome.set("title", languageMap(lo.description()));
                if (lo.escoSkill() != null) {
                    outcome.set(
                            "relatedESCOSkill",
                            JSON.createArrayNode().add(lo.escoSkill().toString()));
                }
                outcomes.add(outcome);
            });
            specification.set("learningOutcome", outcomes);
            if (!unit.description().eqfLevels().isEmpty()) {
                specification.set(
                        "eqfLevel",
                        eqfLevel(unit.description().eqfLevels().iterator().next()));
            }
        }
        var framework = qualification == null ? null : qualification.profile().framework();
        var allocated = qualification == null
                ? null
                : qualification.units().stream()
                        .filter(u -> u.unit().equals(recognition.unit()))
                        .map(u -> u.points())
                        .filter(p -> p != null)
                        .findFirst()
                        .orElse(null);
        if (framework != null && framework.hasPoints() && allocated != null) {
            specification.set("creditPoint", JSON.createArrayNode().add(creditPoint(framework, allocated)));
        }
        achievement.set("specifiedBy", specification);
        // R7: points reach the learner only through this recognition
        if (framework != null && framework.hasPoints() && recognition.points() != null) {
            achievement.set("creditReceived", JSON.createArrayNode().add(creditPoint(framework, recognition.points())));
        }
        var proofs = JSON.createArrayNode();
        for (var basis : recognition.basis()) {
            var assessment = assessments.get(basis);
            if (assessment != null) {
                proofs.add(learningAssessment(assessment, recognition.unit()));
            }
        }
        if (!proofs.isEmpty()) {
            achievement.set("provenBy", proofs);
        }
        if (qualification != null) {
            achievement.set("additionalNote", notes(qualification));
        }
        return achievement;
    }

    private ObjectNode partAchievement(
            LearnerRecord.PartRecognition part, Map<AssessmentId, LearnerRecord.AssessmentRecord> assessments) {
        var unit = catalogue.unit(part.unit()).orElse(null);
        var unitTitle = unit != null
                ? unit.description().title()
                : MultilingualText.of("en", part.unit().toString());
        var titles = new java.util.TreeMap<String, String>();
        unitTitle
                .texts()
                .forEach((language, text) -> titles.put(
                        language, text + " (part of unit " + part.unit().code() + ")"));
        var title = new MultilingualText(titles);
        var achievement = claim("learningAchievement", "LearningAchievement", title);
        achievement.set("awardedBy", awardingProcess(part.recognisedBy().institution(), part.effectiveDate(), null));
        var specification = object(next("learningAchievementSpec"), "LearningAchievementSpecification");
        specification.set("title", languageMap(title));
        if (unit != null) {
            var outcomes = JSON.createArrayNode();
            unit.description().learningOutcomes().stream()
                    .filter(lo -> part.learningOutcomes().contains(lo.id()))
                    .forEach(lo -> {
                        var outcome = object(next("learningOutcome"), "LearningOutcome");
                        outcome.set("title", languageMap(lo.description()));
                        outcomes.add(outcome);
                    });
            specification.set("learningOutcome", outcomes);
        }
        achievement.set("specifiedBy", specification);
        var proofs = JSON.createArrayNode();
        for (var basis : part.basis()) {
            var assessment = assessments.get(basis);
            if (assessment != null) {
                proofs.add(learningAssessment(assessment, part.unit()));
            }
        }
        if (!proofs.isEmpty()) {
            achievement.set("provenBy", proofs);
        }
        return achievement;
    }

    private ObjectNode qualificationAchievement(
            LearnerRecord.AwardRecord award, QualificationView qualification, Map<UnitRef, String> unitAchievements) {
        var title = qualification != null
                ? qualification.profile().title()
                : MultilingualText.of("en", award.standard().toString());
        var achievement = claim("learningAchievement", "LearningAchievement", title);
        achievement.set(
                "awardedBy",
                awardingProcess(award.awardedBy().institution(), award.effectiveDate(), award.legalBasis()));
        var specification = object(next("qualification"), "Qualification");
        specification.set("title", languageMap(title));
        specification.set("isPartialQualification", JSON.getNodeFactory().booleanNode(award.partialQualification()));
        var framework = qualification == null ? null : qualification.profile().framework();
        if (qualification != null) {
            var profile = qualification.profile();
            if (profile.eqfLevel() != null) {
                specification.set("eqfLevel", eqfLevel(profile.eqfLevel()));
            }
            if (framework.hasPoints() && profile.totalPoints() != null) {
                specification.set(
                        "creditPoint", JSON.createArrayNode().add(creditPoint(framework, profile.totalPoints())));
            }
            var outcomes = JSON.createArrayNode();
            for (var attached : qualification.units()) {
                var title1 = attached.title() != null
                        ? attached.title()
                        : MultilingualText.of("en", attached.unit().toString());
                var outcome = object(next("learningOutcome"), "LearningOutcome");
                outcome.set("title", languageMap(title1));
                outcomes.add(outcome);
            }
            if (!outcomes.isEmpty()) {
                specification.set("learningOutcome", outcomes);
            }
            achievement.set("additionalNote", notes(qualification));
        }
        achievement.set("specifiedBy", specification);
        if (framework != null && framework.hasPoints() && award.pointsTotal() != null) {
            achievement.set("creditReceived", JSON.createArrayNode().add(creditPoint(framework, award.pointsTotal())));
        }
        var parts = JSON.createArrayNode();
        for (var unit : award.unitsCounted()) {
            var partId = unitAchievements.get(unit);
            if (partId != null) {
                parts.add(partId);
            }
        }
        if (!parts.isEmpty()) {
            achievement.set("hasPart", parts);
        }
        return achievement;
    }

    private ObjectNode learningAssessment(LearnerRecord.AssessmentRecord assessment, UnitRef unit) {
        var content = assessment.content();
        var unitView = catalogue.unit(unit).orElse(null);
        var unitTitle = unitView != null ? unitView.description().title() : MultilingualText.of("en", unit.toString());
        var titles = new java.util.TreeMap<String, String>();
        unitTitle.texts().forEach((language, text) -> titles.put(language, text));
        var claim = object(
                "urn:ecvet-ledger:assessment:" + assessment.assessmentId().value() + ":" + unit, "LearningAssessment");
        claim.set("title", languageMap(new MultilingualText(titles)));
        claim.set("awardedBy", awardingProcess(content.assessor().institution(), content.assessedOn(), null));
        claim.set(
                "assessedBy",
                JSON.createArrayNode().add(organisation(content.assessor().institution())));
        claim.put("issued", dateTime(content.assessedOn()));
        var grade = content.grades().stream()
                .filter(g -> g.unit().equals(unit))
                .map(g -> g.grade().stripTrailingZeros().toPlainString())
                .findFirst()
                .orElseGet(() -> achievedOutcomes(assessment, unit));
        claim.set("grade", note(MultilingualText.of("en", grade)));
        var specification = object(next("learningAssessmentSpec"), "LearningAssessmentSpecification");
        specification.set("title", languageMap(new MultilingualText(titles)));
        if (content.gradingScheme() != null) {
            var scheme = object(next("gradingScheme"), "GradingScheme");
            scheme.set("title", JSON.createObjectNode().put("en", content.gradingScheme()));
            specification.set("gradingScheme", scheme);
        }
        claim.set("specifiedBy", specification);
        return claim;
    }

    private static String achievedOutcomes(LearnerRecord.AssessmentRecord assessment, UnitRef unit) {
        var results = assessment.content().results().stream()
                .filter(r -> r.unit().equals(unit))
                .toList();
        var achieved = results.stream().filter(r -> r.achieved()).count();
        return achieved + " of " + results.size() + " learning outcomes achieved";
    }

    private ObjectNode mobilityActivity(LearnerRecord.MobilityPeriod mobility) {
        var host = catalogue
                .institution(mobility.host())
                .map(i -> i.legalName())
                .orElse(mobility.host().value());
        var title = MultilingualText.of("en", "Mobility period at " + host);
        var activity = claim("learningActivity", "LearningActivity", title);
        activity.set("awardedBy", awardingProcess(mobility.home(), mobility.end(), null));
        activity.set("directedBy", JSON.createArrayNode().add(organisation(mobility.host())));
        var period = object(next("period"), "PeriodOfTime");
        period.put("startDate", dateTime(mobility.start()));
        period.put("endDate", dateTime(mobility.end()));
        activity.set("temporal", period);
        var specification = object(next("learningActivitySpec"), "LearningActivitySpecification");
        specification.set("title", languageMap(MultilingualText.of("en", "ECVET geographical mobility")));
        activity.set("specifiedBy", specification);
        activity.set(
                "additionalNote",
                JSON.createArrayNode()
                        .add(note(MultilingualText.of(
                                "en",
                                "Learning agreement " + mobility.agreement().value() + " between " + mobility.home()
                                        + " (home) and " + mobility.host() + " (host)."))));
        return activity;
    }

    /** R20 and R30: how ECVET applies to the qualification, and that recognition is no licence to practise. */
    private ArrayNode notes(QualificationView qualification) {
        var profile = qualification.profile();
        var notes = JSON.createArrayNode();
        var framework = profile.framework();
        var ecvet = framework.kind() == CreditFramework.Kind.ECVET
                ? "ECVET applies in full: the qualification is described in units of learning outcomes with ECVET points; "
                        + "the learner holds units and points only through their recognition by a competent institution."
                : framework.hasPoints()
                        ? "ECVET applies to units of learning outcomes (assessment, validation, recognition); points are "
                                + framework + " points, not ECVET points."
                        : "ECVET applies to units of learning outcomes (assessment, validation, recognition); the "
                                + "qualification allocates no credit points.";
        notes.add(note(MultilingualText.of("en", ecvet)));
        if (profile.nqfLevel() != null) {
            // the NQF concept lives in the Qualification Dataset Register, which the catalogue does not reference yet
            notes.add(note(MultilingualText.of(
                    "en",
                    "National qualifications framework level ("
                            + profile.jurisdiction().country() + "): " + profile.nqfLevel() + ".")));
        }
        if (profile.regulatedProfession()) {
            notes.add(note(MultilingualText.of(
                    "en",
                    "This qualification relates to a profession regulated under Directive 2005/36/EC. Recognition of "
                            + "units under ECVET is not recognition of professional qualifications and gives no "
                            + "licence to practise.")));
        }
        return notes;
    }

    private ObjectNode claim(String kind, String type, MultilingualText title) {
        var claim = object(next(kind), type);
        claim.set("title", languageMap(title));
        return claim;
    }

    private ObjectNode awardingProcess(InstitutionId body, LocalDate on, String legalBasis) {
        var process = object(next("awardingProcess"), "AwardingProcess");
        process.set("awardingBody", JSON.createArrayNode().add(organisation(body)));
        process.put("awardingDate", dateTime(on));
        if (legalBasis != null && !legalBasis.isBlank()) {
            process.set(
                    "additionalNote",
                    JSON.createArrayNode().add(note(MultilingualText.of("en", "Legal basis: " + legalBasis))));
        }
        return process;
    }

    private ObjectNode issuer(InstitutionId issuer, boolean sealed) {
        var organisation = organisation(issuer);
        if (sealed) {
            // the EDC shapes want the sealing organisation's eIDAS identifier; the ledger's is its institution code
            var eidas = object("urn:ecvet-ledger:eidas:" + issuer.value(), "LegalIdentifier");
            eidas.put("notation", issuer.value());
            eidas.set("spatial", country(countryOf(issuer)));
            organisation.set("eIDASIdentifier", eidas);
        }
        return organisation;
    }

    private ObjectNode organisation(InstitutionId institution) {
        var id = organisationIds.computeIfAbsent(institution, i -> "urn:ecvet-ledger:institution:" + i.value());
        var organisation = object(id, "Organisation");
        var view = catalogue.institution(institution).orElse(null);
        organisation.set(
                "legalName", JSON.createObjectNode().put("en", view != null ? view.legalName() : institution.value()));
        var registration = object("urn:ecvet-ledger:institution-id:" + institution.value(), "LegalIdentifier");
        registration.put("notation", institution.value());
        registration.set("spatial", country(countryOf(institution)));
        organisation.set("registration", registration);
        var location = object("urn:ecvet-ledger:location:" + institution.value(), "Location");
        var address = object("urn:ecvet-ledger:address:" + institution.value(), "Address");
        address.set("countryCode", country(countryOf(institution)));
        location.set("address", address);
        organisation.set("location", JSON.createArrayNode().add(location));
        return organisation;
    }

    private String countryOf(InstitutionId institution) {
        return catalogue
                .institution(institution)
                .map(i -> i.jurisdiction().country())
                .orElse(institution.value().substring(0, 2).toUpperCase(Locale.ROOT));
    }

    private ObjectNode person(LearnerRecord record, ArrayNode claims) {
        var person = object("urn:ecvet-ledger:learner:" + record.learner().value(), "Person");
        if (record.person() != null) {
            var p = record.person();
            person.set("fullName", JSON.createObjectNode().put("en", p.givenName() + " " + p.familyName()));
            person.set("givenName", JSON.createObjectNode().put("en", p.givenName()));
            person.set("familyName", JSON.createObjectNode().put("en", p.familyName()));
            person.put("dateOfBirth", dateTime(p.dateOfBirth()));
        } else {
            person.set(
                    "fullName",
                    JSON.createObjectNode()
                            .put("en", "Learner " + record.learner().value()));
        }
        person.set("hasClaim", claims);
        return person;
    }

    private ObjectNode genericProfile() {
        var profile = concept(
                "http://data.europa.eu/snb/credential/e34929035b", "http://data.europa.eu/snb/credential/25831c2");
        profile.set("prefLabel", JSON.createObjectNode().put("en", "Generic"));
        return profile;
    }

    private ObjectNode displayParameter() {
        var display = object("urn:ecvet-ledger:display:1", "DisplayParameter");
        var english = language();
        display.set("language", JSON.createArrayNode().add(english));
        display.set("primaryLanguage", english);
        display.set("title", JSON.createObjectNode().put("en", "ECVET learner record"));
        var individual = object("urn:ecvet-ledger:individualDisplay:1", "IndividualDisplay");
        individual.set("language", english);
        var detail = object("urn:ecvet-ledger:displayDetail:1", "DisplayDetail");
        detail.put("page", 1);
        detail.set("image", displayImage());
        individual.set("displayDetail", JSON.createArrayNode().add(detail));
        display.set("individualDisplay", JSON.createArrayNode().add(individual));
        return display;
    }

    /** The EDC shapes want a picture of the credential; the ledger draws a plain one with its title. */
    private ObjectNode displayImage() {
        var image = object("urn:ecvet-ledger:mediaObject:display", "MediaObject");
        image.put("content", DisplayImage.png("ECVET learner record"));
        image.set(
                "contentEncoding",
                concept("http://data.europa.eu/snb/encoding/6146cde7dd", "http://data.europa.eu/snb/encoding/25831c2"));
        ((ObjectNode) image.get("contentEncoding"))
                .set("prefLabel", JSON.createObjectNode().put("en", "base64"));
        var type = concept(
                "http://publications.europa.eu/resource/authority/file-type/PNG",
                "http://publications.europa.eu/resource/authority/file-type");
        type.put("notation", "file-type");
        type.set("prefLabel", JSON.createObjectNode().put("en", "PNG"));
        image.set("contentType", type);
        return image;
    }

    private ObjectNode language() {
        var english = concept(
                "http://publications.europa.eu/resource/authority/language/ENG",
                "http://publications.europa.eu/resource/authority/language");
        english.put("notation", "language");
        english.set("prefLabel", JSON.createObjectNode().put("en", "English"));
        return english;
    }

    private ObjectNode country(String alpha2) {
        var alpha3 = new Locale("", alpha2).getISO3Country();
        var country = concept(
                "http://publications.europa.eu/resource/authority/country/" + alpha3,
                "http://publications.europa.eu/resource/authority/country");
        country.put("notation", "country");
        country.set(
                "prefLabel",
                JSON.createObjectNode().put("en", new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH)));
        return country;
    }

    private ObjectNode eqfLevel(int level) {
        var concept = concept("http://data.europa.eu/snb/eqf/" + level, "http://data.europa.eu/snb/eqf/25831c2");
        concept.set("prefLabel", JSON.createObjectNode().put("en", "Level " + level));
        return concept;
    }

    private ObjectNode creditPoint(CreditFramework framework, CreditPoints points) {
        var credit = object(next("creditPoint"), "CreditPoint");
        ObjectNode concept;
        if (framework.kind() == CreditFramework.Kind.ECTS) {
            concept = concept(ECTS, "http://data.europa.eu/snb/education-credit/25831c2");
        } else {
            // The official artefacts we ship name only ECTS in the education-credit list; ECVET and
            // national schemes get a concept of our own until the list has one (ADR 0012).
            concept = object(
                    "urn:ecvet-ledger:credit-framework:" + framework.toString().replace(':', '-'), "Concept");
        }
        concept.set(
                "prefLabel",
                JSON.createObjectNode()
                        .put(
                                "en",
                                framework.kind() == CreditFramework.Kind.NATIONAL
                                        ? framework.scheme()
                                        : framework.kind().name()));
        credit.set("framework", concept);
        credit.put("point", points.toString());
        return credit;
    }

    private ObjectNode note(MultilingualText text) {
        var note = object(next("note"), "Note");
        note.set("noteLiteral", languageMap(text));
        return note;
    }

    private ObjectNode concept(String id, String scheme) {
        var concept = object(id, "Concept");
        concept.set("inScheme", object(scheme, "ConceptScheme"));
        return concept;
    }

    private static ObjectNode object(String id, String type) {
        var node = JSON.createObjectNode();
        node.put("id", id);
        node.put("type", type);
        return node;
    }

    private static JsonNode languageMap(MultilingualText text) {
        var map = JSON.createObjectNode();
        text.texts().forEach(map::put);
        return map;
    }

    private String next(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return "urn:ecvet-ledger:" + kind + ":" + n;
    }

    private static String dateTime(LocalDate date) {
        return DateTimeFormatter.ISO_INSTANT.format(
                date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
