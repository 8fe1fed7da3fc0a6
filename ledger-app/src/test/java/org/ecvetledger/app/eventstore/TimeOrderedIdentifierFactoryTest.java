package org.ecvetledger.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class TimeOrderedIdentifierFactoryTest {

    @Test
    void identifiers_are_rfc_9562_version_7() {
        var id = TimeOrderedIdentifierFactory.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16)
                .isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(5_000L));
    }

    @Test
    void identifiers_from_a_later_millisecond_sort_after_earlier_ones() throws InterruptedException {
        var earlier = TimeOrderedIdentifierFactory.next().toString();
        Thread.sleep(3);
        var later = TimeOrderedIdentifierFactory.next().toString();

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void identifiers_do_not_repeat() {
        var seen = new HashSet<UUID>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(TimeOrderedIdentifierFactory.next())).isTrue();
        }
    }

    @Test
    void axon_uses_it_for_event_identifiers() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifierFactory.class);
        assertThat(UUID.fromString(IdentifierFactory.getInstance().generateIdentifier())
                        .version())
                .isEqualTo(7);
    }
}
