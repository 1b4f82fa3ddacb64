package vn.camau.egov.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The test deployment: the EJB module as built (target/classes, with its persistence unit and
 * migrations), its runtime libraries as the build resolved them (the domain jar, Flyway, PDFBox...),
 * GreenMail, and the test classes. The same pieces the EAR holds, so the tests exercise the real
 * services, mappings and migrations.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive ejbModule() {
        JavaArchive ejb = ShrinkWrap.create(ExplodedImporter.class, "egov-ejb.jar")
                .importDirectory("target/classes").as(JavaArchive.class);
        WebArchive war = ShrinkWrap.create(WebArchive.class, "egov-it.war").addAsLibraries(ejb);
        for (File entry : runtimeClasspath()) {
            if (entry.isDirectory()) {
                war.addAsLibraries(ShrinkWrap.create(ExplodedImporter.class, entry.getParentFile().getName() + ".jar")
                        .importDirectory(entry).as(JavaArchive.class));
            } else {
                war.addAsLibraries(entry);
            }
        }
        war.addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class), jarOf(org.assertj.core.api.Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                          <deployment><dependencies><module name="org.jboss.vfs"/><module name="org.wildfly.security.elytron"/></dependencies></deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml");
        war.merge(ShrinkWrap.create(ExplodedImporter.class).importDirectory("target/test-classes").as(JavaArchive.class),
                "/WEB-INF/classes");
        return war;
    }

    /** The module's runtime libraries (the domain jar, Flyway, PDFBox...), listed by the build. */
    private static java.util.List<File> runtimeClasspath() {
        try {
            String list = java.nio.file.Files.readString(java.nio.file.Path.of("target/runtime-classpath.txt")).strip();
            return java.util.Arrays.stream(list.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(File::new).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("run the build's generate-test-resources phase first", e);
        }
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
