package vn.camau.egov.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.camau.egov.it.Deployments;
import vn.camau.egov.organization.domain.AgencyId;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.organization.domain.UnitKind;
import vn.camau.egov.organization.domain.UnitRepository;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The persistence unit runs on EclipseLink against the migrated schema. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule();
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnitRepository units;

    @Resource
    private UserTransaction tx;

    @Test
    void theProviderIsEclipseLink() throws Exception {
        tx.begin();
        try {
            assertThat(em.getDelegate().getClass().getName()).startsWith("org.eclipse.persistence.");
        } finally {
            tx.rollback();
        }
    }

    @Test
    void theMigrationsRanAtDeployment() {
        @SuppressWarnings("unchecked")
        List<Object[]> history = em.createNativeQuery(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")
                .getResultList();
        assertThat(history).isNotEmpty();
        assertThat(history).allSatisfy(row -> assertThat(row[1]).isEqualTo(Boolean.TRUE));
        assertThat(history).extracting(row -> row[0]).contains("1");
    }

    @Test
    void aUnitWithVietnameseNamesSurvivesTheRoundTrip() throws Exception {
        String name = "Ủy ban nhân dân huyện Đầm Dơi — thử nghiệm ưu tiên";
        tx.begin();
        units.store(new Unit("PERSIST_IT", name, "Đầm Dơi test", UnitKind.DISTRICT, new AgencyId("000.77.25.H12"),
                "970", null));
        tx.commit();
        em.clear();

        Unit read = units.findByCode("PERSIST_IT").orElseThrow();
        assertThat(read.getName()).isEqualTo(name);
        assertThat(read.getAgencyId()).isEqualTo(new AgencyId("000.77.25.H12"));
        assertThat(read.getId()).isPositive();
        assertThat(units.findByAgencyId(new AgencyId("000.77.25.H12"))).contains(read);
    }
}
