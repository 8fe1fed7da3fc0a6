package org.ecvetledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks that the migration which introduced the learner ledger's lookups rebuilds, from the events
 * alone, exactly what the lookups' handlers keep: it empties the lookups, runs the script again on
 * the ledger as it stands, compares, and rolls everything back.
 */
public final class LookupsFromHistory {

    private static final String MIGRATION = "db/migration/ledger/V2026_11_27_007__learner_ledger_lookups.sql";

    private LookupsFromHistory() {}

    /**
     * @param contents  a query listing the lookups' contents in a stable order
     * @param emptying  statements that forget what the migration fills in
     */
    public static void assertRebuiltAsKept(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, String contents, String... emptying) {
        assertRebuiltAsKept(MIGRATION, jdbc, transactions, contents, emptying);
    }

    /** The same check for another migration that fills lookups from the history (issue 6: V2026_11_27_010, _011). */
    public static void assertRebuiltAsKept(
            String migration,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            String contents,
            String... emptying) {
        assertRebuiltAsKept(List.of(migration), jdbc, transactions, contents, emptying);
    }

    /** The same check for lookups that several migrations fill in turn (issue 6: V2026_11_27_011 then _040). */
    public static void assertRebuiltAsKept(
            List<String> migrations,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            String contents,
            String... emptying) {
        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            List<Map<String, Object>> kept = jdbc.queryForList(contents);
            for (var statement : emptying) {
                jdbc.execute(statement);
            }
            var connection = DataSourceUtils.getConnection(jdbc.getDataSource());
            for (var migration : migrations) {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource(migration));
            }
            List<Map<String, Object>> rebuilt = jdbc.queryForList(contents);
            transaction.setRollbackOnly();

            assertThat(kept).isNotEmpty();
            assertThat(rebuilt).isEqualTo(kept);
        });
    }
}
