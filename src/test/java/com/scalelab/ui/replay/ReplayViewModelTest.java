package com.scalelab.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ProposalKind;
import com.scalelab.engine.replay.ReplayCycle;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayExit;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.engine.replay.ReplayWalk;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.io.BarFiles;
import com.scalelab.ui.app.SampleLibrary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay view-model without a toolkit: the "FX thread" is this test's thread, draining a
 * queue, so what is applied when is under the test's control.
 */
class ReplayViewModelTest {
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final List<ScalingPolicy> walked = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    /** Runs what the worker handed to the FX thread until a replay was shown (or 10 s passed). */
    private void drainUntilShown(ReplayViewModel vm, int runsBefore) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (vm.completedRuns() <= runsBefore && System.nanoTime() < until) {
            Runnable r = fx.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        assertThat(vm.completedRuns()).as("a replay was shown").isGreaterThan(runsBefore);
    }

    private static ScalingPolicy policy(int maxEntries) {
        ScalingPolicy p = SampleLibrary.builtInPolicy();
        return new ScalingPolicy(p.name(), p.strategy(), p.description(),
                new ScalingPolicy.Scaling(true, p.scaling().mode(), maxEntries), p.limits(), p.qualification(),
                p.execution(), p.sizing());
    }

    private BarSeries bars() throws Exception {
        return BarFiles.load(ReplayFixtures.writeBars(dir, "wave.csv"));
    }

    @Test
    void changesInQuickSuccessionGiveOneReplayOfTheLatestInputs() throws Exception {
        ReplayViewModel vm = new ReplayViewModel((p, s, b, progress) -> {
            walked.add(p);
            return ReplayWalk.run(p, s, b, progress);
        }, worker, fx::add);
        BarSeries bars = bars();
        vm.settingsProperty().set(RunViewModel.defaults());
        vm.barsProperty().set(bars);
        for (int entries = 1; entries <= 4; entries++) {
            vm.policyProperty().set(policy(entries)); // four edits well inside the 50 ms quiet time
        }
        assertThat(vm.runningProperty().get()).isTrue();
        drainUntilShown(vm, 0);

        assertThat(walked).hasSize(1);
        assertThat(walked.get(0).scaling().maxEntries()).isEqualTo(4);
        assertThat(vm.resultPolicy()).isSameAs(vm.policyProperty().get());
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Replayed 300 bars:");
    }

    @Test
    void aReplayMadeStaleByAnEditIsCancelledAndNeverShown() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        List<Boolean> firstSawCancel = new CopyOnWriteArrayList<>();
        ReplayViewModel vm = new ReplayViewModel((p, s, b, progress) -> {
            if (p.scaling().maxEntries() == 1) {
                firstStarted.countDown();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!progress.isCancelled() && System.nanoTime() < until) {
                    Thread.onSpinWait(); // a long walk, polling as the real one does
                }
                firstSawCancel.add(progress.isCancelled());
                throw new CancellationException();
            }
            return ReplayWalk.run(p, s, b, progress);
        }, worker, fx::add);
        vm.settingsProperty().set(RunViewModel.defaults());
        vm.barsProperty().set(bars());
        vm.policyProperty().set(policy(1));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        vm.policyProperty().set(policy(3));
        drainUntilShown(vm, 0);

        assertThat(firstSawCancel).containsExactly(true);
        assertThat(vm.resultPolicy().scaling().maxEntries()).isEqualTo(3);
        assertThat(vm.getResult().summary().maxEntriesInACycle()).isLessThanOrEqualTo(3);
    }

    @Test
    void tooFewBarsForTheWarmUpSayWhyAndRunNothing() throws Exception {
        ReplayViewModel vm = new ReplayViewModel((p, s, b, progress) -> {
            walked.add(p);
            return null;
        }, worker, fx::add);
        BarSeries all = bars();
        // the default run: ATR 14, breakout lookback 20 -> warm-up max(13, 20) = 20, so 21 bars are needed
        int n = 20;
        BarSeries few = new BarSeries(Arrays.copyOf(all.time(), n), Arrays.copyOf(all.open(), n),
                Arrays.copyOf(all.high(), n), Arrays.copyOf(all.low(), n), Arrays.copyOf(all.close(), n),
                Arrays.copyOf(all.volume(), n), null);
        vm.policyProperty().set(policy(4));
        vm.settingsProperty().set(RunViewModel.defaults());
        vm.barsProperty().set(few);

        assertThat(vm.statusProperty().get()).contains("20 bars").contains("needs 21");
        assertThat(vm.getResult()).isNull();
        assertThat(vm.runningProperty().get()).isFalse();
        Thread.sleep(3 * ReplayViewModel.DEBOUNCE_MS);
        assertThat(walked).isEmpty();
    }

    @Test
    void aWalkThatFailsIsReportedNotThrown() throws Exception {
        ReplayViewModel vm = new ReplayViewModel((p, s, b, progress) -> {
            throw new IllegalStateException("boom");
        }, worker, fx::add);
        vm.policyProperty().set(policy(4));
        vm.settingsProperty().set(RunViewModel.defaults());
        vm.barsProperty().set(bars());
        drainUntilShown(vm, 0);
        assertThat(vm.getResult()).isNull();
        assertThat(vm.statusProperty().get()).startsWith("The replay failed").contains("boom");
    }

    // Held back, highlighting, selection and the simulator's moment, over a hand-made result

    private static ReplayDecision decision(int bar, ReasonCode reason) {
        return new ReplayDecision(bar, Instant.parse("1991-09-18T00:00:00Z").plusSeconds(86_400L * (bar - 57)),
                bar == 10 ? ProposalKind.OPEN : ProposalKind.ADD, 100 + bar, 1, 2, 90, reason.decision(), reason, null);
    }

    private static ReplayResult result(List<ReplayDecision> decisions) {
        Map<ReasonCode, Integer> byReason = new EnumMap<>(ReasonCode.class);
        for (ReasonCode c : ReasonCode.values()) {
            byReason.put(c, 0);
        }
        decisions.forEach(d -> byReason.merge(d.reasonCode(), 1, Integer::sum));
        ReplaySummary summary = new ReplaySummary(100, decisions.size(), 1, 2, byReason, 0, 100_000, 2, 0, 0, 0);
        return new ReplayResult() {
            @Override public List<ReplayDecision> decisions() { return decisions; }
            @Override public List<ReplayExit> exits() { return List.of(); }
            @Override public List<ReplayCycle> cycles() { return List.of(); }
            @Override public double[] markToMarket() { return new double[100]; }
            @Override public double[] drawdownPct() { return new double[100]; }
            @Override public ReplaySummary summary() { return summary; }
            @Override public ScalingContext contextAt(int index) { return SampleLibrary.builtInContext(); }
        };
    }

    private ReplayViewModel showing(ReplayResult r) throws Exception {
        ReplayViewModel vm = new ReplayViewModel((p, s, b, progress) -> r, worker, fx::add);
        vm.settingsProperty().set(RunViewModel.defaults());
        vm.barsProperty().set(bars());
        vm.policyProperty().set(policy(4));
        drainUntilShown(vm, 0);
        return vm;
    }

    @Test
    void heldBackCountsLeaveOutApprovalsAndComeMostFrequentFirst() throws Exception {
        List<ReplayDecision> ds = List.of(decision(10, ReasonCode.INITIAL_ENTRY),
                decision(11, ReasonCode.MIN_BARS_NOT_ELAPSED), decision(12, ReasonCode.MIN_BARS_NOT_ELAPSED),
                decision(13, ReasonCode.SCALE_APPROVED), decision(14, ReasonCode.MAX_ENTRIES_REACHED),
                decision(15, ReasonCode.MIN_BARS_NOT_ELAPSED), decision(57, ReasonCode.MAX_ENTRIES_REACHED),
                decision(58, ReasonCode.SIGNAL_TOO_WEAK));
        ReplayViewModel vm = showing(result(ds));

        // by hand: MIN_BARS 3 (bars 11, 12, 15), MAX_ENTRIES 2 (14, 57), SIGNAL 1 (58); approvals (10, 13) left out
        assertThat(vm.heldBack()).containsExactly(
                new ReplayViewModel.ReasonCount(ReasonCode.MIN_BARS_NOT_ELAPSED, 3),
                new ReplayViewModel.ReasonCount(ReasonCode.MAX_ENTRIES_REACHED, 2),
                new ReplayViewModel.ReasonCount(ReasonCode.SIGNAL_TOO_WEAK, 1));
        assertThat(vm.heldBack().get(1).decision()).isEqualTo(Decision.BLOCK);

        vm.highlight(ReasonCode.MAX_ENTRIES_REACHED);
        BitSet marks = vm.highlightedBarsProperty().get();
        assertThat(marks.stream().toArray()).containsExactly(14, 57);
        vm.highlight(null);
        assertThat(vm.highlightedBarsProperty().get().isEmpty()).isTrue();

        // the decision at a bar, found by bar; a bar without one gives -1
        assertThat(vm.indexAtBar(57)).isEqualTo(6);
        assertThat(vm.indexAtBar(10)).isZero();
        assertThat(vm.indexAtBar(16)).isEqualTo(-1);

        ReplayViewModel.Moment m = vm.moment(6);
        assertThat(m.name()).isEqualTo("Replay bar 57, 1991-09-18");
        assertThat(m.decision()).isEqualTo(ds.get(6));
    }

    @Test
    void anIntradayBarIsNamedWithItsMinute() {
        assertThat(ReplayViewModel.when(Instant.parse("2024-03-05T14:30:00Z"))).isEqualTo("2024-03-05 14:30");
        assertThat(ReplayViewModel.when(Instant.parse("2024-03-05T00:00:00Z"))).isEqualTo("2024-03-05");
    }

    @Test
    void aReRunKeepsTheSelectionOnTheSameBar() throws Exception {
        List<ReplayDecision> first = List.of(decision(10, ReasonCode.INITIAL_ENTRY),
                decision(11, ReasonCode.MIN_BARS_NOT_ELAPSED), decision(12, ReasonCode.SCALE_APPROVED));
        List<ReplayDecision> second = List.of(decision(10, ReasonCode.INITIAL_ENTRY),
                decision(12, ReasonCode.MIN_BARS_NOT_ELAPSED));
        List<ReplayResult> answers = new ArrayList<>(List.of(result(first), result(second)));
        ReplayViewModel vm = new ReplayViewModel((p, s, b, progress) -> answers.remove(0), worker, fx::add);
        vm.settingsProperty().set(RunViewModel.defaults());
        vm.barsProperty().set(bars());
        vm.policyProperty().set(policy(4));
        drainUntilShown(vm, 0);
        vm.select(2); // bar 12
        vm.policyProperty().set(policy(3));
        drainUntilShown(vm, 1);
        assertThat(vm.selectedProperty().get()).isEqualTo(1); // bar 12 is decision 1 now
    }

    /** The simulator is handed exactly what the engine judged: evaluating it again gives the replay's verdict. */
    @Test
    void everyMomentOfASampleReplayEvaluatesToTheReplaysDecision() throws Exception {
        Path run = SampleLibrary.runPath("trend-pyramid-conservative-usdchf-daily.json");
        RunStore.RunFile file = new FileRunStore().loadRun(run);
        BarSeries bars = new FileRunStore().loadBars(file.bars(), file.settings());
        ReplayViewModel vm = new ReplayViewModel(ReplayWalk::run, worker, fx::add);
        vm.settingsProperty().set(file.settings());
        vm.barsProperty().set(bars);
        vm.policyProperty().set(file.policy());
        drainUntilShown(vm, 0);

        List<ReplayDecision> ds = vm.getResult().decisions();
        assertThat(ds).isNotEmpty();
        for (int i = 0; i < ds.size(); i++) {
            ReplayViewModel.Moment m = vm.moment(i);
            ScalingResult again = ScalingEngine.evaluate(file.policy(), m.context());
            assertThat(again.decision()).as("decision %d at bar %d", i, ds.get(i).bar()).isEqualTo(ds.get(i).decision());
            assertThat(again.reasonCode()).as("reason %d", i).isEqualTo(ds.get(i).reasonCode());
        }
    }
}
