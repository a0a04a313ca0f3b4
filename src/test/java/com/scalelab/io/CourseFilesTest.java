package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Course files are as strict as the other files: each problem named by file, line:column and field. */
class CourseFilesTest {
    private static final Path PACKS = Path.of("sample-policies", "scenarios");

    @TempDir
    Path dir;
    private Path course;

    @BeforeEach
    void copyTwoExercises() throws Exception {
        Files.createDirectories(dir.resolve("ex"));
        Files.copy(PACKS.resolve("pyramid-too-soon.json"), dir.resolve("ex/too-soon.json"));
        Files.copy(PACKS.resolve("pyramid-ladder-full.json"), dir.resolve("ex/full.json"));
        course = dir.resolve("course.json");
    }

    private static FileProblem only(FileRefusedException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private FileRefusedException refused(String json) throws Exception {
        Files.writeString(course, json);
        try {
            CourseFiles.load(course);
        } catch (FileRefusedException e) {
            return e;
        }
        throw new AssertionError("the course was accepted");
    }

    @Test
    void aCourseLoadsItsScenariosRelativeToItsOwnFolder() throws Exception {
        Files.writeString(course, """
                {
                  "schemaVersion": 1,
                  "title": "Timing",
                  "lessons": [
                    { "scenario": "ex/too-soon.json", "lesson": "Wait an hour.", "hint": "Count minutes", "ask": "DECISION" },
                    { "scenario": "ex/full.json", "ask": "DECISION_AND_REASON" }
                  ]
                }
                """);
        Course c = CourseFiles.load(course);
        assertThat(c.title()).isEqualTo("Timing");
        assertThat(c.lessons()).extracting(Lesson::ask)
                .containsExactly(QuestionForm.DECISION, QuestionForm.DECISION_AND_REASON);
        Lesson first = c.lessons().get(0);
        assertThat(first.text()).isEqualTo("Wait an hour.");
        assertThat(first.hint()).isEqualTo("Count minutes");
        assertThat(first.scenario().expect()).isEqualTo(new Expectation(Decision.SKIP, ReasonCode.MIN_TIME_NOT_ELAPSED));
        assertThat(c.lessons().get(1).hint()).isNull();
        assertThat(c.lessons().get(1).fileName()).isEqualTo("full.json");
    }

    @Test
    void aMissingScenarioIsRefusedAtItsLessonsLineAndField() throws Exception {
        FileProblem p = only(refused("""
                {
                  "schemaVersion": 1,
                  "title": "Timing",
                  "lessons": [
                    { "scenario": "ex/too-soon.json", "ask": "DECISION" },
                    { "scenario": "ex/gone.json", "ask": "DECISION" }
                  ]
                }
                """));
        assertThat(p.file()).isEqualTo(course.toString());
        // line 6 of the text block; the value "ex/gone.json" starts at column 19
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.column()).isEqualTo(19);
        assertThat(p.path()).isEqualTo("lessons[1].scenario");
        assertThat(p.message()).startsWith("no such scenario file 'ex/gone.json'");
    }

    @Test
    void aBadFieldIsRefusedWithItsLineAndADidYouMean() throws Exception {
        FileProblem p = only(refused("""
                {
                  "schemaVersion": 1,
                  "title": "Timing",
                  "lessons": [
                    { "scenario": "ex/too-soon.json", "hnt": "Count", "ask": "DECISION" }
                  ]
                }
                """));
        assertThat(p.toString()).startsWith(course + ":5:39: lessons[0].hnt: unknown field 'hnt' (did you mean 'hint'?)");
    }

    @Test
    void aWrongAskAMissingTitleAndANewerVersionAreRefused() throws Exception {
        FileRefusedException e = refused("""
                {
                  "schemaVersion": 1,
                  "lessons": [ { "scenario": "ex/too-soon.json", "ask": "REASON" } ]
                }
                """);
        assertThat(e.problems()).extracting(FileProblem::path).containsExactlyInAnyOrder("title", "lessons[0].ask");
        assertThat(e.getMessage()).contains("one of DECISION, DECISION_AND_REASON");

        FileProblem newer = only(refused("""
                { "schemaVersion": 2, "title": "T", "lessons": [] }
                """));
        assertThat(newer.path()).isEqualTo("schemaVersion");
        assertThat(newer.message()).contains("newer than this program knows");

        FileProblem empty = only(refused("""
                { "schemaVersion": 1, "title": "T", "lessons": [] }
                """));
        assertThat(empty.message()).isEqualTo("a course needs at least one lesson");
    }

    @Test
    void aScenarioWithoutItsOwnPolicyOrWithAnUnmetExpectationIsRefused() throws Exception {
        String noPolicy = Files.readString(dir.resolve("ex/full.json")).replaceAll("(?s),\\s*\"policy\": \\{.*?\\n  \\}", "");
        Files.writeString(dir.resolve("ex/no-policy.json"), noPolicy);
        String wrong = Files.readString(dir.resolve("ex/full.json"))
                .replace("\"decision\": \"BLOCK\", \"reasonCode\": \"MAX_ENTRIES_REACHED\"", "\"decision\": \"SCALE\"");
        Files.writeString(dir.resolve("ex/wrong.json"), wrong);
        FileRefusedException e = refused("""
                {
                  "schemaVersion": 1,
                  "title": "T",
                  "lessons": [
                    { "scenario": "ex/no-policy.json", "ask": "DECISION" },
                    { "scenario": "ex/wrong.json", "ask": "DECISION" }
                  ]
                }
                """);
        assertThat(e.problems()).extracting(FileProblem::path).containsExactly("lessons[0].scenario", "lessons[1].scenario");
        assertThat(e.problems().get(0).message()).contains("has no inline policy");
        assertThat(e.problems().get(1).message()).contains("expects SCALE but the engine gives BLOCK MAX_ENTRIES_REACHED");
    }

    @Test
    void anInvalidScenarioIsRefusedNamingTheLessonAndTheScenariosOwnProblem() throws Exception {
        Files.writeString(dir.resolve("ex/broken.json"), Files.readString(dir.resolve("ex/full.json"))
                .replace("\"atr\": 40.0", "\"atr\": \"forty\""));
        FileProblem p = only(refused("""
                { "schemaVersion": 1, "title": "T", "lessons": [ { "scenario": "ex/broken.json", "ask": "DECISION" } ] }
                """));
        assertThat(p.path()).isEqualTo("lessons[0].scenario");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("broken.json").contains("market.atr: expected a number");
    }

    @Test
    void savingWritesScenarioPathsRelativeToTheCourseAndReadsBackTheSame() throws Exception {
        Files.writeString(course, """
                { "schemaVersion": 1, "title": "Timing", "lessons": [
                  { "scenario": "ex/too-soon.json", "title": "Too soon", "lesson": "Wait.", "ask": "DECISION" } ] }
                """);
        Course c = CourseFiles.load(course);
        Path moved = dir.resolve("sub/copy.json");
        CourseFiles.save(c, moved);
        String json = Files.readString(moved);
        assertThat(json).contains("\"scenario\": \"../ex/too-soon.json\"");
        Course back = CourseFiles.load(moved);
        assertThat(back.lessons()).extracting(Lesson::scenarioFile).containsExactly(dir.resolve("ex/too-soon.json"));
        assertThat(back.lessons()).extracting(Lesson::title, Lesson::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Too soon", "Wait."));
        assertThat(List.of(back.title())).containsExactly("Timing");
    }

    @Test
    void aCourseInsideAJarLoadsItsScenariosFromTheJar() throws Exception {
        // As the shipped courses are read from scalelab.jar: paths of the jar's file system.
        Path jar = dir.resolve("lab.jar");
        java.net.URI uri = java.net.URI.create("jar:" + jar.toUri());
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of("create", "true"))) {
            Files.createDirectories(fs.getPath("/sample-policies/courses"));
            Files.createDirectories(fs.getPath("/sample-policies/scenarios"));
            Files.copy(PACKS.resolve("pyramid-too-soon.json"), fs.getPath("/sample-policies/scenarios/too-soon.json"));
            Files.writeString(fs.getPath("/sample-policies/courses/c.json"), """
                    { "schemaVersion": 1, "title": "T",
                      "lessons": [ { "scenario": "../scenarios/too-soon.json", "ask": "DECISION" } ] }
                    """);
        }
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
            Course c = CourseFiles.load(fs.getPath("/sample-policies/courses/c.json"));
            assertThat(c.lessons()).singleElement().extracting(l -> l.scenarioFile().toString())
                    .isEqualTo("/sample-policies/scenarios/too-soon.json");
            assertThat(c.lessons().get(0).scenario().expect().reasonCode()).isEqualTo(ReasonCode.MIN_TIME_NOT_ELAPSED);
        }
    }
}
