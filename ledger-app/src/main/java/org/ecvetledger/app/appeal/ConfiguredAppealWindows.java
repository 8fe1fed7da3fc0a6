package org.ecvetledger.app.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.ecvetledger.domain.appeal.AppealWindows;
import org.ecvetledger.domain.shared.InstitutionId;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Decision (j)5: each awarding body's appeal window, from configuration —
 * {@code ledger.appeals.window} (default {@code P30D}) and, per awarding body,
 * {@code ledger.appeals.windows[FR-MEN]=P2M}.
 */
@Component
class ConfiguredAppealWindows implements AppealWindows {

    private final Period standard;
    private final Map<String, Period> perBody;

    private final Clock clock;

    ConfiguredAppealWindows(Environment environment, Clock clock) {
        this.clock = clock;
        var binder = Binder.get(environment);
        this.standard = binder.bind("ledger.appeals.window", Period.class).orElse(Period.ofDays(30));
        this.perBody = Map.copyOf(binder.bind("ledger.appeals.windows", Bindable.mapOf(String.class, Period.class))
                .orElse(Map.of()));
    }

    @Override
    public Period windowOf(InstitutionId awardingBody) {
        return perBody.getOrDefault(awardingBody.value(), standard);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
