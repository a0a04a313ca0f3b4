package com.scalelab.io;

import java.nio.file.Path;

/**
 * The kinds of ScaleLab file. A JSON object with a {@code proposed} or a {@code position} field
 * is a scenario; one with {@code lessons} is a training course; any other object is read as a
 * policy (so a policy with a typo still gets the policy's messages).
 */
public enum FileKind {
    POLICY, SCENARIO, COURSE;

    /** A file loaded cleanly: its kind, the policy or scenario, and its warnings. */
    public record Checked(FileKind kind, Object value, java.util.List<FileProblem> warnings) {
    }

    /** Loads a file of either kind, telling the kind by its fields. */
    public static Checked check(Path file) throws FileRefusedException {
        return check(JsonDocument.readText(file), file.toString(), file);
    }

    public static Checked check(String json, String sourceName) throws FileRefusedException {
        return check(json, sourceName, null);
    }

    /** @param file where a course's scenario paths are resolved from (null: the working folder) */
    private static Checked check(String json, String sourceName, Path file) throws FileRefusedException {
        JsonDocument doc = JsonDocument.parse(json, sourceName);
        if (doc.root.has("lessons") && !doc.root.has("proposed") && !doc.root.has("position")) {
            return new Checked(COURSE, CourseFiles.fromDocument(doc, file), java.util.List.of());
        }
        if (doc.root.has("proposed") || doc.root.has("position")) {
            Loaded<Scenario> s = ScenarioFiles.fromDocument(doc);
            return new Checked(SCENARIO, s.value(), s.warnings());
        }
        Loaded<com.scalelab.engine.ScalingPolicy> p = PolicyFiles.fromDocument(doc);
        return new Checked(POLICY, p.value(), p.warnings());
    }
}
