package com.scalelab.io;

import java.util.List;

/** A file loaded cleanly, with the warnings it earned (e.g. scaling enabled with maxEntries 1). */
public record Loaded<T>(T value, List<FileProblem> warnings) {
    public Loaded {
        warnings = List.copyOf(warnings);
    }
}
