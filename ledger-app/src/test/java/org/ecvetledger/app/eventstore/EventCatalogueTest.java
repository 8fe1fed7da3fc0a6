package org.ecvetledger.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.regex.Pattern;
import org.axonframework.serialization.Revision;
import org.ecvetledger.domain.shared.MessageName;
import org.junit.jupiter.api.Test;

/** docs/events.md names every event with its current version, and nothing else (STYLE.md §9). */
class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "events.md");
    private static final Pattern HEADING = Pattern.compile("(?m)^### `([A-Za-z]+)` v(\\S+)\\s*$");

    @Test
    void every_event_type_of_the_domain_is_registered_for_the_event_store() {
        var annotated = new HashSet<Class<?>>();
        new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.ecvetledger.domain")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(MessageName.class))
                        .forEach(c -> annotated.add(c.reflect()));

        assertThat(annotated).isNotEmpty();
        assertThat(LedgerEventTypes.all()).containsExactlyInAnyOrderElementsOf(annotated);
    }

    @Test
    void the_catalogue_lists_every_event_with_its_current_version_and_no_other() throws IOException {
        var documented = new HashSet<String>();
        var matcher = HEADING.matcher(Files.readString(CATALOGUE));
        while (matcher.find()) {
            documented.add(matcher.group(1) + " v" + matcher.group(2));
        }

        var expected = new HashSet<String>();
        for (var type : LedgerEventTypes.all()) {
            expected.add(type.getAnnotation(MessageName.class).value() + " v"
                    + type.getAnnotation(Revision.class).value());
        }

        assertThat(documented).as("events in docs/events.md (### `Name` vN)").isEqualTo(expected);
    }
}
