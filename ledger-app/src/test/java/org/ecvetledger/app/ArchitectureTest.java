package org.ecvetledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.web.bind.annotation.RestController;

/** ledger-app's boundaries, and hygiene across every module (STYLE.md §8). */
class ArchitectureTest {

    private static final JavaClasses LEDGER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ecvetledger");

    @Test
    void controllers_use_only_the_command_and_query_gateways() {
        noClasses()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcOperations.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(DataSource.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EventBus.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EventStorageEngine.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(CommandBus.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(QueryBus.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(TokenStore.class)
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Projector")
                .check(LEDGER);
    }

    @Test
    void controllers_are_given_nothing_but_the_gateways() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                // the read-model operations drive event processors, not the ledger (ADR 0011): next rule
                .and()
                .resideOutsideOfPackage("org.ecvetledger.app.operations..")
                // accounts are access configuration, not ledger facts (ADR 0014): next-but-one rule
                .and()
                .resideOutsideOfPackage("org.ecvetledger.app.access..")
                // evidence files are documents beside the ledger, not ledger facts (ADR 0021)
                .and()
                .resideOutsideOfPackage("org.ecvetledger.app.evidence..")
                // share links are access configuration too (ADR 0020): last rule
                .and()
                .resideOutsideOfPackage("org.ecvetledger.app.sharing..")
                .should(new ArchCondition<>("take only CommandGateway and QueryGateway in their constructors") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        controller
                                .getConstructors()
                                .forEach(constructor -> constructor.getRawParameterTypes().stream()
                                        .filter(type -> !type.isEquivalentTo(CommandGateway.class)
                                                && !type.isEquivalentTo(QueryGateway.class))
                                        .forEach(type -> events.add(SimpleConditionEvent.violated(
                                                controller, controller.getName() + " is given " + type.getName()))));
                    }
                })
                .check(LEDGER);
    }

    @Test
    void the_operations_controllers_are_given_only_the_read_model_operations() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .and()
                .resideInAPackage("org.ecvetledger.app.operations..")
                .should(new ArchCondition<>("take only ReadModelOperations in their constructors") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        controller
                                .getConstructors()
                                .forEach(constructor -> constructor.getRawParameterTypes().stream()
                                        .filter(type -> !type.getSimpleName().equals("ReadModelOperations"))
                                        .forEach(type -> events.add(SimpleConditionEvent.violated(
                                                controller, controller.getName() + " is given " + type.getName()))));
                    }
                })
                .allowEmptyShould(false)
                .check(LEDGER);
    }

    @Test
    void the_access_controllers_are_given_only_the_account_store_or_the_read_audit() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .and()
                .resideInAPackage("org.ecvetledger.app.access..")
                .should(new ArchCondition<>("take only Accounts or ReadAudit in their constructors") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        controller
                                .getConstructors()
                                .forEach(constructor -> constructor.getRawParameterTypes().stream()
                                        .filter(type -> !type.getSimpleName().equals("Accounts")
                                                && !type.getSimpleName().equals("ReadAudit"))
                                        .forEach(type -> events.add(SimpleConditionEvent.violated(
                                                controller, controller.getName() + " is given " + type.getName()))));
                    }
                })
                .allowEmptyShould(false)
                .check(LEDGER);
    }

    @Test
    void the_evidence_controllers_are_given_only_the_evidence_store() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .and()
                .resideInAPackage("org.ecvetledger.app.evidence..")
                .should(new ArchCondition<>("take only EvidenceStore in their constructors") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        controller
                                .getConstructors()
                                .forEach(constructor -> constructor.getRawParameterTypes().stream()
                                        .filter(type -> !type.getSimpleName().equals("EvidenceStore"))
                                        .forEach(type -> events.add(SimpleConditionEvent.violated(
                                                controller, controller.getName() + " is given " + type.getName()))));
                    }
                })
                .allowEmptyShould(false)
                .check(LEDGER);
    }

    @Test
    void the_share_link_controllers_are_given_only_the_share_links() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .and()
                .resideInAPackage("org.ecvetledger.app.sharing..")
                .should(new ArchCondition<>("take only ShareLinks in their constructors") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        controller
                                .getConstructors()
                                .forEach(constructor -> constructor.getRawParameterTypes().stream()
                                        .filter(type -> !type.getSimpleName().equals("ShareLinks"))
                                        .forEach(type -> events.add(SimpleConditionEvent.violated(
                                                controller, controller.getName() + " is given " + type.getName()))));
                    }
                })
                .allowEmptyShould(false)
                .check(LEDGER);
    }

    @Test
    void business_rules_stay_out_of_the_app() {
        noClasses()
                .that()
                .resideInAPackage("org.ecvetledger.app..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.axonframework.commandhandling.CommandHandler")
                .check(LEDGER);
    }

    @Test
    void no_field_injection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(LEDGER);
    }

    @Test
    void no_standard_streams_no_java_util_date_no_generic_exceptions() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(LEDGER);
        noClasses()
                .should()
                .dependOnClassesThat()
                .areAssignableTo(java.util.Date.class)
                .check(LEDGER);
        GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(LEDGER);
    }
}
