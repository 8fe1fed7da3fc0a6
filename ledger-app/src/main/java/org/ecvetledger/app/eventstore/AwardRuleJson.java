package org.ecvetledger.app.eventstore;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.ecvetledger.domain.qualification.AwardRule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Award rules in JSON name their kind in a {@code rule} member ({@code {"rule": "WeightedAverage",
 * ...}}), the same in the event store and over the API. The domain has no Jackson annotations, so
 * this is a mix-in.
 */
public final class AwardRuleJson {

    private AwardRuleJson() {}

    public static JsonMapper.Builder nameRulesByKind(JsonMapper.Builder builder) {
        return builder.addMixIn(AwardRule.class, NamedByRule.class)
                .registerSubtypes(AwardRule.class.getPermittedSubclasses());
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "rule")
    interface NamedByRule {}
}
