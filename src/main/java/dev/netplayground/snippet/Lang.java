package dev.netplayground.snippet;

import java.util.Locale;

/** The languages and tools a snippet can be written in. */
public enum Lang {
    RUST("Rust"),
    JAVA("Java"),
    PYTHON("Python"),
    CURL("curl"),
    NCAT("ncat/socat");

    private final String label;

    Lang(String label) {
        this.label = label;
    }

    /** The name as the command line takes it: the constant's, as in {@code python}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
