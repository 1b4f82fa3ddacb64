package vn.camau.egov.shared.application;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.it.Deployments;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness check fails when no database connection can be had. The test takes every
 * connection of the pool and holds them, as a hung or overloaded database server would: the check
 * then waits its bounded time and reports the database down. (The broker side is tested over HTTP
 * in the ear module, by stopping the broker's acceptor.)
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @Inject
    private Readiness readiness;

    @Resource(lookup = "java:jboss/datasources/EgovDS")
    private DataSource dataSource;

    @Test
    void notReadyWhileNoDatabaseConnectionCanBeHadAndReadyAgainAfter() throws Exception {
        assertThat(readiness.check().ready()).isTrue();

        List<Connection> held = new ArrayList<>();
        try {
            while (true) {
                held.add(dataSource.getConnection());
            }
        } catch (SQLException poolExhausted) {
            // every connection is taken
        }
        try {
            Readiness.Report report = readiness.check();
            assertThat(report.ready()).isFalse();
            assertThat(report.problems().get("database")).isNotNull();
            assertThat(report.problems().get("broker")).isNull();
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertThat(readiness.check().ready()).isTrue();
    }
}
