package org.ecvetledger.app.demo;

import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.ecvetledger.domain.shared.LedgerRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the {@link DemoCatalogue} through the command gateway — the same path, rules and events as
 * any client — when the ledger starts with {@code --ledger.demo.catalogue=true}. Safe to repeat: what
 * is already there is skipped, so an interrupted load can simply be run again.
 */
@Component
public class DemoCatalogueLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogueLoader.class);

    /** Refusals that mean "this step was done before", not an error. */
    private static final Set<String> ALREADY_DONE =
            Set.of("function-already-granted", "published-version-is-frozen", "unit-already-attached");

    private final CommandGateway commands;

    DemoCatalogueLoader(CommandGateway commands) {
        this.commands = commands;
    }

    /** Sends every demo command; returns how many changed the ledger (the rest were already there). */
    public int load() {
        int applied = 0;
        for (var command : DemoCatalogue.commands()) {
            try {
                commands.sendAndWait(command, MetaData.with("actor", "demo-catalogue"));
                applied++;
            } catch (AggregateStreamCreationException alreadyCreated) {
                // created by an earlier load
            } catch (LedgerRuleViolation violation) {
                if (!ALREADY_DONE.contains(violation.rule())) {
                    throw violation;
                }
            }
        }
        log.info(
                "Demo catalogue loaded: {} commands applied, {} already present",
                applied,
                DemoCatalogue.commands().size() - applied);
        return applied;
    }

    @Component
    @ConditionalOnProperty(name = "ledger.demo.catalogue", havingValue = "true")
    static class OnStartup implements ApplicationRunner {
        private final DemoCatalogueLoader loader;

        OnStartup(DemoCatalogueLoader loader) {
            this.loader = loader;
        }

        @Override
        public void run(ApplicationArguments arguments) {
            loader.load();
        }
    }
}
