package vn.camau.egov.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** One measured figure, appended to the run's file ($BENCH_FIGURES) that bench/run.sh aggregates. */
public final class Figures {

    private Figures() {
    }

    public static synchronized void append(String scenario, String metric, double value) {
        String file = System.getenv("BENCH_FIGURES");
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), String.format(Locale.ROOT, "%s\t%s\t%s%n", scenario, metric, value),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
