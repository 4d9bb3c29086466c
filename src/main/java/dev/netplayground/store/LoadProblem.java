package dev.netplayground.store;

/**
 * A workspace file that could not be read; the file is left as it is.
 *
 * @param path   the file inside the workspace, e.g. {@code messages/bad.json}
 * @param line   1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 * @param reason what is wrong
 */
public record LoadProblem(String path, int line, int column, String reason) {
    static LoadProblem of(String path, JsonProblem problem) {
        return new LoadProblem(path, problem.line(), problem.column(), problem.reason());
    }

    /** One sentence, e.g. {@code messages/bad.json, line 3, column 12: 'port' must be a whole number.} */
    public String message() {
        String where = line > 0 ? path + ", line " + line + ", column " + column : path;
        return where + ": " + reason + ".";
    }
}
