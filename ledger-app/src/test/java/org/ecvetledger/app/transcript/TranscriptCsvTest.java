package org.ecvetledger.app.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.ecvetledger.app.web.InvalidField;
import org.junit.jupiter.api.Test;

class TranscriptCsvTest {

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_formulas_are_defused() {
        assertThat(TranscriptCsv.field("U31@1")).isEqualTo("U31@1");
        assertThat(TranscriptCsv.field(null)).isEmpty();
        assertThat(TranscriptCsv.field("Lycée Branly, Paris")).isEqualTo("\"Lycée Branly, Paris\"");
        assertThat(TranscriptCsv.field("the \"jury\"")).isEqualTo("\"the \"\"jury\"\"\"");
        assertThat(TranscriptCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(TranscriptCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void knownAt_takes_an_instant_or_a_date_meaning_the_end_of_that_day_in_utc() {
        assertThat(TimeTravel.of(null, "2027-03-01T12:00:00Z").knownAt())
                .isEqualTo(Instant.parse("2027-03-01T12:00:00Z"));
        assertThat(TimeTravel.of(null, "2027-03-01").knownAt()).isEqualTo(Instant.parse("2027-03-01T23:59:59.999999Z"));
        assertThat(TimeTravel.of("2027-01-01", null).asOf()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(TimeTravel.of(null, null)).isEqualTo(new TimeTravel(null, null));
        assertThatThrownBy(() -> TimeTravel.of("2027-13-01", null))
                .isInstanceOf(InvalidField.class)
                .hasMessageContaining("asOf");
    }
}
