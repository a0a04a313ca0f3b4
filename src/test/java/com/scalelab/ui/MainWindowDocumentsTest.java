package com.scalelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.io.PolicyFiles;
import com.scalelab.io.ScenarioFiles;
import com.scalelab.ui.app.DialogService.FileRequest;
import com.scalelab.ui.app.DialogService.SaveChoice;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.SampleLibrary;
import com.scalelab.ui.scenario.ScenarioViewModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing the user typed is lost (issue 7): the policy and the scenario are both documents, each
 * asked about before anything would drop its edits, and a scenario's inline policy never lands in
 * the policy file that is open. Driven through the window's shortcuts and buttons, with fake dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowDocumentsTest {
    private static final String START_TITLE = "ScaleLab — Trend pyramid (conservative) (trend-pyramid-conservative.json)"
            + " · Scenario: pyramid-add-approved.json";
    /** The sample scenario's proposed add: ES at 5120. */
    private static final double SAMPLE_PRICE = 5120;

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

    private Path copyOfSample(String relativePath) throws Exception {
        Path file = dir.resolve(Path.of(relativePath).getFileName().toString());
        try (InputStream in = getClass().getResourceAsStream(SampleLibrary.ROOT + relativePath)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private ScenarioViewModel scenario() {
        return app.mainController().scenarioController().model();
    }

    private boolean closeRequested(FxRobot robot) {
        // Asked directly, not through Ctrl+Q: closing the last window would end the toolkit.
        boolean[] mayClose = new boolean[1];
        robot.interact(() -> mayClose[0] = app.mainController().closeRequested());
        return mayClose[0];
    }

    @Test
    void ctrlSAfterOpeningAScenarioWithItsOwnPolicyNeverOverwritesThePolicyFileThatWasOpen(FxRobot robot)
            throws Exception {
        Path policyFile = copyOfSample(SampleLibrary.DEFAULT_POLICY);
        byte[] before = Files.readAllBytes(policyFile);
        Path scenarioFile = copyOfSample("scenarios/crypto-dca-ladder-approved.json");
        String inlineName = ScenarioFiles.load(scenarioFile).inlinePolicy().name();

        dialogs.fileToOpen = policyFile;
        shortcut(robot, KeyCode.O);
        assertThat(stage.getTitle()).isEqualTo(START_TITLE);
        dialogs.fileToOpen = scenarioFile;
        shortcut(robot, KeyCode.SHIFT, KeyCode.O);
        assertThat(stage.getTitle()).isEqualTo("ScaleLab — " + inlineName
                + " (inline policy of scenario crypto-dca-ladder-approved.json, not saved)"
                + " · Scenario: crypto-dca-ladder-approved.json");

        Path saveAsTarget = dir.resolve("my-dca.json");
        dialogs.fileToSave = saveAsTarget;
        shortcut(robot, KeyCode.S);

        assertThat(Files.readAllBytes(policyFile)).as("the policy file that was open").isEqualTo(before);
        assertThat(dialogs.fileRequests).extracting(FileRequest::title).last().isEqualTo("Save policy as");
        assertThat(PolicyFiles.load(saveAsTarget)).isEqualTo(ScenarioFiles.load(scenarioFile).inlinePolicy());
        assertThat(stage.getTitle()).startsWith("ScaleLab — " + inlineName + " (my-dca.json)");
        assertThat(dialogs.askedToSave).isEmpty();
    }

    @Test
    void quitAsksAboutAnEditedScenarioAndCancelKeepsTheWindowAndTheEdits(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo(START_TITLE);
        robot.interact(() -> scenario().priceProperty().set(SAMPLE_PRICE + 10));
        assertThat(stage.getTitle()).isEqualTo(START_TITLE + "*");

        dialogs.saveAnswer = SaveChoice.CANCEL;
        shortcut(robot, KeyCode.Q);
        assertThat(dialogs.askedToSave).containsExactly("scenario: pyramid-add-approved.json");
        assertThat(stage.isShowing()).isTrue();
        assertThat(scenario().priceProperty().get()).isEqualTo(SAMPLE_PRICE + 10);

        dialogs.saveAnswer = SaveChoice.DONT_SAVE;
        assertThat(closeRequested(robot)).isTrue();
    }

    @Test
    void quitWithBothDocumentsEditedAsksForEachAndCancelOnEitherKeepsBoth(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.mainController().policyController().viewModel().maxRiskPctProperty().set("1.5");
            scenario().priceProperty().set(SAMPLE_PRICE + 10);
        });
        assertThat(stage.getTitle()).isEqualTo("ScaleLab — Trend pyramid (conservative)* (trend-pyramid-conservative.json)"
                + " · Scenario: pyramid-add-approved.json*");

        dialogs.answers.put("policy", SaveChoice.DONT_SAVE);
        dialogs.answers.put("scenario", SaveChoice.CANCEL);
        assertThat(closeRequested(robot)).isFalse();
        assertThat(dialogs.askedToSave).containsExactly("policy: Trend pyramid (conservative)",
                "scenario: pyramid-add-approved.json");
        assertThat(app.session().getPolicy().limits().maxRiskPct()).as("Don't Save drops nothing until the quit").isEqualTo(1.5);

        // Save on the scenario: it has no file yet (a sample), so Save asks where, writes, and the quit goes on.
        Path saved = dir.resolve("my-scenario.json");
        dialogs.fileToSave = saved;
        dialogs.answers.put("scenario", SaveChoice.SAVE);
        assertThat(closeRequested(robot)).isTrue();
        assertThat(ScenarioFiles.load(saved).context().proposed().price()).isEqualTo(SAMPLE_PRICE + 10);
    }

    @Test
    void openScenarioAsksAboutAnEditedScenarioFirst(FxRobot robot) throws Exception {
        robot.interact(() -> scenario().priceProperty().set(SAMPLE_PRICE + 10));
        dialogs.fileToOpen = copyOfSample("scenarios/pyramid-too-soon.json");

        dialogs.saveAnswer = SaveChoice.CANCEL;
        shortcut(robot, KeyCode.SHIFT, KeyCode.O);
        assertThat(dialogs.askedToSave).containsExactly("scenario: pyramid-add-approved.json");
        assertThat(dialogs.fileRequests).as("no file asked for").isEmpty();
        assertThat(scenario().priceProperty().get()).isEqualTo(SAMPLE_PRICE + 10);

        dialogs.saveAnswer = SaveChoice.DONT_SAVE;
        shortcut(robot, KeyCode.SHIFT, KeyCode.O);
        assertThat(app.session().getContext()).isEqualTo(ScenarioFiles.load(dialogs.fileToOpen).context());
        assertThat(stage.getTitle()).endsWith("· Scenario: pyramid-too-soon.json");
    }

    @Test
    void resetPositionAsksAboutAnEditedScenario(FxRobot robot) {
        robot.interact(() -> scenario().priceProperty().set(SAMPLE_PRICE + 10));
        Button reset = robot.lookup("#resetButton").queryButton();

        dialogs.saveAnswer = SaveChoice.CANCEL;
        robot.interact(reset::fire);
        assertThat(dialogs.askedToSave).containsExactly("scenario: pyramid-add-approved.json");
        assertThat(scenario().priceProperty().get()).isEqualTo(SAMPLE_PRICE + 10);

        dialogs.saveAnswer = SaveChoice.DONT_SAVE;
        robot.interact(reset::fire);
        assertThat(scenario().priceProperty().get()).isEqualTo(SAMPLE_PRICE);
        assertThat(stage.getTitle()).isEqualTo(START_TITLE);
    }
}
