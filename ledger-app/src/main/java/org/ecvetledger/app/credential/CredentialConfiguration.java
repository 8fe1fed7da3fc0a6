package org.ecvetledger.app.credential;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the credential feature: its settings, its lookups and its revocation policies. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CredentialProperties.class)
class CredentialConfiguration {

    /**
     * The credential lookups are kept in the thread and transaction of the command that issues or
     * revokes a credential, and a handler that fails fails the command.
     */
    @Bean
    ConfigurerModule credentialLookupsInTheCommandTransaction() {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(CredentialLookups.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(
                        CredentialLookups.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    /**
     * ADR 0012 §9, as ADR 0010: a revocation that fails rolls back its batch (events and token
     * together) and the streaming processor tries again, instead of logging and moving on.
     */
    @Bean
    ConfigurerModule credentialRevocationRetriedUntilDone() {
        return configurer -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(
                        CredentialRevocations.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
