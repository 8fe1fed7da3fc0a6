package org.ecvetledger.app.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code PUT /api/qualifications/{id}/versions/{version}/award-rules}: the whole rule set, a conjunction. */
record AwardRulesRequest(@NotNull @Size(max = 50) List<@NotNull @Valid AwardRuleBody> rules) {}
