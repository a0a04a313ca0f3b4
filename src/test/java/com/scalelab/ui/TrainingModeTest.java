package com.scalelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.audit.Rfc4180Reader;
import com.scalelab.cli.ScaleLabCommand;
import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingResult;
import com.scalelab.io.Course;
import com.scalelab.io.CourseFiles;
import com.scalelab.io.Expectation;
import com.scalelab.io.Lesson;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import com.scalelab.training.Drill;
import com.scalelab.ui.app.DialogService.SaveChoice;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.training.DrillController;
import com.scalelab.ui.training.TrainingMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
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
 * Training mode in the main window (issue 11), driven by the keyboard as a trainee would: the
 * beginner course played through with right and wrong answers and a hint, the score, the per-rule
 * summary and the results CSV; the lock on the builder and sliders; Escape back to the simulator;
 * Save as Exercise, checked through the command line, and added to a course.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingModeTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private final long[] clock = {0};
    private ScaleLabApp app;
    private Stage stage;
    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void patientSetUp() {
        // The main window with its map takes a while to open on a loaded machine; 30 s was not always enough.
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @Start
    void start(Stage stage) {
        LabPreferences.fromSystemProperty().clear();
        this.stage = stage;
        app = new ScaleLabApp(dialogs);
        app.start(stage);
        app.mainController().training().setClock(() -> clock[0]);
    }

    private TrainingMode training() {
        return app.mainController().training();
    }

    private DrillController drillView() {
        return training().drill();
    }

    private Drill drill() {
        return drillView().drill();
    }

    private void keys(FxRobot robot, KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.type(k);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void startBeginner(FxRobot robot) {
        // Training > Start Beginner Course, by its accelerator: keyboard only
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(training().isActive()).isTrue();
    }

    private static KeyCode key(Decision d) {
        return switch (d) {
            case SCALE -> KeyCode.S;
            case SKIP -> KeyCode.K;
            case BLOCK -> KeyCode.B;
        };
    }

    /** Answers by key: the decision, then (when asked) the reason by arrow presses and Enter. */
    private void answer(FxRobot robot, Decision d, ReasonCode reason) {
        keys(robot, key(d));
        if (drill().asksReason()) {
            List<ReasonCode> offered = List.of(ReasonCode.values()).stream().filter(c -> c.decision() == d).toList();
            for (int i = 0; i < offered.indexOf(reason); i++) {
                keys(robot, KeyCode.DOWN);
            }
            keys(robot, KeyCode.ENTER);
        }
    }

    private boolean locked() {
        return training().lockedNodes().stream().allMatch(Node::isDisabled)
                && training().lockedMenus().stream().allMatch(Menu::isDisable);
    }

    private void shoot(FxRobot robot, String name) {
        robot.interact(() -> Screenshots.save(stage.getScene(), name));
    }

    @Test
    void aTraineePlaysTheBeginnerCourseByKeyboardAndGetsTheScoreThePerRuleSummaryAndTheCsv(FxRobot robot)
            throws Exception {
        startBeginner(robot);
        assertThat(drill().size()).isEqualTo(17);
        for (int i = 0; i < 17; i++) {
            assertThat(drill().index()).isEqualTo(i);
            assertThat(drill().stage()).isEqualTo(Drill.Stage.QUESTION);
            assertThat(locked()).as("builder and sliders locked during question " + i).isTrue();
            // the oracle: the verdict the exercise's author wrote in its file
            Expectation expected = drill().lesson().scenario().expect();
            // the situation is shown without its verdict: the scenario's name states the answer
            String shown = String.join("\n", drillView().situationBox().getChildren().stream()
                    .map(n -> ((Label) n).getText()).toList());
            assertThat(shown).doesNotContain(drill().lesson().scenario().name()).doesNotContain(expected.reasonCode().name());
            clock[0] += 1500;
            if (i == 1) {
                answer(robot, Decision.BLOCK, null); // wrong: a first entry from flat is SCALE
            } else if (i == 2) {
                keys(robot, KeyCode.H);
                answer(robot, expected.decision(), expected.reasonCode()); // right, with the hint
            } else if (i == 7) {
                shoot(robot, "training-question");
                answer(robot, Decision.BLOCK, ReasonCode.INVALID_INPUT); // right decision, wrong reason
                shoot(robot, "training-reveal");
            } else {
                answer(robot, expected.decision(), expected.reasonCode());
            }
            assertThat(drill().stage()).isEqualTo(Drill.Stage.REVEAL);
            boolean right = i != 1 && i != 7;
            assertThat(drillView().judgementLabel().getText()).startsWith(right ? "Right: " : "Wrong: ");
            if (i == 7) {
                assertThat(drillView().judgementLabel().getText()).isEqualTo("Wrong: you answered BLOCK, INVALID_INPUT;"
                        + " the engine says BLOCK, RISK_BUDGET_EXCEEDED.");
                Node deciding = drillView().traceBox().lookup("#trace-RISK_BUDGET_EXCEEDED");
                assertThat(deciding.getPseudoClassStates()).extracting(Object::toString).contains("deciding");
            }
            keys(robot, KeyCode.ENTER);
        }
        assertThat(drill().stage()).isEqualTo(Drill.Stage.FINISHED);
        // 15 right: 14 x 10 points, plus 10 - 5 for the one with the hint = 145 of 17 x 10 = 170
        assertThat(drillView().summaryLabel().getText()).isEqualTo("Score 145 of 170 · 15 of 17 right · 1 hint");
        List<String> rules = drillView().ruleBox().getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertThat(rules).hasSize(17)
                .contains("0 of 1 on first entries  (INITIAL_ENTRY)", "0 of 1 on risk budget  (RISK_BUDGET_EXCEEDED)",
                        "1 of 1 on scaling off  (SCALING_DISABLED)", "1 of 1 on spacing  (PRICE_SPACING_OUT_OF_RANGE)");
        shoot(robot, "training-summary");

        Path csv = dir.resolve("anna.csv");
        dialogs.fileToSave = csv;
        keys(robot, KeyCode.E);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv));
        List<List<String>> rows = Rfc4180Reader.parse(Files.readString(csv));
        assertThat(rows).hasSize(18);
        assertThat(rows.get(2)).containsExactly("first-entry-from-flat.json", "SCALE", "INITIAL_ENTRY", "BLOCK", "",
                "false", "0", "1.5");
        assertThat(rows.get(3)).containsExactly("legacy-strategy-never-adds.json", "BLOCK", "SCALING_DISABLED", "BLOCK",
                "", "true", "1", "1.5");
        assertThat(rows.get(8)).containsExactly("crypto-dca-fourth-buy-over-risk-budget.json", "BLOCK",
                "RISK_BUDGET_EXCEEDED", "BLOCK", "INVALID_INPUT", "false", "0", "1.5");
        assertThat(rows.subList(1, 18)).extracting(r -> r.get(5)).filteredOn("true"::equals).hasSize(15);

        keys(robot, KeyCode.ESCAPE);
        assertThat(training().isActive()).isFalse();
        assertThat(locked()).isFalse();
        assertThat(app.mainController().scenarioDocument().state().getOrigin()).isEqualTo("proposed-price-negative.json");
    }

    @Test
    void escapeDuringAQuestionGoesBackToTheSimulatorWithThatExerciseAskingAboutUnsavedEdits(FxRobot robot) {
        robot.interact(() -> app.mainController().scenarioController().model().priceProperty().set(5130));
        startBeginner(robot);
        assertThat(locked()).isTrue();
        keys(robot, KeyCode.S, KeyCode.ENTER); // exercise 1 right, on to exercise 2
        assertThat(drill().index()).isEqualTo(1);
        assertThat(locked()).isTrue();

        dialogs.saveAnswer = SaveChoice.DONT_SAVE;
        keys(robot, KeyCode.ESCAPE);
        assertThat(dialogs.askedToSave).containsExactly("scenario: pyramid-add-approved.json");
        assertThat(training().isActive()).isFalse();
        assertThat(locked()).isFalse();
        assertThat(app.mainController().scenarioDocument().state().getOrigin()).isEqualTo("first-entry-from-flat.json");
        assertThat(app.session().getResult().reasonCode()).isEqualTo(ReasonCode.INITIAL_ENTRY);
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        int code = ScaleLabCommand.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(code).as("exit code").isZero();
        return out.toString();
    }

    @Test
    void saveAsExerciseGivesTheSameVerdictMetThroughTheCliAndJoinsACourse(FxRobot robot) throws Exception {
        // A situation built in the simulator: the sample add moved to 5085, 0.625 ATR above the last entry
        robot.interact(() -> app.mainController().scenarioController().model().priceProperty().set(5085));
        ScalingResult onScreen = app.session().getResult();
        assertThat(onScreen.reasonCode()).isEqualTo(ReasonCode.PRICE_SPACING_OUT_OF_RANGE);

        Path exercise = dir.resolve("too-close.json");
        Path courseFile = dir.resolve("my-course.json");
        Files.writeString(courseFile, "{ \"schemaVersion\": 1, \"title\": \"Desk course\", \"lessons\": [ { \"scenario\": \""
                + Path.of("sample-policies/scenarios/pyramid-too-soon.json").toAbsolutePath() + "\", \"ask\": \"DECISION\" } ] }\n");
        dialogs.fileToSave = exercise;
        dialogs.confirmAnswer = true;
        dialogs.fileToOpen = courseFile;
        dialogs.textAnswers.add("Spacing is measured in ATR from the last entry.");
        dialogs.textAnswers.add("Divide the distance by the ATR.");
        robot.clickOn("Scenario").clickOn("Save as Exercise…");
        WaitForAsyncUtils.waitForFxEvents();

        Scenario saved = ScenarioFiles.load(exercise);
        assertThat(saved.expect()).isEqualTo(new Expectation(Decision.SKIP, ReasonCode.PRICE_SPACING_OUT_OF_RANGE));
        assertThat(saved.inlinePolicy()).isEqualTo(app.session().getPolicy());
        String line = cli("evaluate", exercise.toString());
        assertThat(line).contains("\"decision\":\"SKIP\"", "\"reasonCode\":\"PRICE_SPACING_OUT_OF_RANGE\"",
                "\"expectation\":\"MET\"");

        Course course = CourseFiles.load(courseFile);
        assertThat(course.lessons()).hasSize(2);
        Lesson added = course.lessons().get(1);
        assertThat(added.scenarioPath()).isEqualTo("too-close.json");
        assertThat(added.text()).isEqualTo("Spacing is measured in ATR from the last entry.");
        assertThat(added.hint()).isEqualTo("Divide the distance by the ATR.");
        assertThat(dialogs.infosShown).last().asString().contains("as lesson 2");

        // and the trainer runs it: the new exercise is the course's second question
        robot.interact(() -> training().start(courseFile));
        keys(robot, KeyCode.K, KeyCode.ENTER);
        assertThat(drill().lesson().fileName()).isEqualTo("too-close.json");
        keys(robot, KeyCode.K, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        // SKIP reasons in order: MIN_TIME, MIN_BARS, SIGNAL, STRUCTURE, SPACING: four downs reach spacing
        assertThat(drill().lastResult().right()).isTrue();
    }

    @Test
    void aRefusedCourseIsShownWithItsLineAndField(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"schemaVersion\": 1, \"title\": \"T\",\n  \"lessons\": [ { \"scenario\": \"gone.json\","
                + " \"ask\": \"DECISION\" } ] }\n");
        dialogs.fileToOpen = bad;
        robot.clickOn("Training").clickOn("Open Course…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(training().isActive()).isFalse();
        assertThat(dialogs.lastProblems()).singleElement().asString()
                .startsWith(bad + ":2:30: lessons[0].scenario: no such scenario file 'gone.json'");
    }

    @Test
    void aTrainerOpeningSeveralResultFilesSeesTheClasssWeakRules(FxRobot robot) throws Exception {
        String header = "exercise,expected,expected_reason,answered,answered_reason,right,hints,time_taken_s\r\n";
        Path anna = dir.resolve("anna.csv");
        Path ben = dir.resolve("ben.csv");
        Files.writeString(anna, header + "a.json,SKIP,PRICE_SPACING_OUT_OF_RANGE,BLOCK,,false,0,3.0\r\n"
                + "b.json,SKIP,MIN_TIME_NOT_ELAPSED,SKIP,,true,0,2.0\r\n");
        Files.writeString(ben, header + "a.json,SKIP,PRICE_SPACING_OUT_OF_RANGE,SKIP,,true,1,9.5\r\n"
                + "c.json,SKIP,PRICE_SPACING_OUT_OF_RANGE,SCALE,,false,0,4.0\r\n");
        dialogs.filesToOpen = List.of(anna, ben);
        robot.clickOn("Training").clickOn("Class Results…");
        WaitForAsyncUtils.waitForFxEvents();
        // spacing: 1 of 3 right (33%) across both; time: 1 of 1 (100%)
        assertThat(dialogs.infosShown).singleElement().asString()
                .contains("2 trainees, weakest rule first:")
                .contains("⚠ spacing (PRICE_SPACING_OUT_OF_RANGE): 1 of 3 right (33%), 2 trainees")
                .contains("  time between entries (MIN_TIME_NOT_ELAPSED): 1 of 1 right (100%), 1 trainee")
                .endsWith("Teach again: spacing.");
    }
}
