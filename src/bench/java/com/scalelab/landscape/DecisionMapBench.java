package com.scalelab.landscape;

import com.scalelab.engine.DecisionSweep;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.landscape.DecisionMap;
import com.scalelab.engine.landscape.MapComputation;
import com.scalelab.engine.landscape.MapFrame;
import com.scalelab.engine.landscape.WhatIfInput;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 256 x 256 decision map (65,536 decisions) on one thread and split over two, beside one
 * decision-only call and one traced evaluation. The per-evaluation benchmarks report ns per
 * evaluation (OperationsPerInvocation), so evaluations per second per core = 1e9 / score.
 *
 * <pre>mvn -B -o -Pbench test-compile exec:exec -Dbench.args="DecisionMapBench -f 1 -wi 3 -i 5 -prof gc"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecisionMapBench {
    private static final int SIDE = 256;
    private static final Instant T0 = Instant.parse("2026-01-05T14:30:00Z");

    @Param({"TIME", "SIGNAL_QUALITY"})
    public String axis;

    private ScalingPolicy policy;
    private ScalingContext ctx;
    private MapFrame frame;
    private DecisionSweep sweep;
    private ExecutorService pool;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        policy = new ScalingPolicy("Trend pyramid", "donchian-breakout", "",
                new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 4),
                new ScalingPolicy.Limits(20.0, 2.0, 0.0),
                new ScalingPolicy.Qualification(60, 3, 0.6, 1.0, 4.0, new ScalingPolicy.Band(0.5, 5.0)),
                new ScalingPolicy.Execution(20.0), new ScalingPolicy.Sizing(0.5));
        ctx = new ScalingContext("ES", 100_000, new Position(Direction.LONG, 95.0,
                List.of(new Entry(100.0, 10, T0, 120))), 10, List.of(), new Market(2.0, 4.0),
                new ProposedEntry(Direction.LONG, 103.0, 5, T0.plusSeconds(90 * 60), 126, 0.8));
        frame = MapFrame.defaults(policy, ctx, WhatIfInput.valueOf(axis), SIDE, SIDE);
        sweep = new DecisionSweep(policy, ctx);
        // the caller computes one half, the pool the other
        pool = Executors.newFixedThreadPool(1, r -> {
            Thread t = new Thread(r, "map-bench");
            t.setDaemon(true);
            return t;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    /** One whole map on the calling thread: score = ns per decision. */
    @Benchmark
    @OperationsPerInvocation(SIDE * SIDE)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public DecisionMap mapOneThreadPerCell() {
        return new MapComputation(policy, ctx, frame).run().orElseThrow();
    }

    /** One whole map: score = microseconds per map. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DecisionMap mapOneThread() {
        return new MapComputation(policy, ctx, frame).run().orElseThrow();
    }

    /** One whole map, rows split over the caller and one pool thread: microseconds per map. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DecisionMap mapTwoThreads() {
        return new MapComputation(policy, ctx, frame).run(pool, 2).orElseThrow();
    }

    /** One decision-only call through the sweep: ns per decision. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public ReasonCode decideOne() {
        double price = 90 + (i++ & 255) * 0.1;
        return sweep.decide(price, 90, 6, 0.8, 2.0, 4.0);
    }

    /** One traced evaluation (15-check trace, messages, metrics): ns per evaluation. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public ScalingResult evaluateTraced() {
        return ScalingEngine.evaluate(policy, ctx);
    }
}
