package dev.netplayground.ui.common;

/** The framings a TCP pane offers, as its choice box shows them. */
public enum FramingKind {
    LINE("Lines (LF)"),
    RAW("Raw (each read)"),
    DELIMITER("Delimiter"),
    FIXED("Fixed size"),
    LENGTH("Length-prefixed");

    private final String label;

    FramingKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
