package vn.camau.egov.bench.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A uniform sample of the generated dossiers' (code, CCCD number) pairs, for the public lookup
 * scenario: reservoir sampling, so every dossier has the same chance whatever N is.
 */
public final class Lookups {

    private final String[] codes;
    private final String[] ids;
    private final SplittableRandom r;
    private long seen;

    public Lookups(int size, long seed) {
        codes = new String[size];
        ids = new String[size];
        r = new SplittableRandom(seed);
    }

    void offer(String code, String citizenId) {
        long i = seen++;
        int slot = i < codes.length ? (int) i : (int) r.nextLong(i + 1);
        if (slot < codes.length) {
            codes[slot] = code;
            ids[slot] = citizenId;
        }
    }

    /** A TSV with a header line (code, id: the lookup page's parameters), as Gatling's tsv feeder reads it. */
    public void write(Path file) throws IOException {
        int n = (int) Math.min(seen, codes.length);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("code\tid\n");
            for (int i = 0; i < n; i++) {
                w.write(codes[i] + "\t" + ids[i] + "\n");
            }
        }
    }
}
