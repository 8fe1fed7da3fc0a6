package org.ecvetledger.app.catalogue;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Sends a catalogue command and waits for it to be recorded. A command addressed to a record the
 * event store does not hold is answered 404, naming what is missing.
 */
final class CatalogueCommands {

    private CatalogueCommands() {}

    static void send(CommandGateway commands, Object command, String missing) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new CatalogueEntryNotFound(missing);
        }
    }
}
