package org.ecvetledger.app.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.ecvetledger.app.web.InvalidField;
import org.junit.jupiter.api.Test;

/** When a share link stops opening (ADR 0020): 30 days by default, through the last day chosen, at most a year. */
class ShareLinkExpiryTest {

    private static final Instant NOW = Instant.parse("2027-02-10T15:30:00Z");

    private static Instant expiry(String expiresOn) {
        var fields = new InvalidField.Fields();
        var expiry = ShareLinkController.expiry(fields, expiresOn, NOW);
        fields.throwIfAny();
        return expiry;
    }

    @Test
    void without_a_date_a_link_opens_for_30_days() {
        assertThat(expiry(null)).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(expiry("  ")).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void a_link_opens_through_the_end_of_its_last_day_in_UTC() {
        assertThat(expiry("2027-02-10")).isEqualTo(Instant.parse("2027-02-11T00:00:00Z"));
        assertThat(expiry("2028-02-10"))
                .as("exactly one year ahead is allowed")
                .isEqualTo(Instant.parse("2028-02-11T00:00:00Z"));
    }

    @Test
    void a_last_day_in_the_past_or_more_than_a_year_ahead_is_refused_naming_the_field() {
        assertThatThrownBy(() -> expiry("2027-02-09"))
                .isInstanceOf(InvalidField.class)
                .hasMessageContaining("expiresOn")
                .hasMessageContaining("today or later");
        assertThatThrownBy(() -> expiry("2028-02-11"))
                .isInstanceOf(InvalidField.class)
                .hasMessageContaining("expiresOn")
                .hasMessageContaining("one year");
        assertThatThrownBy(() -> expiry("10/02/2027"))
                .isInstanceOf(InvalidField.class)
                .hasMessageContaining("ISO 8601");
    }
}
