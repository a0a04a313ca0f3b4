package com.scalelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} knows course files: a CI job can check a course with all its exercises. */
class ValidateCourseTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, String... args) {
        return ScaleLabCommand.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void theShippedCoursesValidateAndAMissingExerciseIsALoadError() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(run(out, "validate", "sample-policies/courses/beginner.json")).isEqualTo(ScaleLabCommand.OK);
        assertThat(out.toString().strip()).isEqualTo("sample-policies/courses/beginner.json: valid course"
                + " \"Beginner: one rule at a time\" with 17 lessons, every scenario loaded and every expectation met");

        Path bad = dir.resolve("c.json");
        Files.writeString(bad, "{\"schemaVersion\":1,\"title\":\"x\",\"lessons\":[{\"scenario\":\"nope.json\",\"ask\":\"DECISION\"}]}");
        StringWriter err = new StringWriter();
        assertThat(run(err, "validate", bad.toString())).isEqualTo(ScaleLabCommand.LOAD_ERROR);
        // {"schemaVersion":1,"title":"x","lessons":[{"scenario": is 54 characters: the value starts at 55
        assertThat(err.toString()).startsWith(bad + ":1:55: lessons[0].scenario: no such scenario file 'nope.json'");
    }
}
