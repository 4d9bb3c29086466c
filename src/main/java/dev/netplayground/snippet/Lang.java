package dev.netplayground.snippet;

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
}
