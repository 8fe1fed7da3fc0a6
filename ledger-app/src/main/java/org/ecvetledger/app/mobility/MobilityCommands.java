package org.ecvetledger.app.mobility;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Sends a mobility command and waits for it to be recorded. A command addressed to an MoU or a
 * learning agreement the event store does not hold is answered 404, naming what is missing.
 */
final class MobilityCommands {

    private MobilityCommands() {}

    static void send(CommandGateway commands, Object command, String missing) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new MobilityRecordNotFound(missing);
        }
    }
}
