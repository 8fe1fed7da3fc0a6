package org.ecvetledger.app.catalogue;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the catalogue's write side. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    /**
     * The lookups are updated by a subscribing processor: in the thread and transaction of the
     * command that appends the events, so they are never behind the event store. A handler that
     * fails fails the command (Axon's default would log it and commit the events without the lookup).
     */
    @Bean
    ConfigurerModule catalogueLookupsInTheCommandTransaction() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(CatalogueLookups.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        CatalogueLookups.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
