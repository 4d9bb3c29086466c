package dev.netplayground.store;

/**
 * Why a file could not be read, and where: line and column are 1-based, 0 when unknown.
 * The message is one sentence to show a person.
 */
public final class JsonProblem extends Exception {
    private final int line;
    private final int column;
    private final String reason;

    JsonProblem(int line, int column, String reason, Throwable cause) {
        super(reason, cause);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    /** E.g. {@code messages/bad.json, line 3, column 12: 'port' must be a whole number}. */
    public String describe(String file) {
        String where = line > 0 ? file + ", line " + line + ", column " + column : file;
        return where + ": " + reason;
    }
}
