package org.ecvetledger.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.junit.jupiter.api.Test;

/** The boundaries of ledger-domain (STYLE.md §1, §4, §8). */
class ArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ecvetledger.domain");

    @Test
    void the_domain_depends_on_no_framework_but_axons_core_annotations() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "jakarta.validation..",
                        "com.fasterxml.jackson..",
                        "tools.jackson..",
                        "org.axonframework.spring..",
                        "org.ecvetledger.projections..",
                        "org.ecvetledger.app..")
                .check(DOMAIN);
    }

    @Test
    void the_domain_takes_time_and_identifiers_from_its_callers() {
        noClasses()
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(UUID.class, "randomUUID")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .check(DOMAIN);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature_and_features_have_no_cycles() {
        noClasses()
                .that()
                .resideInAPackage("org.ecvetledger.domain.shared..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.ecvetledger.domain.shared..", "java..", "org.axonframework..")
                .check(DOMAIN);
        slices().matching("org.ecvetledger.domain.(*)..")
                .should()
                .beFreeOfCycles()
                .check(DOMAIN);
    }

    @Test
    void every_event_is_a_record_with_a_stable_name_and_version_in_its_aggregates_sealed_family() {
        var events = DOMAIN.stream()
                .filter(c -> c.isAnnotatedWith(MessageName.class))
                .toList();
        assertThat(events).as("events in the domain").isNotEmpty();
        for (var event : events) {
            var type = event.reflect();
            assertThat(type.isRecord()).as(type + " is a record").isTrue();
            assertThat(type.isAnnotationPresent(Revision.class))
                    .as(type + " has @Revision")
                    .isTrue();
            assertThat(type.getInterfaces())
                    .as(type + " implements a sealed event family")
                    .anySatisfy(family -> {
                        assertThat(family.isSealed()).isTrue();
                        assertThat(family.getSimpleName()).endsWith("Event");
                    });
        }
    }

    @Test
    void every_member_of_an_event_family_is_a_named_event() {
        var families = DOMAIN.stream()
                .filter(c -> c.isInterface()
                        && c.getSimpleName().endsWith("Event")
                        && c.reflect().isSealed())
                .toList();
        assertThat(families).isNotEmpty();
        for (var family : families) {
            for (var member : family.reflect().getPermittedSubclasses()) {
                assertThat(member.isAnnotationPresent(MessageName.class))
                        .as(member + " has @MessageName")
                        .isTrue();
            }
        }
    }

    @Test
    void commands_and_identifiers_are_records() {
        var commands = DOMAIN.stream()
                .filter(c -> c.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(TargetAggregateIdentifier.class))
                        || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(TargetAggregateIdentifier.class)))
                .toList();
        assertThat(commands)
                .as("commands found")
                .extracting(JavaClass::getSimpleName)
                .contains("RegisterLearner", "DefineUnit", "PublishQualificationStandard", "DeclareUnitEquivalence");
        commands.forEach(c -> assertThat(c.reflect().isRecord())
                .as(c.getName() + " is a record")
                .isTrue());

        DOMAIN.stream()
                .filter(c -> c.getSimpleName().endsWith("Id") && !c.isAnnotation())
                .forEach(c -> assertThat(c.reflect().isRecord())
                        .as(c.getName() + " is a record")
                        .isTrue());
    }
}
