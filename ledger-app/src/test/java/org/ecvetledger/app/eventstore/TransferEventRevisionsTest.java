package org.ecvetledger.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.ecvetledger.domain.accumulation.CreditTransferred;
import org.ecvetledger.domain.shared.Actor;
import org.ecvetledger.domain.shared.InstitutionId;
import org.ecvetledger.domain.transfer.CreditTransferCompleted;
import org.ecvetledger.domain.transfer.CreditTransferValidated;
import org.ecvetledger.domain.transfer.TransferRequestId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * ADR 0022 adds fields to three transfer events without an upcaster: a payload stored before them
 * reads with the value that was true then — one body validated and recognised in one decision.
 */
class TransferEventRevisionsTest {

    private static final Actor CAR_OFFICER = new Actor(new InstitutionId("FI-STADIN-AUTO"), "Ms Virtanen");
    private static final Actor AGENCY_OFFICER = new Actor(new InstitutionId("FI-OPH"), "Ms Korhonen");
    private static final TransferRequestId REQUEST =
            new TransferRequestId(UUID.fromString("01a2f000-0000-7000-8000-000000000003"));
    private static final LocalDate ON = LocalDate.of(2025, 9, 15);

    private final StableNameSerializer serializer = new StableNameSerializer(
            EventStoreConfiguration.jsonSerializer(),
            List.of(CreditTransferred.class, CreditTransferValidated.class, CreditTransferCompleted.class));
    private final JsonMapper json = JsonMapper.builder().build();

    /** The event as an older revision stored it: serialized now, without the fields added since. */
    private Object readAsRevision(Object event, String name, String revision, String... addedSince) {
        var node = (ObjectNode)
                json.readTree(serializer.serialize(event, byte[].class).getData());
        for (var field : addedSince) {
            assertThat(node.has(field)).as(field + " is written now").isTrue();
            node.remove(field);
        }
        return serializer.deserialize(new SimpleSerializedObject<>(
                json.writeValueAsBytes(node), byte[].class, new SimpleSerializedType(name, revision)));
    }

    @Test
    void a_revision_2_transfer_names_its_deciding_body_as_the_validating_one() {
        var twoBodies = new CreditTransferred(
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "OPH-2025/31",
                AGENCY_OFFICER,
                ON,
                null,
                List.of(),
                CAR_OFFICER,
                "STADIN-2025/117");

        var read = (CreditTransferred)
                readAsRevision(twoBodies, "CreditTransferred", "2", "validatedBy", "validationReference");

        assertThat(read.validatedBy()).isEqualTo(AGENCY_OFFICER);
        assertThat(read.validationReference()).isEqualTo("OPH-2025/31");
        assertThat((Object) readAsRevision(twoBodies, "CreditTransferred", "3"))
                .as("the current revision keeps both bodies")
                .isEqualTo(twoBodies);
    }

    @Test
    void a_revision_1_validation_recognised_in_the_same_decision() {
        var leaving = new CreditTransferValidated(REQUEST, CAR_OFFICER, "STADIN-2025/117", ON, true);

        var read =
                (CreditTransferValidated) readAsRevision(leaving, "CreditTransferValidated", "1", "recognitionFollows");

        assertThat(read.recognitionFollows()).isFalse();
        assertThat((Object) readAsRevision(leaving, "CreditTransferValidated", "2"))
                .isEqualTo(leaving);
    }

    @Test
    void a_revision_1_completion_names_no_recognising_body() {
        var completed = new CreditTransferCompleted(REQUEST, null, null, "CreditTransferred", ON, AGENCY_OFFICER);

        var read = (CreditTransferCompleted) readAsRevision(completed, "CreditTransferCompleted", "1", "recognisedBy");

        assertThat(read.recognisedBy()).isNull();
        assertThat(read.recognitionEvent()).isEqualTo("CreditTransferred");
    }
}
