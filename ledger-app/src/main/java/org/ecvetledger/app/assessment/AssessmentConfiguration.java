package org.ecvetledger.app.assessment;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the assessment feature's write side. */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    /**
     * The assessment lookup is updated in the thread and transaction of the command that records the
     * assessment, and a handler that fails fails the command (Axon's default would log it and commit).
     */
    @Bean
    ConfigurerModule assessmentLookupsInTheCommandTransaction() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(AssessmentLookups.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        AssessmentLookups.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    /**
     * ADR 0010: a cascade command that fails rolls back its batch (events and token together) and the
     * streaming processor tries again after a pause, instead of logging the failure and moving on —
     * a correction or invalidation is never silently lost downstream.
     */
    @Bean
    ConfigurerModule assessmentCascadeRetriedUntilDone() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        AssessmentCascade.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
