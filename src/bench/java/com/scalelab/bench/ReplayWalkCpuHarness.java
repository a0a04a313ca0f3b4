package com.scalelab.bench;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplaySink;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.engine.replay.ReplayWalk;
import com.scalelab.engine.replay.RunSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The walk of {@link ReplayWalkBench} (1,000,000 bars, a proposal at every bar, no output) timed
 * by the walking thread's CPU time as well as the wall clock: on a machine whose two cores are
 * shared by several sessions the wall clock includes the time the thread waited for a core, while
 * the target is the time on one core. Not a JMH benchmark: a harness that prints figures.
 *
 * <p>Run: {@code mvn -B -o -Pbench test-compile exec:exec -Dbench.main=com.scalelab.bench.ReplayWalkCpuHarness
 * -Dbench.args="10 20"} (warm-up walks, measured walks).
 */
public final class ReplayWalkCpuHarness {
    private ReplayWalkCpuHarness() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        BarSeries bars = ReplayWalkBench.syntheticBars(ReplayWalkBench.BARS, 42);
        ScalingPolicy policy = ReplayWalkBench.policy();
        RunSettings run = ReplayWalkBench.run();
        ReplaySink dropped = new ReplaySink() {
        };
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ReplaySummary summary = null;
        for (int i = 0; i < warmUp; i++) {
            summary = ReplayWalk.stream(policy, run, bars, dropped, ReplayProgress.NONE);
        }
        double[] cpu = new double[measured];
        double[] wall = new double[measured];
        for (int i = 0; i < measured; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            summary = ReplayWalk.stream(policy, run, bars, dropped, ReplayProgress.NONE);
            wall[i] = (System.nanoTime() - w0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        System.out.println(summary.bars() + " bars, " + summary.decisions() + " proposals, " + warmUp
                + " warm-up walks, " + measured + " measured");
        print("thread CPU time", cpu, summary.decisions());
        print("wall clock     ", wall, summary.decisions());
    }

    private static void print(String what, double[] ms, int proposals) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double median = s[s.length / 2];
        System.out.printf("%s: min %.1f ms, median %.1f ms, max %.1f ms per walk; median %.0f ns per proposal%n", what,
                s[0], median, s[s.length - 1], median * 1e6 / proposals);
    }
}
