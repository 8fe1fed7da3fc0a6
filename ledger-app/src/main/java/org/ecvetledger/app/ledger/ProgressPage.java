package org.ecvetledger.app.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.ecvetledger.app.pages.LedgerPage;
import org.ecvetledger.app.web.InvalidField;
import org.ecvetledger.app.web.RequestValues;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My progress (issue 11): the degree audit as of a date, with its what-if panel. The what-if is the
 * API's, called in-process; like the API's it records nothing. A bad field is shown beside the field.
 */
@LedgerPage
class ProgressPage {

    /** How many hypothetical recognitions the panel offers at once. */
    static final int HYPOTHESES = 3;

    private final ProgressController api;

    ProgressPage(ProgressController api) {
        this.api = api;
    }

    @GetMapping("/learners/{learnerId}/progress/{qualificationId}")
    String progress(
            @PathVariable UUID learnerId,
            @PathVariable String qualificationId,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String knownAt,
            Model model) {
        model.addAttribute(
                "progress",
                api.progress(learnerId, qualificationId, RequestValues.text(asOf), RequestValues.text(knownAt)));
        return page(
                learnerId,
                qualificationId,
                RequestValues.text(asOf),
                RequestValues.text(knownAt),
                new WhatIfForm(),
                model);
    }

    @PostMapping("/learners/{learnerId}/progress/{qualificationId}")
    String whatIf(
            @PathVariable UUID learnerId,
            @PathVariable String qualificationId,
            WhatIfForm form,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        var asOf = RequestValues.text(form.getAsOf());
        model.addAttribute("progress", api.progress(learnerId, qualificationId, asOf, null));
        var recognitions = new ArrayList<ProgressRequests.HypotheticalRecognition>();
        var errors = new LinkedHashMap<String, String>();
        for (int i = 0; i < HYPOTHESES; i++) {
            var unit = RequestValues.text(form.unit(i));
            if (unit == null) {
                continue;
            }
            BigDecimal grade = null;
            if (RequestValues.text(form.grade(i)) != null) {
                try {
                    grade = new BigDecimal(form.grade(i).strip());
                } catch (NumberFormatException e) {
                    errors.put("recognitions[" + i + "].grade", "must be a number, e.g. 14.5");
                    continue;
                }
            }
            recognitions.add(new ProgressRequests.HypotheticalRecognition(
                    unit, grade, RequestValues.text(form.recognisedOn(i))));
        }
        if (errors.isEmpty()) {
            try {
                var answer = api.whatIf(
                        learnerId,
                        qualificationId,
                        new ProgressRequests.WhatIf(
                                asOf, null, List.copyOf(recognitions), RequestValues.text(form.getTransferTo())));
                model.addAttribute("whatIf", answer);
            } catch (InvalidField invalid) {
                errors.putAll(invalid.messagesByField());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("errors", errors);
        return page(learnerId, qualificationId, asOf, null, form, model);
    }

    private static String page(
            UUID learnerId, String qualificationId, String asOf, String knownAt, WhatIfForm form, Model model) {
        model.addAttribute("learnerId", learnerId);
        model.addAttribute("qualificationId", qualificationId);
        model.addAttribute("asOf", asOf);
        model.addAttribute("knownAt", knownAt);
        model.addAttribute("form", form);
        model.addAttribute(
                "slots", java.util.stream.IntStream.range(0, HYPOTHESES).boxed().toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "learner/progress";
    }

    /** The what-if panel's fields, bound by name ({@code units[0]}, {@code grades[0]} …). */
    public static final class WhatIfForm {
        private String asOf;
        private String transferTo;
        private List<String> units = new ArrayList<>();
        private List<String> grades = new ArrayList<>();
        private List<String> recognisedOn = new ArrayList<>();

        public String getAsOf() {
            return asOf;
        }

        public void setAsOf(String asOf) {
            this.asOf = asOf;
        }

        public String getTransferTo() {
            return transferTo;
        }

        public void setTransferTo(String transferTo) {
            this.transferTo = transferTo;
        }

        public List<String> getUnits() {
            return units;
        }

        public void setUnits(List<String> units) {
            this.units = units;
        }

        public List<String> getGrades() {
            return grades;
        }

        public void setGrades(List<String> grades) {
            this.grades = grades;
        }

        public List<String> getRecognisedOn() {
            return recognisedOn;
        }

        public void setRecognisedOn(List<String> recognisedOn) {
            this.recognisedOn = recognisedOn;
        }

        public String unit(int i) {
            return i < units.size() ? units.get(i) : null;
        }

        public String grade(int i) {
            return i < grades.size() ? grades.get(i) : null;
        }

        public String recognisedOn(int i) {
            return i < recognisedOn.size() ? recognisedOn.get(i) : null;
        }
    }
}
