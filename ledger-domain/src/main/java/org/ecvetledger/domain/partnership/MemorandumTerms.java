package org.ecvetledger.domain.partnership;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.shared.QualificationRef;
import org.ecvetledger.domain.shared.UnitRef;

/**
 * What a Memorandum of Understanding states (DOMAIN c2): two or more parties of any kind, the
 * qualifications and units it covers, its validity, the planned duration of mobilities (minimum,
 * maximum, in days) and its review dates. Bilateral or multilateral ([SEED F107]).
 */
public record MemorandumTerms(
        String title,
        List<MemorandumParty> parties,
        List<MemorandumScope> scope,
        LocalDate validFrom,
        LocalDate validUntil,
        int minimumMobilityDays,
        int maximumMobilityDays,
        List<LocalDate> reviewDates) {

    public MemorandumTerms {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an MoU has a title");
        }
        if (parties == null || parties.size() < 2) {
            throw new IllegalArgumentException("an MoU has at least two parties");
        }
        var seen = new HashSet<InstitutionId>();
        for (var party : parties) {
            if (!seen.add(party.institution())) {
                throw new IllegalArgumentException(party.institution() + " is a party twice");
            }
        }
        parties = List.copyOf(parties);
        if (scope == null || scope.isEmpty()) {
            throw new IllegalArgumentException("an MoU covers at least one qualification standard");
        }
        scope = List.copyOf(scope);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (!validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("an MoU is valid from a date before its end");
        }
        if (minimumMobilityDays < 1 || maximumMobilityDays < minimumMobilityDays) {
            throw new IllegalArgumentException(
                    "mobility lasts at least one day, and the maximum is not below the minimum");
        }
        reviewDates = reviewDates == null ? List.of() : List.copyOf(reviewDates);
    }

    public boolean isParty(InstitutionId institution) {
        return parties.stream().anyMatch(p -> p.institution().equals(institution));
    }

    public List<InstitutionId> partyIds() {
        return parties.stream().map(MemorandumParty::institution).toList();
    }

    public boolean covers(QualificationRef standard, UnitRef unit) {
        return scope.stream().anyMatch(s -> s.covers(standard, unit));
    }
}
