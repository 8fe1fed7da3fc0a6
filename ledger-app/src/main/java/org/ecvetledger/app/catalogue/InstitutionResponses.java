package org.ecvetledger.app.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.ecvetledger.projections.catalogue.HeldFunctionView;
import org.ecvetledger.projections.catalogue.InstitutionView;

/** The JSON shapes of the institution endpoints' answers. */
final class InstitutionResponses {

    private InstitutionResponses() {}

    /** Body of the 201 answer to {@code POST /api/institutions}. */
    record Registered(String institutionId) {}

    /** A function grant as recorded: granted, or withdrawn with its reason (null for a grant). */
    record FunctionChange(
            String institutionId,
            String function,
            String standard,
            String jurisdiction,
            LocalDate effectiveFrom,
            String reason) {}

    /** A competent institution with the functions it holds now. */
    record Institution(
            String institutionId, String legalName, String jurisdiction, String kind, List<HeldFunction> functions) {

        static Institution of(InstitutionView view) {
            return new Institution(
                    view.institutionId().value(),
                    view.legalName(),
                    view.jurisdiction().toString(),
                    view.kind().name(),
                    view.functions().stream().map(HeldFunction::of).toList());
        }
    }

    /** A function held, for one standard (every version) or for every standard when {@code standard} is null. */
    record HeldFunction(String function, String standard, String jurisdiction, LocalDate effectiveFrom) {

        static HeldFunction of(HeldFunctionView view) {
            return new HeldFunction(
                    view.function().name(),
                    view.standard() == null ? null : view.standard().value(),
                    view.jurisdiction().toString(),
                    view.effectiveFrom());
        }
    }
}
