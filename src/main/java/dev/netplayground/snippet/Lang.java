package dev.netplayground.snippet;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The languages and tools a snippet can be written in. */
public enum Lang {
    RUST("rust", "Rust"),
    JAVA("java", "Java"),
    PYTHON("python", "Python"),
    CURL("curl", "curl"),
    NCAT("ncat", "ncat/socat");

    private final String cliName;
    private final String label;

    Lang(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException with a sentence that lists the names there are */
    public static Lang fromName(String name) {
        return Arrays.stream(values()).filter(lang -> lang.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown language '" + name + "': expected one of "
                        + Arrays.stream(values()).map(Lang::cliName).collect(Collectors.joining(", "))));
    }
}
