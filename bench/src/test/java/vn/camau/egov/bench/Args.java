package vn.camau.egov.bench;

import java.util.HashMap;
import java.util.Map;

/** The load tools' command line: {@code --name value} pairs. */
public final class Args {

    private final Map<String, String> values = new HashMap<>();

    public Args(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
    }

    public String get(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }
}
