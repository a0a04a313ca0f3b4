package com.scalelab.engine;

/** One thing wrong with a policy: the field path (as in the file, e.g. "limits.maxRiskPct") and what was expected. */
public record PolicyProblem(String path, String message, Severity severity) {
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
