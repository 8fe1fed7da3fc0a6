package org.ecvetledger.app.ledger;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecvetledger.app.access.Account;
import org.ecvetledger.app.access.Caller;
import org.ecvetledger.app.evidence.EvidenceStore;
import org.ecvetledger.app.pages.LedgerPage;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.RequestValues;
import org.ecvetledger.app.web.ResourceNotFound;
import org.ecvetledger.domain.assessment.LearningSetting;
import org.ecvetledger.domain.shared.AssessmentMethod;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;
import org.ecvetledger.projections.catalogue.GetQualification;
import org.ecvetledger.projections.catalogue.GetUnit;
import org.ecvetledger.projections.catalogue.QualificationView;
import org.ecvetledger.projections.catalogue.UnitView;
import org.ecvetledger.projections.learner.EnrolmentView;
import org.ecvetledger.projections.learner.FindEnrolments;
import org.ecvetledger.projections.learner.FindLearner;
import org.ecvetledger.projections.learner.LearnerView;
import org.ecvetledger.projections.mobility.FindLearningAgreements;
import org.ecvetledger.projections.mobility.LearningAgreementSummaryView;
import org.ecvetledger.projections.workqueue.FindWorkQueue;
import org.ecvetledger.projections.workqueue.WorkQueueView;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Institution staff's pages (issue 11 item 3, ADR 0021): find a learner, record an assessment with
 * the learning-outcome checklist of the catalogue unit, its grade on the standard's scale and an
 * uploaded evidence document cited by its SHA-256, and work the queue of credit awaiting validation
 * and recognition. Each action is the API's, called in-process, so a page can do nothing the API
 * would refuse; the access rules show each page only within the account's functions.
 */
@LedgerPage
class StaffPages {

    /** How long a decision waits for the work queue to show it, before the page says it will shortly. */
    private static final Duration QUEUE_CATCH_UP = Duration.ofSeconds(5);

    private final AssessmentController assessments;
    private final PathwayController pathways;
    private final QueryGateway queries;
    private final EvidenceStore evidence;
    private final Clock clock = Clock.systemUTC();

    StaffPages(
            AssessmentController assessments,
            PathwayController pathways,
            QueryGateway queries,
            EvidenceStore evidence) {
        this.assessments = assessments;
        this.pathways = pathways;
        this.queries = queries;
        this.evidence = evidence;
    }

    // --- home: find a learner

    @GetMapping("/staff")
    String home(@RequestParam(required = false) String learner, Model model) {
        if (learner != null && !learner.isBlank()) {
            try {
                var id = UUID.fromString(learner.strip());
                if (find(new LearnerId(id)).isPresent()) {
                    return "redirect:/staff/learners/" + id + "/assessments/new";
                }
                model.addAttribute("error", "no learner " + id + " is registered");
            } catch (IllegalArgumentException e) {
                model.addAttribute(
                        "error", "must be a learner's identifier such as 0b6f2f4e-5c1d-4a7e-9a55-2f9e8f0c1d2a");
            }
        }
        model.addAttribute("learner", learner);
        return "staff/home";
    }

    // --- recording an assessment

    @GetMapping("/staff/learners/{learnerId}/assessments/new")
    String newAssessment(
            @PathVariable UUID learnerId,
            @RequestParam(required = false) String standard,
            @RequestParam(required = false) String unit,
            Model model) {
        return assessmentForm(learnerId, standard, unit, new AssessmentForm(), Map.of(), model);
    }

    @PostMapping("/staff/learners/{learnerId}/assessments/new")
    String recordAssessment(
            @PathVariable UUID learnerId,
            AssessmentForm form,
            @RequestParam(name = "evidenceFile", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var errors = new LinkedHashMap<String, String>();
        var context = context(learnerId, form.getStandard(), form.getUnit());
        var results = new ArrayList<LedgerRequests.Result>();
        for (var outcome : context.outcomes()) {
            var verdict = form.getOutcomes().get(outcome.id());
            if ("ACHIEVED".equals(verdict) || "NOT_ACHIEVED".equals(verdict)) {
                results.add(
                        new LedgerRequests.Result(context.unit().toString(), outcome.id(), "ACHIEVED".equals(verdict)));
            }
        }
        if (results.isEmpty()) {
            errors.put("results", "mark at least one learning outcome as achieved or not achieved");
        }
        try {
            LocalDate.parse(String.valueOf(RequestValues.text(form.getAssessedOn())));
        } catch (java.time.format.DateTimeParseException e) {
            errors.put("assessedOn", "must be a date such as 2027-03-25");
        }
        if (Arrays.stream(AssessmentMethod.values()).noneMatch(m -> m.name().equals(form.getMethod()))) {
            errors.put("method", "must be one of the methods listed");
        }
        if (Arrays.stream(LearningSetting.values()).noneMatch(m -> m.name().equals(form.getSetting()))) {
            errors.put("setting", "must be one of the settings listed");
        }
        BigDecimal grade = null;
        if (RequestValues.text(form.getGrade()) != null) {
            try {
                grade = new BigDecimal(form.getGrade().strip());
            } catch (NumberFormatException e) {
                errors.put("grades[0].grade", "must be a number, e.g. 14 or 14.5");
            }
        }
        if (grade != null
                && context.scale() != null
                && (grade.compareTo(context.scale().minimum()) < 0
                        || grade.compareTo(context.scale().maximum()) > 0)) {
            errors.put("grades[0].grade", "must lie on the scale " + context.scheme());
        }
        EvidenceStore.Receipt stored = null;
        if (errors.isEmpty() && file != null && !file.isEmpty()) {
            try {
                stored = evidence.upload(file.getBytes(), file.getOriginalFilename(), file.getContentType());
            } catch (InvalidField invalid) {
                invalid.messagesByField().forEach((field, message) -> errors.put("evidence", field + " " + message));
            }
        }
        if (errors.isEmpty()) {
            var request = new LedgerRequests.Assessment(
                    new LedgerRequests.StandardVersion(
                            context.standard().id().value(), context.standard().version()),
                    form.getMethod(),
                    form.getSetting(),
                    RequestValues.text(form.getAssessedOn()),
                    results,
                    grade == null
                            ? List.of()
                            : List.of(new LedgerRequests.Grade(context.unit().toString(), grade)),
                    context.scheme(),
                    RequestValues.text(form.getLearningAgreement()),
                    stored == null
                            ? List.of()
                            : List.of(new LedgerRequests.Evidence(
                                    stored.evidenceId().toString(), stored.sha256())),
                    RequestValues.text(form.getCriteriaReference()),
                    null,
                    null);
            try {
                var recorded =
                        assessments.record(learnerId, null, null, request).getBody();
                model.addAttribute("recorded", recorded);
                model.addAttribute("evidence", stored);
                model.addAttribute("context", context);
                model.addAttribute("learnerId", learnerId);
                return "staff/assessment-recorded";
            } catch (InvalidField invalid) {
                errors.putAll(invalid.messagesByField());
            } catch (LedgerRuleViolation refused) {
                errors.put("form", refused.getMessage() + " (" + refused.rule() + ")");
            }
        }
        response.setStatus(errors.containsKey("form") ? 422 : HttpStatus.BAD_REQUEST.value());
        return assessmentForm(learnerId, form.getStandard(), form.getUnit(), form, errors, model);
    }

    private String assessmentForm(
            UUID learnerId,
            String standard,
            String unit,
            AssessmentForm form,
            Map<String, String> errors,
            Model model) {
        var context = context(learnerId, standard, unit);
        if (form.getAssessedOn() == null) {
            form.setAssessedOn(LocalDate.now(clock).toString());
        }
        model.addAttribute("context", context);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "methods",
                Arrays.stream(AssessmentMethod.values()).map(Enum::name).toList());
        model.addAttribute(
                "settings",
                Arrays.stream(LearningSetting.values()).map(Enum::name).toList());
        return "staff/assessment";
    }

    /** What the assessment form is about: the learner, the standard and unit chosen, its outcomes and scale. */
    record AssessmentContext(
            UUID learnerId,
            String learnerName,
            List<QualificationRef> standards,
            QualificationRef standard,
            List<UnitRef> units,
            UnitRef unit,
            String unitTitle,
            List<Outcome> outcomes,
            org.ecvetledger.domain.qualification.GradingScale scale,
            String scheme,
            List<LearningAgreementSummaryView> agreements) {}

    record Outcome(String id, String description) {}

    private AssessmentContext context(UUID learnerId, String standardText, String unitText) {
        var learner = new LearnerId(learnerId);
        var view = find(learner).orElseThrow(() -> new LearnerNotKnown(learnerId));
        var standards = queries
                .query(new FindEnrolments(learner), ResponseTypes.multipleInstancesOf(EnrolmentView.class))
                .join()
                .stream()
                .map(EnrolmentView::standard)
                .toList();
        if (standards.isEmpty()) {
            throw new InvalidField("standard", "required", "the learner is enrolled in no qualification yet");
        }
        var standard = standards.stream()
                .filter(s -> s.toString().equals(standardText))
                .findFirst()
                .orElse(standards.get(0));
        var qualification = queries.query(
                        new GetQualification(standard), ResponseTypes.optionalInstanceOf(QualificationView.class))
                .join()
                .orElseThrow(() -> new InvalidField("standard", "unknown", standard + " is not in the catalogue"));
        var units = qualification.units().stream().map(u -> u.unit()).toList();
        var unit = units.stream()
                .filter(u -> u.toString().equals(unitText))
                .findFirst()
                .orElse(units.isEmpty() ? null : units.get(0));
        var outcomes = new ArrayList<Outcome>();
        String title = null;
        if (unit != null) {
            var unitView = queries.query(new GetUnit(unit), ResponseTypes.optionalInstanceOf(UnitView.class))
                    .join();
            if (unitView.isPresent()) {
                var description = unitView.get().description();
                title = description.title().in("en");
                description
                        .learningOutcomes()
                        .forEach(o ->
                                outcomes.add(new Outcome(o.id(), o.description().in("en"))));
            }
        }
        var scale = qualification.profile().gradingScale();
        var scheme = scale == null
                ? null
                : scale.minimum().stripTrailingZeros().toPlainString() + "-"
                        + scale.maximum().stripTrailingZeros().toPlainString();
        var agreements = Caller.staff()
                .map(staff -> queries.query(
                                new FindLearningAgreements(
                                        learner, new InstitutionId(staff.institution()), null, null, null),
                                ResponseTypes.multipleInstancesOf(LearningAgreementSummaryView.class))
                        .join())
                .orElse(List.of());
        return new AssessmentContext(
                learnerId, nameOf(view), standards, standard, units, unit, title, outcomes, scale, scheme, agreements);
    }

    // --- the work queue

    @GetMapping("/staff/queue")
    String queue(Model model) {
        var staff = Caller.staff().orElseThrow();
        var queue = queries.query(new FindWorkQueue(new InstitutionId(staff.institution())), WorkQueueView.class)
                .join();
        var names = new HashMap<LearnerId, String>();
        for (var item : queue.awaitingValidation()) {
            names.computeIfAbsent(
                    item.learner(), l -> find(l).map(StaffPages::nameOf).orElse(null));
        }
        for (var item : queue.awaitingRecognition()) {
            names.computeIfAbsent(
                    item.learner(), l -> find(l).map(StaffPages::nameOf).orElse(null));
        }
        model.addAttribute("queue", queue);
        model.addAttribute("names", names);
        model.addAttribute("today", LocalDate.now(clock).toString());
        model.addAttribute("mayValidate", holds(staff, "VALIDATE"));
        model.addAttribute("mayRecognise", holds(staff, "RECOGNISE"));
        return "staff/queue";
    }

    @PostMapping("/staff/queue/validations")
    String validate(
            @RequestParam UUID learner,
            @RequestParam String qualification,
            @RequestParam String unit,
            @RequestParam String assessment,
            @RequestParam String effectiveDate,
            RedirectAttributes redirect) {
        return decide(redirect, "validated", unit, () -> {
            pathways.validate(
                    learner,
                    null,
                    null,
                    new LedgerRequests.Validation(
                            qualification, unit, List.of(), List.of(assessment), decisionDate(effectiveDate)));
            awaitQueue(view -> view.awaitingValidation().stream()
                    .noneMatch(i -> i.learner().value().equals(learner)
                            && i.unit().toString().equals(unit)
                            && i.assessments().stream()
                                    .anyMatch(a ->
                                            a.assessmentId().value().toString().equals(assessment))));
        });
    }

    @PostMapping("/staff/queue/recognitions")
    String recognise(
            @RequestParam UUID learner,
            @RequestParam String qualification,
            @RequestParam String unit,
            @RequestParam String effectiveDate,
            RedirectAttributes redirect) {
        return decide(redirect, "recognised", unit, () -> {
            pathways.recognise(
                    learner,
                    null,
                    null,
                    new LedgerRequests.Recognition(qualification, unit, decisionDate(effectiveDate)));
            awaitQueue(view -> view.awaitingRecognition().stream()
                    .noneMatch(i -> i.learner().value().equals(learner)
                            && i.unit().toString().equals(unit)));
        });
    }

    /** Takes the decision; a refusal by a rule or a bad date is shown on the queue, not as an error page. */
    private String decide(RedirectAttributes redirect, String what, String unit, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("done", what);
            redirect.addFlashAttribute("doneUnit", unit);
        } catch (InvalidField invalid) {
            redirect.addFlashAttribute(
                    "refusal",
                    String.join(
                            "; ",
                            invalid.messagesByField().entrySet().stream()
                                    .map(e -> e.getKey() + ": " + e.getValue())
                                    .toList()));
        } catch (LedgerRuleViolation refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage() + " (" + refused.rule() + ")");
        }
        return "redirect:/staff/queue";
    }

    /** A decision reaches the work queue through its read model: wait a moment so the page shows it. */
    private void awaitQueue(java.util.function.Predicate<WorkQueueView> settled) {
        var staff = Caller.staff().orElseThrow();
        var deadline = System.nanoTime() + QUEUE_CATCH_UP.toNanos();
        while (System.nanoTime() < deadline) {
            var view = queries.query(new FindWorkQueue(new InstitutionId(staff.institution())), WorkQueueView.class)
                    .join();
            if (settled.test(view)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // --- helpers

    /** The decision's effective date as typed, today when left empty; not a date: the field is named. */
    private String decisionDate(String text) {
        var date = RequestValues.text(text) == null ? LocalDate.now(clock).toString() : text.strip();
        InvalidField.check("effectiveDate", () -> {
            try {
                return LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date such as 2027-04-10", e);
            }
        });
        return date;
    }

    private Optional<LearnerView> find(LearnerId learner) {
        return queries.query(new FindLearner(learner), ResponseTypes.optionalInstanceOf(LearnerView.class))
                .join();
    }

    private static String nameOf(LearnerView view) {
        return view.personalData() == null
                ? null
                : view.personalData().givenName() + " " + view.personalData().familyName();
    }

    private static boolean holds(Account staff, String function) {
        return staff.functions().stream().anyMatch(f -> f.name().equals(function));
    }

    /** The learner a staff page names is not registered. */
    static final class LearnerNotKnown extends ResourceNotFound {
        LearnerNotKnown(UUID learner) {
            super("no learner " + learner + " is registered");
        }
    }

    /** The assessment form's fields, bound by name ({@code outcomes[LO1]} …). */
    public static final class AssessmentForm {
        private String standard;
        private String unit;
        private String assessedOn;
        private String method = AssessmentMethod.PRACTICAL_TEST.name();
        private String setting = LearningSetting.FORMAL.name();
        private Map<String, String> outcomes = new LinkedHashMap<>();
        private String grade;
        private String learningAgreement;
        private String criteriaReference;

        public String getStandard() {
            return standard;
        }

        public void setStandard(String standard) {
            this.standard = standard;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getAssessedOn() {
            return assessedOn;
        }

        public void setAssessedOn(String assessedOn) {
            this.assessedOn = assessedOn;
        }

        public String getMethod() {
            return method;
        }

        public void setMethod(String method) {
            this.method = method;
        }

        public String getSetting() {
            return setting;
        }

        public void setSetting(String setting) {
            this.setting = setting;
        }

        public Map<String, String> getOutcomes() {
            return outcomes;
        }

        public void setOutcomes(Map<String, String> outcomes) {
            this.outcomes = outcomes;
        }

        public String getGrade() {
            return grade;
        }

        public void setGrade(String grade) {
            this.grade = grade;
        }

        public String getLearningAgreement() {
            return learningAgreement;
        }

        public void setLearningAgreement(String learningAgreement) {
            this.learningAgreement = learningAgreement;
        }

        public String getCriteriaReference() {
            return criteriaReference;
        }

        public void setCriteriaReference(String criteriaReference) {
            this.criteriaReference = criteriaReference;
        }

        public String outcome(String id) {
            return outcomes.getOrDefault(id, "NOT_ASSESSED");
        }
    }
}
