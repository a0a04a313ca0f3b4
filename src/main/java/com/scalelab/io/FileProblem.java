package com.scalelab.io;

/**
 * One thing wrong with a file: where (file, 1-based line and column, 0 when unknown), which field
 * (path as written in the file, e.g. {@code position.entries[1].price}) and what was expected.
 */
public record FileProblem(String file, int line, int column, String path, String message) {

    public FileProblem {
        file = file == null ? "" : file;
        path = path == null || path.isEmpty() ? "(root)" : path;
        message = message == null ? "" : message;
    }

    public FileProblem withPath(String newPath) {
        return new FileProblem(file, line, column, newPath, message);
    }

    public boolean hasLocation() {
        return line > 0;
    }

    /** {@code FILE:LINE:COLUMN: path: message}, without {@code LINE:COLUMN} when unknown. */
    @Override
    public String toString() {
        String where = hasLocation() ? file + ":" + line + ":" + column : file;
        return where + ": " + path + ": " + message;
    }
}
