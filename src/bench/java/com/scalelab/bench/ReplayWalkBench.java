package com.scalelab.bench;

import com.scalelab.engine.Direction;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.OpenRule;
import com.scalelab.engine.replay.ProposalKind;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.engine.replay.ReplaySink;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.engine.replay.ReplayWalk;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.replay.StopMode;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The replay walk over 1,000,000 synthetic one-minute bars (a seeded mean-reverting walk around
 * 100), EVERY_BAR LONG, so there is a proposal at every bar but the bar of an exit: a policy that
 * mostly holds adds back (10 bars apart, 1 to 4 ATR of favourable spacing) and sometimes approves
 * them, with a 3 ATR stop and a 3% take-profit. No output is written (a no-op sink). In the same
 * run, {@code evaluate} and {@code decide} on one held-back add of that walk, so proposals per
 * second of the walk can be set beside the engine's calls per second.
 *
 * <p>Run: {@code mvn -B -o -Pbench test-compile exec:exec -Dbench.args="ReplayWalkBench ..."}
 * (see docs/benchmarks.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
public class ReplayWalkBench {
    static final int BARS = 1_000_000;
    private static final ReplaySink NO_OUTPUT = new ReplaySink() {
    };

    // Non-final state fields: the JIT must read them on every call and cannot fold the work away.
    ScalingPolicy policy;
    RunSettings run;
    BarSeries bars;
    ScalingContext heldBack;

    @Setup
    public void setUp() {
        bars = syntheticBars(BARS, 42);
        policy = new ScalingPolicy("Bench pyramid", "", "", new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 4),
                new ScalingPolicy.Limits(50, 5, 0),
                new ScalingPolicy.Qualification(0, 10, 0, 1.0, 4.0, null),
                new ScalingPolicy.Execution(null), new ScalingPolicy.Sizing(0.5));
        run = new RunSettings("bench", "SYN", Direction.LONG, null, 100_000, 14, 1.0, OpenRule.EVERY_BAR, null, 10,
                0.8, 3.0, StopMode.FIXED, 3.0);

        ReplaySummary s = ReplayWalk.stream(policy, run, bars, NO_OUTPUT, ReplayProgress.NONE);
        int approvedAdds = s.byReason().get(ReasonCode.SCALE_APPROVED);
        // the scenario the issue asks for, or the figures mean nothing
        if (s.decisions() < BARS * 0.9 || approvedAdds == 0 || s.approvedEntries() * 10 > s.decisions()) {
            throw new IllegalStateException("not a proposal at (nearly) every bar, mostly held back: " + s);
        }
        System.out.println("\nwalk: " + s.bars() + " bars, " + s.decisions() + " decisions, " + s.cycles()
                + " positions, " + approvedAdds + " approved adds, byReason " + s.byReason());

        // one held-back add of this walk, for the per-call comparison
        ReplayResult prefix = ReplayWalk.run(policy, run, syntheticBars(5_000, 42), ReplayProgress.NONE);
        for (int i = 0; i < prefix.decisions().size(); i++) {
            ReplayDecision d = prefix.decisions().get(i);
            if (d.kind() == ProposalKind.ADD && d.reasonCode() == ReasonCode.MIN_BARS_NOT_ELAPSED) {
                heldBack = prefix.contextAt(i);
                break;
            }
        }
        if (heldBack == null || ScalingEngine.decide(policy, heldBack) != ReasonCode.MIN_BARS_NOT_ELAPSED) {
            throw new IllegalStateException("no held-back add to compare with");
        }
    }

    /** A seeded mean-reverting walk around 100 with a 1% step, so prices stay where the engine's tolerance is relative. */
    static BarSeries syntheticBars(int n, long seed) {
        Random r = new Random(seed);
        Instant[] time = new Instant[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
        double price = 100;
        for (int t = 0; t < n; t++) {
            double o = price;
            double c = o * (1 + r.nextGaussian() * 0.01) + (100 - o) * 0.01;
            open[t] = o;
            close[t] = c;
            high[t] = Math.max(o, c) * (1 + r.nextDouble() * 0.005);
            low[t] = Math.min(o, c) * (1 - r.nextDouble() * 0.005);
            volume[t] = Double.NaN;
            time[t] = t0.plusSeconds(60L * t);
            price = c;
        }
        return new BarSeries(time, open, high, low, close, volume, null);
    }

    /** The command line's path with its output off: every record made and handed to a sink that drops it. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReplaySummary walkStream() {
        return ReplayWalk.stream(policy, run, bars, NO_OUTPUT, ReplayProgress.NONE);
    }

    /** The desktop view's path: every decision, exit, position and per-bar figure kept. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReplayResult walkKept() {
        return ReplayWalk.run(policy, run, bars, ReplayProgress.NONE);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void evaluateHeldBackAdd(Blackhole bh) {
        bh.consume(ScalingEngine.evaluate(policy, heldBack));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void decideHeldBackAdd(Blackhole bh) {
        bh.consume(ScalingEngine.decide(policy, heldBack));
    }
}
