package org.ecvetledger.app.learner;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the learner feature's write side. */
@Configuration(proxyBeanMethods = false)
class LearnerConfiguration {

    /** A handler that fails fails the command (Axon's default would log it and commit the events without it). */
    @Bean
    ConfigurerModule learnerLookupsInTheCommandTransaction() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(LearnerLookups.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        LearnerLookups.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
