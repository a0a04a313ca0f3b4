package com.scalelab.engine.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scalelab.engine.Direction;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.OpenRule;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplaySink;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.engine.replay.ReplayWalk;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.replay.StopMode;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sweep against single replays: a cell is exactly the replay with its two values, whatever the
 * number of threads, and the sweep's decision-only path gives the traced walk's summary. Seeded
 * histories: default seed fixed, {@code -Dscalelab.seed=N} replays one, {@code =random} draws one.
 */
class ParameterSweepTest {
    private static final long SEED = seed();

    private static long seed() {
        return com.scalelab.TestSeed.of("ParameterSweepTest");
    }

    @BeforeAll
    static void printSeed() {
        System.out.println("ParameterSweepTest seed " + SEED + " " + com.scalelab.TestSeed.replayHint());
    }

    static final ScalingPolicy PYRAMID = new ScalingPolicy("Trend pyramid", "", "",
            new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 4),
            new ScalingPolicy.Limits(40.0, 3.0, 0.0),
            new ScalingPolicy.Qualification(0, 2, 0.5, 1.0, 4.0, null),
            new ScalingPolicy.Execution(20.0), new ScalingPolicy.Sizing(0.5));

    static final RunSettings RUN = new RunSettings("trend", "SYN", Direction.LONG, null, 100_000, 14, 2.0,
            OpenRule.BREAKOUT, 20, 10.0, 0.8, 3.0, StopMode.FROM_AVERAGE, 8.0);

    /** A daily random walk with a drift, wide enough for stops, take-profits and adds. */
    static BarSeries history(Random r, int n) {
        Instant[] time = new Instant[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 100;
        double drift = (r.nextDouble() - 0.3) * 0.004;
        for (int t = 0; t < n; t++) {
            time[t] = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(86_400L * t);
            double open = price * (1 + (r.nextDouble() - 0.5) * 0.01);
            double close = open * (1 + drift + r.nextGaussian() * 0.015);
            o[t] = open;
            c[t] = close;
            h[t] = Math.max(open, close) * (1 + r.nextDouble() * 0.01);
            l[t] = Math.min(open, close) * (1 - r.nextDouble() * 0.01);
            v[t] = Double.NaN;
            price = close;
        }
        return new BarSeries(time, o, h, l, c, v, null);
    }

    private static ReplaySummary replay(ScalingPolicy p, RunSettings run, BarSeries bars) {
        return ReplayWalk.stream(p, run, bars, new ReplaySink() {
        }, ReplayProgress.NONE);
    }

    @Test
    void everyCellIsTheReplayWithItsTwoValuesOnOneThreadAndOnTwo() {
        Random r = new Random(SEED);
        for (int k = 0; k < 4; k++) {
            BarSeries bars = history(r, 400 + r.nextInt(400));
            SweepAxis x = SweepAxis.linear(TuningField.MIN_SPACING_ATR, 0.5, 2.5, 5);
            SweepAxis y = SweepAxis.linear(TuningField.MAX_ENTRIES, 2, 6, 5);
            SweepGrid one = ParameterSweep.run(PYRAMID, RUN, bars, x, y, 1, ReplayProgress.NONE);
            SweepGrid two = ParameterSweep.run(PYRAMID, RUN, bars, x, y, 2, ReplayProgress.NONE);
            assertThat(two.cells()).isEqualTo(one.cells());
            for (SweepCell cell : one.cells()) {
                ScalingPolicy p = PYRAMID.withQualification(new ScalingPolicy.Qualification(0, 2, 0.5,
                        cell.xValue(), 4.0, null)).withScaling(new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID,
                        (int) cell.yValue()));
                assertThat(cell.summary()).as("cell %s", cell).isEqualTo(replay(p, RUN, bars));
                assertThat(cell.pnl()).isEqualTo(cell.summary().pnl());
            }
        }
    }

    @Test
    void runFieldsSweepTooAndTheDecisionOnlyPathAgreesWithTheTracedWalk() {
        Random r = new Random(SEED + 1);
        BarSeries bars = history(r, 600);
        SweepAxis x = SweepAxis.linear(TuningField.STOP_ATR, 1.5, 4.5, 4);
        SweepAxis y = SweepAxis.linear(TuningField.TAKE_PROFIT_PCT, 3, 12, 4);
        SweepGrid grid = ParameterSweep.run(PYRAMID, RUN, bars, x, y, 2, ReplayProgress.NONE);
        int adds = 0;
        for (SweepCell cell : grid.cells()) {
            RunSettings run = TuningField.TAKE_PROFIT_PCT.applyTo(TuningField.STOP_ATR.applyTo(RUN, cell.xValue()),
                    cell.yValue());
            assertThat(run.stopAtr()).isEqualTo(cell.xValue());
            assertThat(cell.summary()).isEqualTo(replay(PYRAMID, run, bars));
            adds += cell.approvedEntries() - cell.cycles();
        }
        assertThat(adds).as("the history gives adds to compare").isPositive();
    }

    @Test
    void aSweepOfOneCellIsTheReplay() {
        BarSeries bars = history(new Random(SEED + 2), 500);
        SweepGrid grid = ParameterSweep.run(PYRAMID, RUN, bars, new SweepAxis(TuningField.MIN_SPACING_ATR,
                new double[]{1.0}), new SweepAxis(TuningField.MAX_ENTRIES, new double[]{4}), 2, ReplayProgress.NONE);
        assertThat(grid.cells()).hasSize(1);
        assertThat(grid.cell(0, 0).summary()).isEqualTo(replay(PYRAMID, RUN, bars));
        // the policy's own values are on the grid: its cell is marked
        assertThat(grid.currentX()).isZero();
        assertThat(grid.currentY()).isZero();
    }

    @Test
    void aMaximumBelowTheMinimumIsMarkedInvalidAndNotComputed() {
        BarSeries bars = history(new Random(SEED + 3), 300);
        SweepGrid grid = ParameterSweep.run(PYRAMID, RUN, bars, SweepAxis.linear(TuningField.MIN_SPACING_ATR, 1, 3, 3),
                SweepAxis.linear(TuningField.MAX_SPACING_ATR, 1, 3, 3), 2, ReplayProgress.NONE);
        // min 2 or 3 above max 1, min 3 above max 2: three invalid cells
        assertThat(grid.cells()).filteredOn(c -> !c.isValid()).extracting(c -> c.xValue() + ">" + c.yValue())
                .containsExactlyInAnyOrder("2.0>1.0", "3.0>1.0", "3.0>2.0");
        assertThat(grid.cell(2, 0).invalid()).contains("qualification.maxSpacingAtr");
        assertThat(grid.cell(2, 0).summary()).isNull();
        assertThat(grid.cell(0, 0).isValid()).isTrue();
        // 1.0 is the policy's minimum and not 4.0 its maximum: no y is marked
        assertThat(grid.currentX()).isZero();
        assertThat(grid.currentY()).isEqualTo(-1);
    }

    @Test
    void aWholeNumberAxisRoundsAndDropsRepeats() {
        assertThat(SweepAxis.linear(TuningField.MAX_ENTRIES, 1, 3, 5).values()).containsExactly(1, 2, 3);
        assertThat(SweepAxis.linear(TuningField.MIN_SPACING_ATR, 0.1, 0.3, 3).values()).containsExactly(0.1, 0.2, 0.3);
    }

    @Test
    void aCancelledSweepStopsAndReportsProgressUntilThen() {
        BarSeries bars = history(new Random(SEED + 4), 300);
        AtomicInteger seen = new AtomicInteger();
        ReplayProgress cancelAfterThree = new ReplayProgress() {
            @Override
            public boolean isCancelled() {
                return seen.get() >= 3;
            }

            @Override
            public void progress(long done, long total) {
                seen.set((int) done);
                assertThat(total).isEqualTo(100);
            }
        };
        assertThatThrownBy(() -> ParameterSweep.run(PYRAMID, RUN, bars, SweepAxis.linear(TuningField.MIN_SPACING_ATR,
                0.5, 3, 10), SweepAxis.linear(TuningField.MIN_BARS_BETWEEN, 0, 9, 10), 2, cancelAfterThree))
                .isInstanceOf(CancellationException.class);
        assertThat(seen.get()).isLessThan(100);
    }

    @Test
    void theBestCellIsTheHighestPnlOrTheLowestDrawdown() {
        BarSeries bars = history(new Random(SEED + 5), 500);
        SweepGrid grid = ParameterSweep.run(PYRAMID, RUN, bars, SweepAxis.linear(TuningField.MIN_SPACING_ATR, 0.5, 2, 4),
                SweepAxis.linear(TuningField.MAX_ENTRIES, 2, 5, 4), 1, ReplayProgress.NONE);
        double bestPnl = grid.cells().stream().mapToDouble(SweepCell::pnl).max().orElseThrow();
        double leastDd = grid.cells().stream().mapToDouble(SweepCell::maxDrawdownPct).min().orElseThrow();
        assertThat(grid.best(SweepFigure.PNL).pnl()).isEqualTo(bestPnl);
        assertThat(grid.best(SweepFigure.MAX_DRAWDOWN_PCT).maxDrawdownPct()).isEqualTo(leastDd);
    }
}
