package org.ecvetledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecvetledger.app.LedgerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demonstration catalogue passes every catalogue rule through the real command path, and loads once. */
@LedgerIT
class DemoCatalogueIT {

    @Autowired
    DemoCatalogueLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_catalogue_loads_through_the_catalogue_rules_and_a_second_load_changes_nothing() {
        loader.load();

        var published = jdbc.queryForList(
                "select standard_ref from wl_qualification where published order by standard_ref", String.class);
        assertThat(published)
                .contains(
                        "FR-BACPRO-MELEC@1", "FR-BACPRO-MELEC@2", "MT-HSC-MQF4@1", "IT-LAZIO-OSS@1", "IT-LAZIO-ASO@1");
        assertThat(jdbc.queryForObject(
                        "select count(distinct split_part(institution_id, '-', 1)) from wl_institution "
                                + "where institution_id in ('FR-MEN','DE-BS-MUENCHEN','MT-MCAST','IT-LAZIO','BE-IFAPME')",
                        Integer.class))
                .as("institutions in at least four countries")
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForList(
                        "select standard_ref from wl_qualification_unit where unit_ref = 'CC-HYGIENE@1' order by 1",
                        String.class))
                .as("a common-core unit in two health professions")
                .containsExactly("IT-LAZIO-ASO@1", "IT-LAZIO-OSS@1");
        var events = jdbc.queryForObject("select count(*) from domainevententry", Long.class);

        assertThat(loader.load()).as("commands applied by a second load").isZero();
        assertThat(jdbc.queryForObject("select count(*) from domainevententry", Long.class))
                .isEqualTo(events);
    }
}
