package com.scalelab.io;

import java.util.List;
import java.util.stream.Collectors;

/** A file that could not be loaded (or a policy that may not be saved), with every problem found. */
public final class FileRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<FileProblem> problems;

    public FileRefusedException(List<FileProblem> problems) {
        super(null, null, false, false); // no stack trace: this is a user error, never shown as one
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public FileRefusedException(FileProblem problem) {
        this(List.of(problem));
    }

    public List<FileProblem> problems() {
        return problems;
    }

    /** The problems, one per line, each as {@code FILE:LINE:COLUMN: path: message}. */
    @Override
    public String getMessage() {
        return problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n"));
    }
}
