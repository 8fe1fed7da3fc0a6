package org.ecvetledger.app.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Reports each event processor under {@code /actuator/health}: down when one has stopped or a
 * segment is in error, since its read model then silently falls behind the ledger.
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        super("Event processor health check failed");
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        for (var entry : processing.eventProcessors().entrySet()) {
            Map<String, Object> details = new LinkedHashMap<>();
            var processor = entry.getValue();
            details.put("running", processor.isRunning());
            details.put("error", processor.isError());
            boolean ok = processor.isRunning() && !processor.isError();
            if (processor instanceof StreamingEventProcessor streaming) {
                var status = streaming.processingStatus();
                details.put("claimedSegments", status.size());
                details.put(
                        "caughtUp",
                        !status.isEmpty() && status.values().stream().allMatch(s -> s.isCaughtUp()));
                details.put(
                        "segmentsInError",
                        status.values().stream().filter(s -> s.isErrorState()).count());
                ok &= status.values().stream().noneMatch(s -> s.isErrorState());
            }
            healthy &= ok;
            builder.withDetail(entry.getKey(), details);
        }
        if (healthy) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
