package org.ecvetledger.projections;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

/** Projections only read events (STYLE.md §6, §8). */
class ArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ecvetledger.domain", "org.ecvetledger.projections");

    /** Aggregates (classes with command handlers) and commands (records aimed at an aggregate). */
    static final DescribedPredicate<JavaClass> WRITE_SIDE =
            new DescribedPredicate<>("aggregates, command handlers or commands") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(CommandHandler.class))
                            || c.getConstructors().stream().anyMatch(m -> m.isAnnotatedWith(CommandHandler.class))
                            || c.getAllFields().stream()
                                    .anyMatch(f -> f.isAnnotatedWith(TargetAggregateIdentifier.class))
                            || c.getMethods().stream()
                                    .anyMatch(m -> m.isAnnotatedWith(TargetAggregateIdentifier.class));
                }
            };

    @Test
    void the_write_side_predicate_finds_the_aggregates_and_commands_it_guards_against() {
        assertThat(ALL.that(WRITE_SIDE))
                .extracting(JavaClass::getSimpleName)
                .contains(
                        "Learner",
                        "RegisterLearner",
                        "QualificationStandard",
                        "PublishQualificationStandard",
                        "DefineUnit");
    }

    @Test
    void projections_never_touch_aggregates_commands_or_command_handlers() {
        noClasses()
                .that()
                .resideInAPackage("org.ecvetledger.projections..")
                .should()
                .dependOnClassesThat(WRITE_SIDE)
                .check(ALL);
    }

    @Test
    void projections_never_send_commands_nor_reach_into_the_app() {
        noClasses()
                .that()
                .resideInAPackage("org.ecvetledger.projections..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.axonframework.commandhandling..", "org.ecvetledger.app..")
                .check(ALL);
    }

    @Test
    void each_read_model_keeps_to_its_own_package() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("org.ecvetledger.projections.(*)..")
                .should()
                .notDependOnEachOther()
                .check(ALL.that(new DescribedPredicate<>("read models") {
                    @Override
                    public boolean test(JavaClass c) {
                        return !c.getPackageName().equals("org.ecvetledger.projections");
                    }
                }));
    }
}
