package vn.camau.egov.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the portal shows exists in Vietnamese and in English: the pages' keys, and the
 * message keys the services refuse with. A missing key shows up as ???key??? to the visitor.
 */
class MessageBundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    /** Where the services refuse: a refusal or a field problem, up to the end of the statement. */
    private static final Pattern REFUSAL = Pattern.compile("(?:Exception|FieldProblem)\\(([^;]*)");
    /** A message key, as a whole string literal. */
    private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/vn/camau/egov/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeysAndEveryPatternReads() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        for (Properties bundle : new Properties[] {vi, en}) {
            for (String key : bundle.stringPropertyNames()) {
                assertThat(new MessageFormat(bundle.getProperty(key)).toPattern()).as(key).isNotNull();
            }
        }
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + page.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRefusalOfTheServicesHasItsText() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (String module : new String[] {"../domain/src/main/java", "../ejb/src/main/java"}) {
            try (Stream<Path> sources = Files.walk(Path.of(module))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher call = REFUSAL.matcher(Files.readString(source));
                    while (call.find()) {
                        Matcher m = KEY.matcher(call.group(1));
                        while (m.find()) {
                            found++;
                            if (!keys.contains(m.group(1))) {
                                missing.add(m.group(1) + " (" + source.getFileName() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("refusals found in the sources").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }
}
