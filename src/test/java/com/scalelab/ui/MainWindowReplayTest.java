package com.scalelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.Theme;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.DialogService.SaveChoice;
import com.scalelab.ui.replay.HeldBackBars;
import com.scalelab.ui.replay.ReplayController;
import com.scalelab.ui.replay.ReplayFixtures;
import com.scalelab.ui.replay.ReplayViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
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

/**
 * The Replay tab in the assembled main window: a run and its bars opened, the replay shown,
 * a held-back add inspected in the simulator, and the replay following a policy edit.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowReplayTest {
    private ScaleLabApp app;
    private Stage stage;
    private final FakeDialogService dialogs = new FakeDialogService();
    @TempDir
    Path dir;

    /** The first window of a JVM loads fonts and the toolkit: on a loaded machine that takes longer than 10 s. */
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
        app.mainController().replayController().setDialogs(dialogs);
    }

    private ReplayController replay() {
        return app.mainController().replayController();
    }

    private ReplayViewModel vm() {
        return replay().replay();
    }

    /** Waits until a replay for the current policy and settings is shown and nothing is pending. */
    private ReplayResult awaitReplay(int runsBefore) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> vm().completedRuns() > runsBefore && !vm().runningProperty().get() && vm().getResult() != null
                        && vm().resultPolicy() == app.session().getPolicy()));
        WaitForAsyncUtils.waitForFxEvents();
        return vm().getResult();
    }

    private <T> T fx(Supplier<T> s) throws Exception {
        return WaitForAsyncUtils.waitForAsyncFx(5000, s::get);
    }

    private ReplayResult openRun(FxRobot robot) throws Exception {
        ReplayFixtures.writeBars(dir, "wave.csv");
        Path run = ReplayFixtures.writeRun(dir, "wave-run.json", "wave.csv");
        int before = fx(() -> vm().completedRuns());
        dialogs.fileToOpen = run;
        robot.interact(() -> menuItem("Open Run…").fire());
        return awaitReplay(before);
    }

    private javafx.scene.control.MenuItem menuItem(String text) {
        return app.mainController().menuBar().getMenus().stream()
                .filter(m -> m.getText().replace("_", "").equals("Replay"))
                .flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    @Test
    void openingARunShowsTheReplaySummaryHistogramAndTables(FxRobot robot) throws Exception {
        ReplayResult r = openRun(robot);

        assertThat(app.mainController().bottomTabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Replay");
        ReplaySummary s = r.summary();
        assertThat(s.bars()).isEqualTo(ReplayFixtures.BARS);
        assertThat(s.decisions()).isPositive();
        assertThat(s.cycles()).isPositive();
        // the summary figures on screen are the replay's
        Label pnl = robot.lookup("#figure-p-l .figure-value").queryAs(Label.class);
        assertThat(pnl.getText()).isNotBlank().isEqualTo(String.format(java.util.Locale.ROOT, "%,.2f", s.pnl()));
        Label decisions = robot.lookup("#figure-decisions .figure-value").queryAs(Label.class);
        assertThat(decisions.getText()).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", s.decisions()));

        // the histogram has a bar for each held-back reason, counts from the summary
        HeldBackBars bars = replay().heldBackBars();
        assertThat(bars.counts()).isNotEmpty();
        int held = 0;
        for (ReplayViewModel.ReasonCount c : bars.counts()) {
            assertThat(c.decision()).isNotEqualTo(Decision.SCALE);
            assertThat(c.count()).isEqualTo(s.byReason().get(c.reason()));
            held += c.count();
        }
        // every decision is an approval or held back: decisions - approved = held back
        assertThat(held).isEqualTo(s.decisions() - s.approvedEntries());

        // a click on a bar marks exactly that reason's decisions on the chart
        ReasonCode top = bars.counts().get(0).reason();
        robot.clickOn(bars.rowOf(top));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.BitSet marks = replay().charts().highlightedBars();
        assertThat(marks.cardinality()).isEqualTo(s.byReason().get(top));
        for (ReplayDecision d : r.decisions()) {
            assertThat(marks.get(d.bar())).isEqualTo(d.reasonCode() == top);
        }

        // the tables hold every decision and every position
        assertThat(replay().decisionsTable().getItems()).hasSize(s.decisions());
        assertThat(replay().positionsTable().getItems()).hasSize(s.cycles());
        assertThat(replay().document().titleBinding().get()).isEqualTo("Wave uptrend, daily (wave-run.json)");
        // and it is remembered under Open Recent Run
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) menuItem("Open Recent Run");
        assertThat(recent.isDisable()).isFalse();
        assertThat(recent.getItems().get(0).getText()).contains("wave-run.json");
    }

    @Test
    void aHeldBackAddInspectedInTheSimulatorGetsTheReplaysVerdict(FxRobot robot) throws Exception {
        ReplayResult r = openRun(robot);
        int index = -1;
        for (int i = 0; i < r.decisions().size(); i++) {
            ReplayDecision d = r.decisions().get(i);
            if (d.decision() == Decision.SKIP && d.kind() == com.scalelab.engine.replay.ProposalKind.ADD) {
                index = i;
                break;
            }
        }
        assertThat(index).as("a skipped add in the replay").isNotNegative();
        ReplayDecision held = r.decisions().get(index);
        int row = index;
        robot.interact(() -> replay().decisionsTable().scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> cell = robot.lookup(".replay-decisions .table-row-cell")
                .match((TableRow<?> t) -> t.getIndex() == row && t.isVisible()).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        // the simulator judges the same scenario: same verdict and reason as the replay
        ScalingResult shown = app.session().getResult();
        assertThat(shown.decision()).isEqualTo(held.decision());
        assertThat(shown.reasonCode()).isEqualTo(held.reasonCode());
        assertThat(robot.lookup(".badge").queryAs(Label.class).getText()).contains(held.decision().name());
        assertThat(app.mainController().scenarioController().model().scenarioNameProperty().get())
                .isEqualTo("Replay bar " + held.bar() + ", " + held.time().toString().substring(0, 10));
        // and it is the engine's own answer for that scenario
        assertThat(ScalingEngine.evaluate(app.session().getPolicy(), app.session().getContext()).reasonCode())
                .isEqualTo(held.reasonCode());

        // Inspect goes to the decision map; Back to replay returns with that decision selected
        robot.clickOn("#inspectButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.mainController().bottomTabs().getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Decision map & ladder");
        assertThat(robot.lookup("#backToReplayButton").query().isVisible()).isTrue();
        robot.interact(() -> replay().decisionsTable().getSelectionModel().clearSelection());
        robot.clickOn("#backToReplayButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.mainController().bottomTabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Replay");
        assertThat(replay().decisionsTable().getSelectionModel().getSelectedIndex()).isEqualTo(index);
        assertThat(robot.lookup("#backToReplayButton").query().isVisible()).isFalse();

        // a click on the chart at another decision's bar loads that one
        int other = index + 1;
        ReplayDecision next = r.decisions().get(other);
        com.scalelab.ui.replay.chart.PriceChart chart = replay().charts().priceChart();
        robot.interact(() -> replay().charts().showRange(next.bar() - 10, next.bar() + 10));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D at = fx(() -> chart.localToScreen(chart.xOfBar(next.bar()), chart.getHeight() / 2));
        robot.moveTo(at).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> vm().selectedProperty().get())).isEqualTo(other);
        assertThat(app.session().getResult().decision()).isEqualTo(next.decision());
        assertThat(app.session().getResult().reasonCode()).isEqualTo(next.reasonCode());
    }

    @Test
    void thereplayFollowsAPolicyEditInTheBuilder(FxRobot robot) throws Exception {
        ReplayResult before = openRun(robot);
        int runs = fx(() -> vm().completedRuns());
        int maxEntries = app.session().getPolicy().scaling().maxEntries();
        assertThat(before.summary().maxEntriesInACycle()).as("the fixture fills the ladder").isEqualTo(maxEntries);
        // an approved add is in the simulator while the policy is edited
        int approved = -1;
        for (int i = 0; i < before.decisions().size(); i++) {
            if (before.decisions().get(i).reasonCode() == ReasonCode.SCALE_APPROVED) {
                approved = i;
                break;
            }
        }
        int pick = approved;
        robot.interact(() -> replay().decisionsTable().getSelectionModel().clearAndSelect(pick));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().getResult().reasonCode()).isEqualTo(ReasonCode.SCALE_APPROVED);
        int bar = before.decisions().get(pick).bar();

        // one entry a position: every add is held back by MAX_ENTRIES_REACHED
        TextField input = app.mainController().policyController().rows().get("scaling.maxEntries").input();
        robot.interact(() -> app.mainController().policyController().focusField("scaling.maxEntries"));
        robot.clickOn(input);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("1");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().getPolicy().scaling().maxEntries()).isEqualTo(1);

        ReplayResult after = awaitReplay(runs);
        assertThat(after.summary().maxEntriesInACycle()).isEqualTo(1);
        assertThat(after.summary().byReason().get(ReasonCode.SCALE_APPROVED)).isZero();
        assertThat(after.summary().byReason().get(ReasonCode.MAX_ENTRIES_REACHED)).isPositive();
        Label entries = robot.lookup("#figure-max-entries .figure-value").queryAs(Label.class);
        assertThat(entries.getText()).isEqualTo("1");
        // the moment in the simulator follows: the new replay's decision at that bar, judged again
        int now = fx(() -> vm().indexAtBar(bar));
        assertThat(now).isNotNegative();
        ReplayDecision there = after.decisions().get(now);
        assertThat(there.reasonCode()).isEqualTo(ReasonCode.MAX_ENTRIES_REACHED);
        assertThat(fx(() -> app.session().getResult().reasonCode())).isEqualTo(there.reasonCode());
    }

    @Test
    void anEditedRunIsMarkedAndAskedAboutBeforeItIsDropped(FxRobot robot) throws Exception {
        ReplayResult first = openRun(robot);
        int runs = fx(() -> vm().completedRuns());
        TextField stop = robot.lookup("#stopAtrField").queryAs(TextField.class);
        robot.clickOn(stop);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("1.5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(replay().run().isDirty()).isTrue();
        assertThat(replay().document().titleBinding().get()).startsWith("*");
        // the replay follows the settings too: a tighter stop
        ReplayResult tighter = awaitReplay(runs);
        assertThat(tighter).isNotSameAs(first);
        assertThat(tighter.summary()).isNotEqualTo(first.summary());

        // opening another run asks first; Cancel keeps the edit
        Path other = ReplayFixtures.writeRun(dir, "other.json", "wave.csv");
        dialogs.fileToOpen = other;
        dialogs.saveAnswer = SaveChoice.CANCEL;
        robot.interact(() -> menuItem("Open Run…").fire());
        assertThat(dialogs.unsavedAsked()).isEqualTo(1);
        assertThat(stop.getText()).isEqualTo("1.5");

        // Save writes the run; the "*" goes
        dialogs.saveAnswer = SaveChoice.SAVE;
        robot.interact(() -> menuItem("Open Run…").fire());
        assertThat(dialogs.unsavedAsked()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("wave-run.json"))).contains("\"atr\": 1.5");
        assertThat(replay().document().titleBinding().get()).isEqualTo("Wave uptrend, daily (other.json)");
        assertThat(stop.getText()).isEqualTo("3");
    }

    @Test
    void oneClickOnASampleRunShowsItsReplayWithItsPolicy(FxRobot robot) throws Exception {
        String name = "trend-pyramid-conservative-usdchf-daily.json";
        int before = fx(() -> vm().completedRuns());
        javafx.scene.control.Menu samples = (javafx.scene.control.Menu) menuItem("Open Sample Run");
        javafx.scene.control.MenuItem item = samples.getItems().stream().filter(i -> name.equals(i.getText()))
                .findFirst().orElseThrow();
        robot.interact(item::fire);
        ReplayResult r = awaitReplay(before);

        assertThat(r.summary().decisions()).isPositive();
        assertThat(r.summary().cycles()).isPositive();
        assertThat(replay().heldBackBars().counts()).isNotEmpty();
        assertThat(replay().charts().priceChart().getLastVisibleBar()).isPositive();
        assertThat(app.session().getPolicy().name()).isEqualTo("Trend pyramid (conservative)");
        assertThat(replay().document().titleBinding().get()).endsWith("(" + name + ")");
        shootBothThemes(robot, "replay-sample");
    }

    @Test
    void exportedJsonLinesAreWhatTheCommandLinePrintsAndTheCsvHasEveryDecision(FxRobot robot) throws Exception {
        // the run's own policy replayed, so the command line (which uses the run's inline policy) agrees
        String name = "trend-pyramid-conservative-usdchf-daily.json";
        int before = fx(() -> vm().completedRuns());
        robot.interact(() -> replay().openSample(name));
        ReplayResult r = awaitReplay(before);

        Path jsonl = dir.resolve("decisions.jsonl");
        dialogs.fileToSave = jsonl;
        robot.interact(() -> menuItem("Export Decisions as JSON Lines…").fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(jsonl)
                && !fx(() -> replay().exports().exportingProperty().get()));
        java.io.StringWriter out = new java.io.StringWriter();
        int code = com.scalelab.cli.ScaleLabCommand.run(new String[] {"replay",
                com.scalelab.ui.app.SampleLibrary.runPath(name).toString()}, new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(code).isZero();
        assertThat(Files.readString(jsonl)).isEqualTo(out.toString());

        Path csv = dir.resolve("decisions.csv");
        dialogs.fileToSave = csv;
        robot.interact(() -> menuItem("Export Decisions as CSV…").fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv)
                && !fx(() -> replay().exports().exportingProperty().get()));
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(r.summary().decisions() + 1);
        assertThat(rows.get(0)).startsWith("bar,time,kind,price");

        Path png = dir.resolve("chart.png");
        dialogs.fileToSave = png;
        robot.interact(() -> menuItem("Export Chart as PNG…").fire());
        javafx.scene.image.Image image = new javafx.scene.image.Image(png.toUri().toString());
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(image.getHeight()).isGreaterThan(200);
        assertThat(fx(() -> replay().exports().statusProperty().get())).isEqualTo("Saved chart.png");
    }

    @Test
    void aDroppedRunOrBarFileOpensAsWhatItIs(FxRobot robot) throws Exception {
        Path bars = ReplayFixtures.writeBars(dir, "wave.csv");
        Path run = ReplayFixtures.writeRun(dir, "wave-run.json", "wave.csv");
        int before = fx(() -> vm().completedRuns());
        assertThat(fx(() -> replay().openDropped(run))).isTrue();
        awaitReplay(before);
        assertThat(replay().document().titleBinding().get()).isEqualTo("Wave uptrend, daily (wave-run.json)");

        Path other = Files.copy(bars, dir.resolve("copy.csv"));
        before = fx(() -> vm().completedRuns());
        assertThat(fx(() -> replay().openDropped(other))).isTrue();
        awaitReplay(before);
        assertThat(replay().document().barsFileProperty().get().getFileName().toString()).isEqualTo("copy.csv");
        assertThat(replay().run().getSettings().bars()).isEqualTo("copy.csv");
        assertThat(replay().run().isDirty()).isTrue();
    }

    /** 100,000 decisions: the table holds them all but makes only the rows on screen. */
    @Test
    void aHundredThousandDecisionsScrollInTheVirtualisedTable(FxRobot robot) throws Exception {
        // EVERY_BAR with ATR 14: warm-up 13, then one proposal a bar except at an exit's bar
        int n = 101_000;
        StringBuilder csv = new StringBuilder("time,open,high,low,close\n");
        long t0 = 1_600_000_000L;
        for (int t = 0; t < n; t++) {
            double c = 100 + 10 * Math.sin(t / 50.0);
            csv.append(t0 + 60L * t).append(',').append(c).append(',').append(c + 0.5).append(',')
                    .append(c - 0.5).append(',').append(c).append('\n');
        }
        Path bars = dir.resolve("minutes.csv");
        Files.writeString(bars, csv);
        robot.interact(() -> replay().run().openRuleProperty().set(com.scalelab.engine.replay.OpenRule.EVERY_BAR));
        int before = fx(() -> vm().completedRuns());
        robot.interact(() -> replay().document().openBars(bars));
        ReplayResult r = awaitReplay(before);

        assertThat(r.summary().decisions()).isGreaterThanOrEqualTo(100_000);
        assertThat(replay().decisionsTable().getItems()).hasSize(r.summary().decisions());
        int last = r.summary().decisions() - 1;
        robot.interact(() -> replay().decisionsTable().scrollTo(last));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".replay-decisions .table-row-cell").queryAll()).hasSizeLessThan(100);
        TableRow<?> shown = robot.lookup(".replay-decisions .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == last).query();
        assertThat(((ReplayDecision) shown.getItem()).bar()).isEqualTo(r.decisions().get(last).bar());
    }

    private void shootBothThemes(FxRobot robot, String name) {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> app.mainController().applyTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> replay().maximiseButton().setSelected(true));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the canvases draw at the next pulse
            robot.interact(() -> Screenshots.save(stage.getScene(), name + "-" + theme.name().toLowerCase() + ".png"));
            robot.interact(() -> replay().maximiseButton().setSelected(false));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            robot.interact(() -> Screenshots.save(stage.getScene(), name + "-window-" + theme.name().toLowerCase() + ".png"));
        }
        robot.interact(() -> app.mainController().applyTheme(Theme.LIGHT));
    }

    @Test
    void screenshotsOfTheReplayInBothThemes(FxRobot robot) throws Exception {
        openRun(robot);
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> app.mainController().applyTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> Screenshots.save(stage.getScene(), "replay-" + theme.name().toLowerCase() + ".png"));
            robot.interact(() -> replay().maximiseButton().setSelected(true));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> Screenshots.save(stage.getScene(), "replay-maximised-" + theme.name().toLowerCase() + ".png"));
            robot.interact(() -> replay().maximiseButton().setSelected(false));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> app.mainController().applyTheme(Theme.LIGHT));
    }
}
