package org.ecvetledger.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

/** A rebuilt read model's token (a replay token) is stored and read back by the ledger's serializer. */
class ReplayTokenSerializationTest {

    private final StableNameSerializer serializer =
            new StableNameSerializer(EventStoreConfiguration.jsonSerializer(), List.of());

    @Test
    void a_replay_token_reads_back_as_the_same_token() {
        var atReset = new GapAwareTrackingToken(1_000, List.of(997L));
        TrackingToken token = ReplayToken.createReplayToken(atReset, null);

        var stored = serializer.serialize(token, byte[].class);
        TrackingToken read = serializer.deserialize(stored);

        assertThat(read).isEqualTo(token);
        assertThat(ReplayToken.isReplay(read)).isTrue();
        assertThat(((ReplayToken) read).getTokenAtReset()).isEqualTo(atReset);
    }

    @Test
    void a_class_named_in_stored_json_outside_axon_is_not_instantiated() {
        // a tampered token naming another class must not make the reader build that class
        var json = """
                {"tokenAtReset": {"@class": "java.util.ArrayList"}, "currentToken": null, "context": null,
                 "lastMessageWasReplay": false}""";
        var stored = new SimpleSerializedObject<>(
                json.getBytes(StandardCharsets.UTF_8),
                byte[].class,
                new SimpleSerializedType(ReplayToken.class.getName(), null));

        assertThatThrownBy(() -> serializer.deserialize(stored)).isInstanceOf(SerializationException.class);
    }
}
