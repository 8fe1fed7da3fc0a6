package org.ecvetledger.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.ecvetledger.domain.learner.LearnerRegistered;
import org.ecvetledger.domain.learner.SealedPersonalData;
import org.ecvetledger.domain.shared.LearnerId;
import org.ecvetledger.domain.shared.MessageName;
import org.junit.jupiter.api.Test;

class StableNameSerializerTest {

    private final StableNameSerializer serializer =
            new StableNameSerializer(EventStoreConfiguration.jsonSerializer(), List.of(LearnerRegistered.class));
    private final LearnerRegistered event = new LearnerRegistered(
            new LearnerId(UUID.randomUUID()), new SealedPersonalData("k", "AES-256-GCM", "c2VhbGVk"));

    @Test
    void an_event_is_stored_under_its_message_name_and_revision_not_its_class_name() {
        var serialized = serializer.serialize(event, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo("LearnerRegistered");
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        assertThat(new String(serialized.getData(), StandardCharsets.UTF_8)).contains("\"learnerId\"");
    }

    @Test
    void a_stored_event_is_read_back_by_its_message_name() {
        var serialized = serializer.serialize(event, byte[].class);
        var stored = new SimpleSerializedObject<>(
                serialized.getData(), byte[].class, new SimpleSerializedType("LearnerRegistered", "1"));

        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
        assertThat(serializer.classForType(stored.getType())).isEqualTo(LearnerRegistered.class);
    }

    @Test
    void types_without_a_message_name_keep_their_java_name() {
        var serialized = serializer.serialize(new Unnamed("x"), byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo(Unnamed.class.getName());
        assertThat((Object) serializer.deserialize(serialized)).isEqualTo(new Unnamed("x"));
    }

    @Test
    void two_events_cannot_share_a_message_name() {
        assertThatThrownBy(() -> new StableNameSerializer(
                        EventStoreConfiguration.jsonSerializer(), List.of(LearnerRegistered.class, Impostor.class)))
                .hasMessageContaining("LearnerRegistered");
    }

    @Test
    void an_event_without_a_message_name_cannot_be_registered() {
        assertThatThrownBy(() ->
                        new StableNameSerializer(EventStoreConfiguration.jsonSerializer(), List.of(Unnamed.class)))
                .hasMessageContaining("@MessageName");
    }

    record Unnamed(String value) {}

    @MessageName("LearnerRegistered")
    @Revision("1")
    record Impostor(String value) {}
}
