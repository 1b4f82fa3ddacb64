package vn.camau.egov.shared.infrastructure;

import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import vn.camau.egov.shared.domain.AuditEntry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persistence unit lists its classes (they live in another jar); a new entity, embeddable or converter
 * that is not listed would silently not be managed. This test finds every one in the domain jar.
 */
class PersistenceUnitTest {

    @Test
    void listsEveryEntityAndConverterOfTheDomain() throws IOException, URISyntaxException, ClassNotFoundException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> domainClasses = domainClassNames();
        assertThat(domainClasses).isNotEmpty();
        int managed = 0;
        for (String name : domainClasses) {
            Class<?> type = Class.forName(name);
            if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Converter.class)
                    || type.isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
                managed++;
                assertThat(xml).as("persistence.xml lists " + name).contains("<class>" + name + "</class>");
            }
        }
        assertThat(managed).as("the scan found the domain").isGreaterThanOrEqualTo(20);
    }

    private static List<String> domainClassNames() throws IOException, URISyntaxException {
        Path location = Path.of(AuditEntry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return classNames(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return classNames(jar.getPath("/"));
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(p -> p.endsWith(".class") && !p.contains("$") && !p.endsWith("package-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.').replaceFirst("^\\.", ""))
                    .toList();
        }
    }
}
