package vn.camau.egov.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.camau.egov.shared.domain.AuditEntry;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The test deployment: the EJB module as built (target/classes, with its persistence unit and
 * migrations), the domain jar, Flyway and GreenMail as libraries, and the test classes. The same
 * pieces the EAR holds, so the tests exercise the real services, mappings and migrations.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive ejbModule() {
        JavaArchive ejb = ShrinkWrap.create(ExplodedImporter.class, "egov-ejb.jar")
                .importDirectory("target/classes").as(JavaArchive.class);
        WebArchive war = ShrinkWrap.create(WebArchive.class, "egov-it.war")
                .addAsLibraries(ejb, archiveOf(AuditEntry.class, "egov-domain.jar"))
                .addAsLibraries(jarOf(org.flywaydb.core.Flyway.class), jarOf(com.icegreen.greenmail.util.GreenMail.class),
                        jarOf(org.assertj.core.api.Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                          <deployment><dependencies><module name="org.jboss.vfs"/></dependencies></deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml");
        war.merge(ShrinkWrap.create(ExplodedImporter.class).importDirectory("target/test-classes").as(JavaArchive.class),
                "/WEB-INF/classes");
        return war;
    }

    private static JavaArchive archiveOf(Class<?> type, String name) {
        File location = location(type);
        return location.isDirectory()
                ? ShrinkWrap.create(ExplodedImporter.class, name).importDirectory(location).as(JavaArchive.class)
                : ShrinkWrap.createFromZipFile(JavaArchive.class, location);
    }

    private static File jarOf(Class<?> type) {
        return location(type);
    }

    private static File location(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
