package com.scalelab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.io.Course;
import com.scalelab.io.CourseFiles;
import com.scalelab.io.Lesson;
import com.scalelab.ui.app.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The course editor: add, move, preview and save, clicked as a trainer would. */
@ExtendWith(ApplicationExtension.class)
class CourseEditorTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private CourseEditor editor;
    @TempDir
    Path dir;

    @BeforeAll
    static void patientSetUp() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @Start
    void start(Stage stage) {
        editor = new CourseEditor(null, dialogs);
        editor.show();
    }

    @Test
    void aTrainerAddsTwoExercisesReordersPreviewsAndSaves(FxRobot robot) throws Exception {
        Path exercises = Path.of("sample-policies/scenarios").toAbsolutePath();
        dialogs.fileToOpen = exercises.resolve("pyramid-too-soon.json");
        robot.clickOn("#addLesson");
        dialogs.fileToOpen = exercises.resolve("weak-signal-add.json");
        robot.clickOn("#addLesson");
        robot.clickOn("#moveUp"); // the second, selected after adding, goes first
        robot.clickOn("#previewLesson");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lessonPreview").queryAs(Label.class).getText())
                .startsWith("Engine: SKIP SIGNAL_TOO_WEAK").endsWith("(expect MET)");

        Path target = dir.resolve("courses/signals.json");
        dialogs.fileToSave = target;
        robot.interact(() -> editor.draft().setTitle("Signals and timing"));
        robot.clickOn("#saveCourse");
        WaitForAsyncUtils.waitForFxEvents();
        Course saved = CourseFiles.load(target);
        assertThat(saved.title()).isEqualTo("Signals and timing");
        assertThat(saved.lessons()).extracting(Lesson::fileName).containsExactly("weak-signal-add.json",
                "pyramid-too-soon.json");
        assertThat(Files.readString(target)).contains("\"scenario\": \"../../");
    }
}
