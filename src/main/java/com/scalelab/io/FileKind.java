package com.scalelab.io;

import java.nio.file.Path;

/**
 * The two kinds of ScaleLab file. A JSON object with a {@code proposed} or a {@code position} field
 * is a scenario; any other object is read as a policy (so a policy with a typo still gets the
 * policy's messages).
 */
public enum FileKind {
    POLICY, SCENARIO;

    /** A file loaded cleanly: its kind, the policy or scenario, and its warnings. */
    public record Checked(FileKind kind, Object value, java.util.List<FileProblem> warnings) {
    }

    /** Loads a file of either kind, telling the kind by its fields. */
    public static Checked check(Path file) throws FileRefusedException {
        return check(JsonDocument.readText(file), file.toString());
    }

    public static Checked check(String json, String sourceName) throws FileRefusedException {
        JsonDocument doc = JsonDocument.parse(json, sourceName);
        if (doc.root.has("proposed") || doc.root.has("position")) {
            Loaded<Scenario> s = ScenarioFiles.fromDocument(doc);
            return new Checked(SCENARIO, s.value(), s.warnings());
        }
        Loaded<com.scalelab.engine.ScalingPolicy> p = PolicyFiles.fromDocument(doc);
        return new Checked(POLICY, p.value(), p.warnings());
    }
}
