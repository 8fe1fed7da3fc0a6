package org.ecvetledger.app.learner;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the learner feature's write side. */
@Configuration(proxyBeanMethods = false)
class LearnerConfiguration {

    @Bean
    ConfigurerModule learnerLookupsInTheCommandTransaction() {
        return configurer ->
                configurer.eventProcessing().registerSubscribingEventProcessor(LearnerLookups.PROCESSING_GROUP);
    }
}
