package com.scalelab.engine.tuning;

import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.engine.replay.ReplayWalk;
import com.scalelab.engine.replay.RunSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two fields swept over a history: every cell is a replay of the same bars with those two values
 * put into the policy (or the run), computed on {@code threads} threads that take cells one at a
 * time. The ATR is computed once for the grid (no tunable field changes the ATR period). A cell
 * whose policy the rules refuse is marked, not computed. Each cell is {@link #cell}, a pure function
 * of (policy variant, run variant, bars, ATR): the unit a distributed engine would schedule.
 */
public final class ParameterSweep {
    private ParameterSweep() {
    }

    /** The summary of one replay: the sweep's unit of work (pure; no shared state). */
    public static ReplaySummary cell(ScalingPolicy policy, RunSettings run, BarSeries bars, double[] atr,
                                     ReplayProgress progress) {
        return ReplayWalk.summary(policy, run, bars, atr, progress);
    }

    public static SweepGrid run(ScalingPolicy policy, RunSettings run, BarSeries bars, SweepAxis xAxis, SweepAxis yAxis,
                                int threads, ReplayProgress progress) {
        double[] atr = ReplayWalk.atr(bars, run.atrPeriod());
        int nx = xAxis.size();
        int total = nx * yAxis.size();
        SweepCell[] cells = new SweepCell[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        ReplayProgress inner = new ReplayProgress() {
            @Override
            public boolean isCancelled() {
                return cancelled.get() || progress.isCancelled();
            }
        };
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                if (inner.isCancelled()) {
                    cancelled.set(true);
                    return;
                }
                int x = i % nx;
                int y = i / nx;
                cells[i] = compute(policy, run, bars, atr, xAxis, yAxis, x, y, inner);
                progress.progress(done.incrementAndGet(), total);
            }
        };
        int n = Math.max(1, Math.min(threads, total));
        if (n == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "scalelab-sweep");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled.set(true);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancellationException) {
                    cancelled.set(true);
                } else if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                } else {
                    throw new IllegalStateException(e.getCause());
                }
            } finally {
                pool.shutdownNow();
            }
        }
        if (cancelled.get() || Arrays.asList(cells).contains(null)) {
            throw new CancellationException("sweep cancelled");
        }
        return new SweepGrid(xAxis, yAxis, Arrays.asList(cells), indexOf(xAxis, policy, run), indexOf(yAxis, policy, run));
    }

    /** The policy and run of one cell: x's value then y's put into the base. */
    public static ScalingPolicy policyAt(ScalingPolicy base, SweepAxis xAxis, SweepAxis yAxis, int x, int y) {
        return yAxis.field().applyTo(xAxis.field().applyTo(base, xAxis.value(x)), yAxis.value(y));
    }

    public static RunSettings runAt(RunSettings base, SweepAxis xAxis, SweepAxis yAxis, int x, int y) {
        return yAxis.field().applyTo(xAxis.field().applyTo(base, xAxis.value(x)), yAxis.value(y));
    }

    private static SweepCell compute(ScalingPolicy base, RunSettings baseRun, BarSeries bars, double[] atr,
                                     SweepAxis xAxis, SweepAxis yAxis, int x, int y, ReplayProgress progress) {
        double xv = xAxis.value(x);
        double yv = yAxis.value(y);
        String why = xAxis.field().runProblem(xv);
        if (why == null) {
            why = yAxis.field().runProblem(yv);
        }
        ScalingPolicy p = policyAt(base, xAxis, yAxis, x, y);
        if (why == null) {
            List<PolicyProblem> errors = p.errors();
            if (!errors.isEmpty()) {
                why = errors.get(0).toString();
            }
        }
        if (why != null) {
            return SweepCell.invalid(x, y, xv, yv, why);
        }
        return SweepCell.of(x, y, xv, yv, cell(p, runAt(baseRun, xAxis, yAxis, x, y), bars, atr, progress));
    }

    private static int indexOf(SweepAxis axis, ScalingPolicy policy, RunSettings run) {
        double v = axis.field().valueIn(policy, run);
        for (int i = 0; i < axis.size(); i++) {
            if (com.scalelab.engine.Tolerance.equal(axis.value(i), v)) {
                return i;
            }
        }
        return -1;
    }
}
