package com.scalelab.ui.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplayWalk;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.tuning.SweepCell;
import com.scalelab.engine.tuning.SweepGrid;
import com.scalelab.engine.tuning.TuningField;
import com.scalelab.io.BarFiles;
import com.scalelab.io.RunFile;
import com.scalelab.io.RunFiles;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.SameThreadTaskExecutor;
import com.scalelab.ui.app.SampleLibrary;
import com.scalelab.ui.policy.PolicyViewModel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Sweep view's model without a toolkit, on the sample ES 15-minute pyramid run (3,000 bars). */
class SweepViewModelTest {
    static final Path RUN = Path.of("sample-policies/runs/trend-pyramid-aggressive-es-15min.json");

    private RunFile runFile;
    private BarSeries bars;
    private LabSession session;
    private PolicyViewModel policy;
    private final AtomicReference<RunSettings> run = new AtomicReference<>();
    private SweepViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        runFile = RunFiles.load(RUN);
        bars = BarFiles.load(runFile.barsPath(), runFile.settings());
        run.set(runFile.settings());
        session = new LabSession(runFile.inlinePolicy(), SampleLibrary.builtInContext());
        policy = new PolicyViewModel(session);
        vm = new SweepViewModel(() -> new SweepViewModel.Inputs(session.getPolicy(), run.get(), bars),
                (p, r) -> {
                    if (p != null) {
                        policy.applyEdit(p);
                    }
                    if (r != null) {
                        run.set(r);
                    }
                }, new SameThreadTaskExecutor());
    }

    @Test
    void aSweepOnTheSampleRunFillsTheGridAndOutlinesThePolicyInForce() {
        // defaults: min spacing 0.5..3 in 6 steps (0.5 apart), max entries 2..8 in 7 steps
        assertThat(vm.run()).isTrue();
        SweepGrid g = vm.getGrid();
        assertThat(g.cells()).hasSize(6 * 7);
        assertThat(g.xAxis().values()).containsExactly(0.5, 1.0, 1.5, 2.0, 2.5, 3.0);
        assertThat(g.yAxis().values()).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(g.cells()).allMatch(SweepCell::isValid);
        // the sample policy: minSpacingAtr 0.5 (x = 0), maxEntries 6 (y = 4)
        assertThat(vm.currentPosition()).containsExactly(0, 4);
        // oracle: the full replay walk of that cell's policy, not the sweep's summary path
        SweepCell c = g.cell(3, 2);
        ScalingPolicy p = TuningField.MAX_ENTRIES.applyTo(TuningField.MIN_SPACING_ATR.applyTo(runFile.inlinePolicy(), 2.0), 4);
        var walk = ReplayWalk.run(p, runFile.settings(), bars, ReplayProgress.NONE).summary();
        assertThat(c.pnl()).isEqualTo(walk.pnl());
        assertThat(c.approvedEntries()).isEqualTo(walk.approvedEntries());
        assertThat(vm.statusProperty().get()).contains("42 cells (0 invalid)");
    }

    @Test
    void clickingACellSetsBothPolicyFieldsAndOneUndoRestoresBoth() {
        vm.run();
        assertThat(vm.pick(3, 2)).isTrue(); // min spacing 0.5 + 3 * 0.5 = 2.0, max entries 2 + 2 = 4
        assertThat(session.getPolicy().qualification().minSpacingAtr()).isEqualTo(2.0);
        assertThat(session.getPolicy().scaling().maxEntries()).isEqualTo(4);
        assertThat(policy.minSpacingAtrProperty().get()).isEqualTo("2");
        assertThat(vm.currentPosition()).containsExactly(3, 2);

        policy.undo();
        assertThat(session.getPolicy().qualification().minSpacingAtr()).isEqualTo(0.5);
        assertThat(session.getPolicy().scaling().maxEntries()).isEqualTo(6);
        assertThat(session.getPolicy()).isEqualTo(runFile.inlinePolicy());
        assertThat(policy.canUndoProperty().get()).isFalse();
    }

    @Test
    void anInvalidCellIsMarkedAndAClickOnItChangesNothing() {
        vm.xFieldProperty().set(TuningField.MIN_SPACING_ATR);
        vm.yFieldProperty().set(TuningField.MAX_SPACING_ATR);
        vm.yFromProperty().set("1");
        vm.yToProperty().set("3");
        vm.yStepsProperty().set("3");
        vm.run();
        SweepCell c = vm.getGrid().cell(5, 0); // min spacing 3.0 over max spacing 1.0: the rules refuse it
        assertThat(c.isValid()).isFalse();
        assertThat(SweepText.cell(c, TuningField.MIN_SPACING_ATR, TuningField.MAX_SPACING_ATR)).contains("invalid");

        assertThat(vm.pick(5, 0)).isFalse();
        assertThat(session.getPolicy()).isEqualTo(runFile.inlinePolicy());
        assertThat(policy.canUndoProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("invalid").contains("nothing changed");
    }

    @Test
    void aRunFieldGoesIntoTheRunAndAPolicyFieldIntoThePolicy() {
        vm.xFieldProperty().set(TuningField.STOP_ATR);
        vm.xFromProperty().set("1");
        vm.xToProperty().set("4");
        vm.xStepsProperty().set("4");
        vm.run();
        assertThat(vm.pick(2, 1)).isTrue(); // stop 1 + 2 * 1 = 3 ATR, max entries 3
        assertThat(run.get().stopAtr()).isEqualTo(3.0);
        assertThat(session.getPolicy().scaling().maxEntries()).isEqualTo(3);
        assertThat(session.getPolicy().qualification()).isEqualTo(runFile.inlinePolicy().qualification());
    }

    @Test
    void badRangesAndTwiceTheSameFieldAreRefusedWithAReason() {
        vm.xStepsProperty().set("zero");
        assertThat(vm.run()).isFalse();
        assertThat(vm.statusProperty().get()).contains("steps a whole number");
        vm.xStepsProperty().set("6");
        vm.yFieldProperty().set(TuningField.MIN_SPACING_ATR);
        assertThat(vm.run()).isFalse();
        assertThat(vm.getGrid()).isNull();
    }

    @Test
    void aCancelledSweepKeepsNoGrid() {
        SameThreadTaskExecutor deferred = SameThreadTaskExecutor.deferred();
        vm.setTaskExecutor(deferred);
        vm.run();
        assertThat(vm.runningProperty().get()).isTrue();
        vm.cancel();
        deferred.runPending();
        assertThat(vm.getGrid()).isNull();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("cancelled");
    }
}
