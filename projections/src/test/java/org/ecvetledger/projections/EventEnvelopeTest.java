package org.ecvetledger.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** An event's ledger position is its own global index, whatever the token that came with it says (ADR 0008). */
class EventEnvelopeTest {

    /**
     * Why the token cannot be used: a processor that has seen event 1527 while 1526 was uncommitted
     * tracks 1526 as a gap; when 1526 arrives, Axon's token for it keeps the highest index seen.
     */
    @Test
    void axons_token_of_an_event_filling_a_gap_names_the_highest_index_seen_not_the_event() {
        var afterTheLaterEvent = new GapAwareTrackingToken(1527, List.of(1526L));

        var ofTheEarlierEvent = afterTheLaterEvent.advanceTo(1526, 10_000);

        assertThat(ofTheEarlierEvent.position()).hasValue(1527);
        assertThat(ofTheEarlierEvent.getGaps()).isEmpty();
    }

    @Test
    void the_stores_stamp_is_the_position_not_the_tokens_highest_index() {
        var token = new GapAwareTrackingToken(1527, List.of());

        var envelope = EventEnvelope.of(tracked(token, Map.of(EventEnvelope.GLOBAL_INDEX, 1526L)));

        assertThat(envelope.position()).isEqualTo(1526);
    }

    @Test
    void the_stamp_holds_on_replay_and_when_a_dead_letter_brings_it_back_from_json_as_an_integer() {
        TrackingToken replay = ReplayToken.createReplayToken(
                new GapAwareTrackingToken(2000, List.of()), new GapAwareTrackingToken(1527, List.of()));

        assertThat(EventEnvelope.positionOf(tracked(replay, Map.of(EventEnvelope.GLOBAL_INDEX, 1526L))))
                .isEqualTo(1526);
        assertThat(EventEnvelope.positionOf(tracked(replay, Map.of(EventEnvelope.GLOBAL_INDEX, 1526))))
                .isEqualTo(1526);
    }

    @Test
    void a_token_without_gaps_names_the_event_itself_even_inside_a_replay_token() {
        TrackingToken replay = ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(200), new GlobalSequenceTrackingToken(101));

        assertThat(EventEnvelope.positionOf(tracked(new GlobalSequenceTrackingToken(101), Map.of())))
                .isEqualTo(101);
        assertThat(EventEnvelope.positionOf(tracked(replay, Map.of()))).isEqualTo(101);
    }

    @Test
    void an_event_without_a_stamp_behind_a_gap_aware_token_is_refused_rather_than_placed_by_the_token() {
        var message = tracked(new GapAwareTrackingToken(1527, List.of()), Map.of());

        assertThatThrownBy(() -> EventEnvelope.of(message))
                .isInstanceOf(EventEnvelope.UnknownLedgerPosition.class)
                .hasMessageContaining(message.getIdentifier())
                .hasMessageContaining(EventEnvelope.GLOBAL_INDEX);
    }

    @Test
    void the_envelope_keeps_the_stream_and_the_metadata() {
        var message = tracked(
                new GlobalSequenceTrackingToken(7),
                Map.of(EventEnvelope.CORRELATION_ID, "corr-7", EventEnvelope.GLOBAL_INDEX, 7L));

        var envelope = EventEnvelope.of(message);

        assertThat(envelope.eventId()).isEqualTo(message.getIdentifier());
        assertThat(envelope.aggregateId()).isEqualTo("pathway-1");
        assertThat(envelope.sequence()).isEqualTo(3);
        assertThat(envelope.recordedAt()).isEqualTo(message.getTimestamp());
        assertThat(envelope.meta(EventEnvelope.CORRELATION_ID)).isEqualTo("corr-7");
    }

    private static GenericTrackedDomainEventMessage<String> tracked(TrackingToken token, Map<String, ?> metadata) {
        return new GenericTrackedDomainEventMessage<>(
                token, new GenericDomainEventMessage<>("LearnerPathway", "pathway-1", 3, "payload", metadata));
    }
}
