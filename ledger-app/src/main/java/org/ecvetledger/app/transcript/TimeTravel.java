package org.ecvetledger.app.transcript;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.ecvetledger.app.web.InvalidField;

/**
 * The two time parameters of every transcript and trail request (ADR 0008): {@code asOf}, an ISO
 * date (the state in effect on that day), and {@code knownAt}, an ISO instant or an ISO date (then
 * the end of that day, UTC: "what the ledger said on 1 March"). Absent: no limit on that axis.
 */
record TimeTravel(LocalDate asOf, Instant knownAt) {

    static final String AS_OF = "asOf";
    static final String KNOWN_AT = "knownAt";

    static TimeTravel of(String asOf, String knownAt) {
        var fields = new InvalidField.Fields();
        LocalDate effective = null;
        Instant known = null;
        if (asOf != null) {
            try {
                effective = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                fields.reject(AS_OF, "iso-date", "must be a date in ISO 8601 form, e.g. 2027-01-01");
            }
        }
        if (knownAt != null) {
            known = instant(knownAt.strip());
            if (known == null) {
                fields.reject(
                        KNOWN_AT,
                        "iso-instant",
                        "must be an instant (2027-03-01T12:00:00Z) or a date (2027-03-01, its end in UTC) in ISO 8601 form");
            }
        }
        fields.throwIfAny();
        return new TimeTravel(effective, known);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(text)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .minusNanos(1_000);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
