package dev.netplayground.snippet;

/** Writes the program for a setup in a language: the one entry point of code generation. Thread-safe. */
public final class Snippets {
    private Snippets() {}

    /**
     * The complete program, ready to save and run.
     *
     * @throws IllegalArgumentException with a sentence when the language has no such program
     *                                  (curl is an HTTP client only, for instance)
     */
    public static String generate(Lang lang, SnippetSetup setup) {
        if (setup.async() && lang != Lang.RUST) {
            throw new IllegalArgumentException("--async picks tokio in Rust; " + lang.label()
                    + " has one form only" + (lang == Lang.JAVA ? " (each client gets a virtual thread)" : ""));
        }
        return switch (lang) {
            case RUST -> RustSnippets.write(setup);
            case JAVA -> JavaSnippets.write(setup);
            case PYTHON -> PythonSnippets.write(setup);
            case CURL, NCAT -> ShellSnippets.write(lang, setup);
        };
    }

    /** Whether {@link #generate} writes this kind in this language. */
    public static boolean supports(Lang lang, Kind kind) {
        return switch (lang) {
            case RUST, JAVA, PYTHON -> true;
            case CURL -> kind == Kind.HTTP_POST;
            case NCAT -> kind != Kind.HTTP_POST && kind != Kind.HTTP_SERVER;
        };
    }

    static String url(SnippetSetup setup) {
        return "http://" + setup.hostForUrl() + ":" + setup.port() + "/data";
    }
}
