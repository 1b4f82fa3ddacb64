package vn.camau.egov.shared.infrastructure;

import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole migration history on H2, as the platform does at deployment, and again in H2's
 * Oracle and PostgreSQL modes with those databases' placeholders, which catches most type and
 * syntax slips before they reach a real server.
 */
class MigrationTest {

    private static JdbcDataSource h2(String mode) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + (mode == null ? "" : ";MODE=" + mode));
        ds.setUser("sa");
        return ds;
    }

    @Test
    void theHistoryRunsOnH2AndASecondRunChangesNothing() throws SQLException {
        JdbcDataSource ds = h2(null);
        MigrateResult first = Migrations.flyway(ds).migrate();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isPositive();

        MigrateResult second = Migrations.flyway(ds).migrate();
        assertThat(second.migrationsExecuted).isZero();
        Migrations.flyway(ds).validate();

        assertThat(tables(ds)).contains("UNIT", "ACCOUNT", "ACCOUNT_ROLE", "OFFICIAL", "APPLICANT", "AUDIT_ENTRY");
    }

    @ParameterizedTest
    @CsvSource({"Oracle, Oracle", "PostgreSQL, PostgreSQL"})
    void theHistoryIsValidSqlForTheOtherDatabases(String mode, String product) {
        MigrateResult result = Migrations.flyway(h2(mode), Migrations.placeholdersFor(product)).migrate();
        assertThat(result.success).isTrue();
    }

    private static List<String> tables(JdbcDataSource ds) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
