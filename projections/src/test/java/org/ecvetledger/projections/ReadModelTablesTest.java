package org.ecvetledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each read model owns its tables (STYLE §6, issue 7 item 5): read from the projectors' compiled SQL,
 * no table is written by two processing groups, every read-model table created by a migration has an
 * owner, and a group's reset empties exactly the tables it writes — so a rebuild of one read model
 * never touches another's rows, and leaves none of its own behind.
 */
class ReadModelTablesTest {

    // no word boundary before the verb: in a class file the byte before a constant is its length
    private static final Pattern WRITE =
            Pattern.compile("(?i)(?:insert\\s+into|update|delete\\s+from)\\s+(rm_[a-z0-9_]+)");
    private static final Pattern TRUNCATE =
            Pattern.compile("(?i)truncate\\s+(?:table\\s+)?((?:rm_[a-z0-9_]+\\s*,\\s*)*rm_[a-z0-9_]+)");
    private static final Pattern CREATE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(rm_[a-z0-9_]+)");

    private final TreeMap<String, Set<String>> written = new TreeMap<>();
    private final TreeMap<String, Set<String>> reset = new TreeMap<>();
    private final TreeMap<String, Set<String>> owners = new TreeMap<>();

    ReadModelTablesTest() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ecvetledger.projections");
        for (var javaClass : classes) {
            if (!javaClass.isAnnotatedWith(ProcessingGroup.class)) {
                continue;
            }
            var group = javaClass.getAnnotationOfType(ProcessingGroup.class).value();
            var constants = constantsOf(javaClass.getName());
            WRITE.matcher(constants).results().forEach(match -> {
                var table = match.group(1).toLowerCase();
                written.computeIfAbsent(group, g -> new TreeSet<>()).add(table);
                owners.computeIfAbsent(table, t -> new TreeSet<>()).add(group);
            });
            TRUNCATE.matcher(constants)
                    .results()
                    .forEach(match -> Arrays.stream(match.group(1).split(","))
                            .map(table -> table.strip().toLowerCase())
                            .forEach(table -> reset.computeIfAbsent(group, g -> new TreeSet<>())
                                    .add(table)));
        }
    }

    @Test
    void every_registered_processing_group_has_projectors_that_write_its_tables() {
        assertThat(written.keySet()).containsExactlyInAnyOrderElementsOf(ProjectionRegistration.processingGroups());
    }

    @Test
    void no_two_processing_groups_write_the_same_table() {
        assertThat(owners)
                .allSatisfy((table, groups) -> assertThat(groups)
                        .as("processing groups writing " + table)
                        .hasSize(1));
    }

    @Test
    void every_read_model_table_of_the_migrations_has_an_owner() {
        var created = new TreeSet<String>();
        try {
            for (var script : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/projections/*.sql")) {
                var sql = script.getContentAsString(StandardCharsets.UTF_8);
                CREATE.matcher(sql)
                        .results()
                        .forEach(match -> created.add(match.group(1).toLowerCase()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(created).isNotEmpty();
        assertThat(owners.keySet()).containsAll(created);
    }

    @Test
    void a_groups_reset_empties_exactly_the_tables_it_writes() {
        assertThat(reset).isEqualTo(written);
    }

    @Test
    void every_projector_has_a_reset_handler() throws ClassNotFoundException {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ecvetledger.projections");
        for (var javaClass : classes) {
            if (javaClass.isAnnotatedWith(ProcessingGroup.class)) {
                var methods = Class.forName(javaClass.getName()).getDeclaredMethods();
                assertThat(Arrays.stream(methods).filter(ReadModelTablesTest::resets))
                        .as(javaClass.getSimpleName() + " has a @ResetHandler")
                        .isNotEmpty();
            }
        }
    }

    private static boolean resets(Method method) {
        return method.isAnnotationPresent(ResetHandler.class);
    }

    /** The class file's constant pool as text: SQL in string constants and text blocks is readable in it. */
    private static String constantsOf(String className) {
        var resource = "/" + className.replace('.', '/') + ".class";
        try (var in = ReadModelTablesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
