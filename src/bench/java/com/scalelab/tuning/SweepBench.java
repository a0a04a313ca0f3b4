package com.scalelab.tuning;

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
import com.scalelab.engine.tuning.ParameterSweep;
import com.scalelab.engine.tuning.SweepAxis;
import com.scalelab.engine.tuning.SweepGrid;
import com.scalelab.engine.tuning.TuningField;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The tuning issue's target: a 50 x 50 sweep (minimum spacing 0.25..5 ATR x maximum entries 1..50)
 * over 10,000 synthetic daily bars with a proposal at every bar (EVERY_BAR opens), i.e. 25,000,000
 * proposals, on 1 and 2 threads; beside it one cell (10,000 proposals) on the sweep's decision-only
 * path and on the traced walk the replay command uses, for the cost per proposal.
 *
 * <p>Run: {@code mvn -B -o -Pbench test-compile exec:exec -Dbench.args="SweepBench -f 1 -wi 1 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepBench {
    @Param({"1", "2"})
    int threads;

    BarSeries bars;
    double[] atr;
    ScalingPolicy policy;
    RunSettings run;
    SweepAxis spacing;
    SweepAxis entries;

    @Setup
    public void setUp() {
        int n = 10_000;
        Random r = new Random(11);
        Instant[] time = new Instant[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 100;
        for (int t = 0; t < n; t++) {
            time[t] = Instant.parse("1990-01-01T00:00:00Z").plusSeconds(86_400L * t);
            double open = price * (1 + (r.nextDouble() - 0.5) * 0.004);
            double close = open * (1 + 0.0003 + r.nextGaussian() * 0.012);
            o[t] = open;
            c[t] = close;
            h[t] = Math.max(open, close) * (1 + r.nextDouble() * 0.008);
            l[t] = Math.min(open, close) * (1 - r.nextDouble() * 0.008);
            v[t] = Double.NaN;
            price = close;
        }
        bars = new BarSeries(time, o, h, l, c, v, null);
        policy = new ScalingPolicy("Trend pyramid", "", "", new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 4),
                new ScalingPolicy.Limits(60.0, 5.0, 0.0),
                new ScalingPolicy.Qualification(0, 2, 0.5, 1.0, null, null),
                new ScalingPolicy.Execution(20.0), new ScalingPolicy.Sizing(0.5));
        run = new RunSettings("bench", "SYN", Direction.LONG, null, 100_000, 14, 2.0, OpenRule.EVERY_BAR, null, 10.0,
                0.8, 3.0, StopMode.FROM_AVERAGE, 10.0);
        atr = ReplayWalk.atr(bars, 14);
        spacing = SweepAxis.linear(TuningField.MIN_SPACING_ATR, 0.1, 5.0, 50);
        entries = SweepAxis.linear(TuningField.MAX_ENTRIES, 1, 50, 50);
    }

    /** 2,500 cells x 10,000 proposals. */
    @Benchmark
    public SweepGrid sweep50x50() {
        return ParameterSweep.run(policy, run, bars, spacing, entries, threads, ReplayProgress.NONE);
    }

    /** One cell, 10,000 proposals, decision-only path (the sweep's unit of work). */
    @Benchmark
    public ReplaySummary oneCellDecisionOnly() {
        return ReplayWalk.summary(policy, run, bars, atr, ReplayProgress.NONE);
    }

    /** The same cell on the traced walk (what replay and the Replay view run). */
    @Benchmark
    public ReplaySummary oneCellTraced() {
        return ReplayWalk.stream(policy, run, bars, new ReplaySink() {
        }, ReplayProgress.NONE);
    }
}
