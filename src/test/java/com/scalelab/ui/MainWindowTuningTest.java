package com.scalelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.tuning.SweepCell;
import com.scalelab.engine.tuning.SweepGrid;
import com.scalelab.engine.tuning.TuningField;
import com.scalelab.engine.tuning.VerdictDiff;
import com.scalelab.io.PolicyFiles;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.replay.ReplayViewModel;
import com.scalelab.ui.tuning.CompareView;
import com.scalelab.ui.tuning.SweepHeatMap;
import com.scalelab.ui.tuning.SweepView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sweep and Compare tabs in the assembled window, on the ES 15-minute sample run: a sweep
 * fills the map, a click on a cell is one undoable edit, a click on an invalid one changes
 * nothing; the policy against itself differs nowhere, a loosened copy shows its fields and a new SCALE.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTuningTest {
    static final String RUN = "trend-pyramid-aggressive-es-15min.json";
    private ScaleLabApp app;
    private Stage stage;
    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void patientSetup() {
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) {
        LabPreferences.fromSystemProperty().clear();
        new LabPreferences(System.getProperty(LabPreferences.NODE_PROPERTY, "scalelab") + "/replay-runs").clear();
        this.stage = stage;
        app = new ScaleLabApp(new FakeDialogService());
        app.start(stage);
        stage.setWidth(1400);
        stage.setHeight(950);
        app.mainController().replayController().setDialogs(new FakeDialogService());
    }

    private <T> T fx(Supplier<T> s) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5000, s::get);
    }

    private void openSampleRun(FxRobot robot) throws Exception {
        ReplayViewModel vm = app.mainController().replayController().replay();
        robot.interact(() -> app.mainController().replayController().openSample(RUN));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> vm.getResult() != null && !vm.runningProperty().get() && vm.resultPolicy() == app.session().getPolicy()));
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> app.mainController().replayController().maximiseButton().setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Tab t : app.mainController().bottomTabs().getTabs()) {
                if (id.equals(t.getId())) {
                    app.mainController().bottomTabs().getSelectionModel().select(t);
                }
            }
            // more room for the tab in the screenshots: the divider as a user would drag it up
            ((javafx.scene.control.SplitPane) stage.getScene().lookup("#verticalSplit")).setDividerPositions(0.22);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SweepGrid runSweep(FxRobot robot, SweepView view) throws Exception {
        robot.interact(() -> assertThat(view.viewModel().run()).as(view.viewModel().statusProperty().get()).isTrue());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> view.viewModel().getGrid() != null && !view.viewModel().runningProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> view.viewModel().getGrid());
    }

    /** The map's own hover and click handlers at a cell's centre (the headless robot's pointer does not reach the canvas). */
    private void hover(FxRobot robot, SweepHeatMap map, int x, int y) {
        robot.interact(() -> {
            double[] c = map.centreOf(x, y);
            map.hover(c[0], c[1]);
        });
    }

    private void click(FxRobot robot, SweepHeatMap map, int x, int y) {
        robot.interact(() -> {
            double[] c = map.centreOf(x, y);
            map.click(c[0], c[1]);
        });
    }

    @Test
    void aSweepFillsTheMapAndAClickedCellIsOneUndoableEdit(FxRobot robot) throws Exception {
        openSampleRun(robot);
        ScalingPolicy before = fx(() -> app.session().getPolicy());
        select(robot, "sweepTab");
        SweepView view = app.mainController().sweepTab().view();
        SweepGrid g = runSweep(robot, view);
        // defaults for min spacing and max entries: 0.5..3 in 6 steps by 2..8 in 7 steps
        assertThat(g.cells()).hasSize(42);
        assertThat(g.cells()).allMatch(SweepCell::isValid);

        SweepHeatMap map = view.heatMap();
        hover(robot, map, 3, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(map::hoverText)).contains("qualification.minSpacingAtr = 2").contains("scaling.maxEntries = 4")
                .contains("P&L").contains("Max drawdown").contains("held back");
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        robot.interact(() -> Screenshots.save(stage.getScene(), "sweep-light.png"));
        robot.interact(() -> app.mainController().applyTheme(com.scalelab.ui.app.Theme.DARK));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        robot.interact(() -> Screenshots.save(stage.getScene(), "sweep-dark.png"));
        robot.interact(() -> app.mainController().applyTheme(com.scalelab.ui.app.Theme.LIGHT));

        click(robot, map, 3, 2);
        WaitForAsyncUtils.waitForFxEvents();
        // x = 3: 0.5 + 3 * 0.5 = 2.0 ATR; y = 2: 2 + 2 = 4 entries
        assertThat(fx(() -> app.session().getPolicy().qualification().minSpacingAtr())).isEqualTo(2.0);
        assertThat(fx(() -> app.session().getPolicy().scaling().maxEntries())).isEqualTo(4);

        robot.interact(() -> app.mainController().policyController().viewModel().undo());
        assertThat(fx(() -> app.session().getPolicy())).isEqualTo(before);
        assertThat(fx(() -> app.mainController().policyController().viewModel().canUndoProperty().get())).isFalse();

        // min spacing against max spacing 1..3: min 3 over max 1 is refused by the rules
        robot.interact(() -> {
            view.viewModel().yFieldProperty().set(TuningField.MAX_SPACING_ATR);
            view.viewModel().yFromProperty().set("1");
            view.viewModel().yToProperty().set("3");
            view.viewModel().yStepsProperty().set("3");
        });
        SweepGrid g2 = runSweep(robot, view);
        assertThat(g2.cell(5, 0).isValid()).isFalse();
        hover(robot, map, 5, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(map::hoverText)).contains("invalid");
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        robot.interact(() -> Screenshots.save(stage.getScene(), "sweep-invalid-light.png"));
        click(robot, map, 5, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> app.session().getPolicy())).isEqualTo(before);
        assertThat(fx(() -> app.mainController().policyController().viewModel().canUndoProperty().get())).isFalse();

        Path csv = dir.resolve("sweep.csv");
        robot.interact(() -> view.writeCsv(csv));
        assertThat(java.nio.file.Files.readAllLines(csv)).hasSize(1 + 18); // header + 6 x 3 cells
        Path png = dir.resolve("sweep.png");
        robot.interact(() -> view.writePng(png));
        byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(png), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G'); // the PNG signature
    }

    @Test
    void theComparisonOfAPolicyWithItselfIsEmptyAndALoosenedCopyShowsANewScale(FxRobot robot) throws Exception {
        openSampleRun(robot);
        select(robot, "compareTab");
        CompareView view = app.mainController().compareView();
        // B = the saved version of the policy being edited: the same policy
        robot.interact(view::compare);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> view.result() != null));
        assertThat(fx(() -> view.result().isSame())).isTrue();
        assertThat(fx(() -> view.fieldsTable().getItems().isEmpty() && view.scenariosTable().getItems().isEmpty()
                && view.barsTable().getItems().isEmpty())).isTrue();
        assertThat(fx(view::statusText)).startsWith("No differences");

        ScalingPolicy a = fx(() -> app.session().getPolicy());
        ScalingPolicy b = TuningField.MIN_SPACING_ATR.applyTo(a, 0.1);
        b = TuningField.MIN_BARS_BETWEEN.applyTo(b, 0);
        b = TuningField.MIN_MINUTES_BETWEEN.applyTo(b, 0);
        b = TuningField.MIN_SIGNAL_QUALITY.applyTo(b, 0);
        b = TuningField.MAX_ENTRIES.applyTo(b, a.scaling().maxEntries() + 4);
        Path bFile = dir.resolve("loosened.json");
        PolicyFiles.save(b, bFile);
        PolicyComparisonRef first = new PolicyComparisonRef(fx(view::result));
        robot.interact(() -> view.useFile(false, bFile));
        robot.interact(view::compare);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> view.result() != first.value()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> view.fieldsTable().getItems().stream().map(f -> f.path()).toList()))
                .contains("qualification.minSpacingAtr", "scaling.maxEntries");
        assertThat(fx(() -> view.scenariosTable().getItems().stream().anyMatch(VerdictDiff.ScenarioDifference::isNewScale)
                || view.barsTable().getItems().stream().anyMatch(VerdictDiff.BarDifference::isNewScale))).isTrue();
        assertThat(fx(view::statusText)).contains("where A did not");
        // the differing bars are what the replay chart highlights
        assertThat(fx(() -> app.mainController().replayController().charts().highlightedBars()))
                .isEqualTo(fx(() -> view.result().differingBars()));
        robot.interact(() -> view.barsTable().getSelectionModel().select(0));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        robot.interact(() -> Screenshots.save(stage.getScene(), "compare-light.png"));

        // inspecting under A keeps the policy being edited; the simulator gets the bar's scenario
        robot.interact(() -> view.inspectSelected(true));
        assertThat(fx(() -> app.session().getPolicy())).isEqualTo(a);
        assertThat(fx(() -> app.mainController().bottomTabs().getSelectionModel().getSelectedItem().getId()))
                .isNotEqualTo("compareTab");
    }

    private record PolicyComparisonRef(Object value) {
    }
}
