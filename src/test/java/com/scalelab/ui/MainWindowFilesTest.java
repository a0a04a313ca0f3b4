package com.scalelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.io.PolicyFiles;
import com.scalelab.ui.app.DialogService.SaveChoice;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.SampleLibrary;
import com.scalelab.ui.policy.PolicyViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** New, Open, Save, Save As, Open Recent and the unsaved-edits prompt, with fake dialogs. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFilesTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private ScaleLabApp app;
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        LabPreferences.fromSystemProperty().clear();
        this.stage = stage;
        app = new ScaleLabApp(dialogs);
        app.start(stage);
    }

    private TextField input(String path) {
        return app.mainController().policyController().rows().get(path).input();
    }

    /** Types a value and presses Enter, as a user finishing an edit. */
    private void edit(FxRobot robot, String path, String text) {
        robot.interact(() -> app.mainController().policyController().focusField(path));
        robot.clickOn(input(path));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        for (int i = all.length - 1; i >= 0; i--) {
            robot.release(all[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path policyFile(String name, int maxEntries) throws Exception {
        ScalingPolicy p = SampleLibrary.policy(SampleLibrary.DEFAULT_POLICY).withName(name)
                .withScaling(new ScalingPolicy.Scaling(true, com.scalelab.engine.ScalingMode.PYRAMID, maxEntries));
        Path file = dir.resolve(name.toLowerCase().replace(' ', '-') + ".json");
        PolicyFiles.save(p, file);
        return file;
    }

    @Test
    void newAsksAboutUnsavedEditsCancelKeepsThemDontSaveDropsThem(FxRobot robot) {
        edit(robot, PolicyViewModel.MAX_ENTRIES, "6");
        assertThat(stage.getTitle()).startsWith("ScaleLab — Trend pyramid (conservative)* (");

        dialogs.saveAnswer = SaveChoice.CANCEL;
        shortcut(robot, KeyCode.N);
        assertThat(dialogs.unsavedAsked()).isEqualTo(1);
        assertThat(input(PolicyViewModel.MAX_ENTRIES).getText()).isEqualTo("6");
        assertThat(stage.getTitle()).startsWith("ScaleLab — Trend pyramid (conservative)* (");

        dialogs.saveAnswer = SaveChoice.DONT_SAVE;
        shortcut(robot, KeyCode.N);
        assertThat(dialogs.unsavedAsked()).isEqualTo(2);
        assertThat(input(PolicyViewModel.NAME).getText()).isEqualTo("Untitled policy");
        assertThat(stage.getTitle()).isEqualTo("ScaleLab — Untitled policy (unsaved) · Scenario: pyramid-add-approved.json");
        assertThat(app.session().getPolicy()).isEqualTo(PolicyViewModel.blankPolicy());

        // A clean policy is replaced without a question.
        shortcut(robot, KeyCode.N);
        assertThat(dialogs.unsavedAsked()).isEqualTo(2);
    }

    @Test
    void saveInThePromptWritesTheFileThroughPolicyFilesBeforeNew(FxRobot robot) throws Exception {
        edit(robot, PolicyViewModel.MAX_ENTRIES, "6");
        ScalingPolicy edited = app.session().getPolicy();
        dialogs.saveAnswer = SaveChoice.SAVE;
        dialogs.fileToSave = dir.resolve("my-pyramid.json");
        shortcut(robot, KeyCode.N);

        assertThat(PolicyFiles.load(dialogs.fileToSave)).isEqualTo(edited);
        assertThat(Files.readString(dialogs.fileToSave)).isEqualTo(PolicyFiles.toJson(edited));
        assertThat(input(PolicyViewModel.NAME).getText()).isEqualTo("Untitled policy");
        assertThat(app.mainController().recentFiles().list()).containsExactly(dialogs.fileToSave.toAbsolutePath());
    }

    @Test
    void openAsksAboutUnsavedEditsAndShowsTheOpenedFile(FxRobot robot) throws Exception {
        Path file = policyFile("Opened pyramid", 3);
        dialogs.fileToOpen = file;
        edit(robot, PolicyViewModel.MAX_RISK_PCT, "1.5");

        dialogs.saveAnswer = SaveChoice.CANCEL;
        shortcut(robot, KeyCode.O);
        assertThat(input(PolicyViewModel.NAME).getText()).isEqualTo("Trend pyramid (conservative)");
        assertThat(input(PolicyViewModel.MAX_RISK_PCT).getText()).isEqualTo("1.5");

        dialogs.saveAnswer = SaveChoice.DONT_SAVE;
        shortcut(robot, KeyCode.O);
        assertThat(input(PolicyViewModel.NAME).getText()).isEqualTo("Opened pyramid");
        assertThat(input(PolicyViewModel.MAX_ENTRIES).getText()).isEqualTo("3");
        assertThat(input(PolicyViewModel.MAX_RISK_PCT).getText()).isEqualTo("2");
        assertThat(stage.getTitle()).isEqualTo("ScaleLab — Opened pyramid (opened-pyramid.json) · Scenario: pyramid-add-approved.json");
        assertThat(app.session().getPolicy()).isEqualTo(PolicyFiles.load(file));
        assertThat(dialogs.unsavedAsked()).isEqualTo(2);
    }

    @Test
    void aRefusedFileIsReportedLineByLineAndTheCurrentPolicyKept(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"name\": \"Broken\",\n  \"scaling\": { \"enabled\": true, \"mode\": \"PYRAMID\", \"maxEntries\": 4 },\n"
                + "  \"limits\": { \"maxPositionPct\": \"lots\", \"maxRiskPct\": 2.0 }\n}\n");
        ScalingPolicy before = app.session().getPolicy();
        String title = stage.getTitle();
        dialogs.fileToOpen = bad;
        shortcut(robot, KeyCode.O);

        assertThat(dialogs.problemTitles).containsExactly("Cannot open policy");
        assertThat(dialogs.lastProblems()).isNotEmpty()
                .allMatch(line -> line.startsWith(bad.toString() + ":"))
                .anyMatch(line -> line.matches(".*broken\\.json:5:\\d+: limits\\.maxPositionPct: .*"))
                .noneMatch(line -> line.contains("Exception") || line.contains("\tat "));
        assertThat(app.session().getPolicy()).isEqualTo(before);
        assertThat(stage.getTitle()).isEqualTo(title);
    }

    @Test
    void saveRefusesAnInvalidPolicyAndListsItsProblems(FxRobot robot) {
        robot.interact(() -> app.mainController().policyController().focusField(PolicyViewModel.MAX_RISK_PCT));
        robot.clickOn(input(PolicyViewModel.MAX_RISK_PCT));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("0");
        dialogs.fileToSave = dir.resolve("never.json");
        shortcut(robot, KeyCode.S);

        assertThat(dialogs.problemTitles).containsExactly("Cannot save policy");
        assertThat(dialogs.lastProblems()).anyMatch(l -> l.startsWith("limits.maxRiskPct: ") && l.contains("got 0"));
        assertThat(dialogs.fileToSave).doesNotExist();
        assertThat(stage.getTitle()).startsWith("ScaleLab — Trend pyramid (conservative)* (");
    }

    @Test
    void saveAsThenSaveWritesTheSameFileAndClearsTheDirtyMarker(FxRobot robot) throws Exception {
        dialogs.fileToSave = dir.resolve("copy.json");
        shortcut(robot, KeyCode.SHIFT, KeyCode.S);
        assertThat(stage.getTitle()).isEqualTo("ScaleLab — Trend pyramid (conservative) (copy.json) · Scenario: pyramid-add-approved.json");
        assertThat(PolicyFiles.load(dialogs.fileToSave)).isEqualTo(SampleLibrary.policy(SampleLibrary.DEFAULT_POLICY));

        edit(robot, PolicyViewModel.MIN_MINUTES, "90");
        assertThat(stage.getTitle()).isEqualTo("ScaleLab — Trend pyramid (conservative)* (copy.json) · Scenario: pyramid-add-approved.json");
        Path saveAsTarget = dialogs.fileToSave;
        dialogs.fileToSave = null; // Save must not ask again
        shortcut(robot, KeyCode.S);
        assertThat(stage.getTitle()).isEqualTo("ScaleLab — Trend pyramid (conservative) (copy.json) · Scenario: pyramid-add-approved.json");
        assertThat(PolicyFiles.load(saveAsTarget).qualification().minMinutesBetween()).isEqualTo(90.0);
    }

    @Test
    void openRecentReopensAFileFromTheMenu(FxRobot robot) throws Exception {
        Path file = policyFile("Recent one", 5);
        dialogs.fileToOpen = file;
        shortcut(robot, KeyCode.O);
        robot.interact(() -> app.mainController().document().newPolicy());
        assertThat(input(PolicyViewModel.NAME).getText()).isEqualTo("Untitled policy");

        MainWindowTest.chooseMenu(robot, "Policy", "Open Recent", "1  recent-one.json  —  " + dir);
        assertThat(input(PolicyViewModel.NAME).getText()).isEqualTo("Recent one");
        assertThat(LabPreferences.fromSystemProperty().recentFiles()).containsExactly(file.toAbsolutePath());
    }
}
