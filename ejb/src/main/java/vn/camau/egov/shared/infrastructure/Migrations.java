package vn.camau.egov.shared.infrastructure;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's Flyway configuration. One migration history serves H2, PostgreSQL and Oracle; the
 * few column types that differ between them are Flyway placeholders filled in here.
 */
public final class Migrations {

    private Migrations() {
    }

    /** Placeholders for a database, by the product name its JDBC metadata reports. */
    public static Map<String, String> placeholdersFor(String databaseProductName) {
        String product = databaseProductName.toLowerCase(Locale.ROOT);
        if (product.contains("oracle")) {
            return Map.of("bigint", "NUMBER(19)", "boolean", "NUMBER(1)", "char", " CHAR",
                    "clob", "CLOB", "blob", "BLOB", "true", "1", "false", "0");
        }
        if (product.contains("postgres")) {
            return Map.of("bigint", "BIGINT", "boolean", "BOOLEAN", "char", "",
                    "clob", "TEXT", "blob", "BYTEA", "true", "TRUE", "false", "FALSE");
        }
        if (product.contains("h2")) {
            return Map.of("bigint", "BIGINT", "boolean", "BOOLEAN", "char", "",
                    "clob", "CLOB", "blob", "BLOB", "true", "TRUE", "false", "FALSE");
        }
        throw new IllegalStateException("No migrations for database " + databaseProductName
                + ": the platform runs on H2, PostgreSQL or Oracle");
    }

    /** Flyway for the database behind the data source, with its placeholders. */
    public static Flyway flyway(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
        return flyway(dataSource, placeholdersFor(product));
    }

    static Flyway flyway(DataSource dataSource, Map<String, String> placeholders) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders)
                .validateMigrationNaming(true)
                .load();
    }
}
