package com.scalelab.engine.landscape;

import com.scalelab.engine.DecisionSweep;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One decision map being computed, row by row on the decision-only path. It can be cancelled from
 * any thread: the rows in progress finish, no new row starts, and the result reports cancelled, so
 * a map made stale by a newer change is abandoned rather than finished. Use once.
 */
public final class MapComputation {
    private final DecisionSweep sweep;
    private final MapFrame frame;
    private final WhatIfPoint at;
    private final byte[] reasons;
    private final double[] prices;
    private final AtomicInteger rowsDone = new AtomicInteger();
    private volatile boolean cancelled;

    public MapComputation(ScalingPolicy policy, ScalingContext ctx, MapFrame frame) {
        this.sweep = new DecisionSweep(policy, ctx);
        this.frame = frame;
        this.at = WhatIfPoint.of(ctx);
        this.reasons = new byte[frame.columns() * frame.rows()];
        this.prices = new double[frame.columns()];
        for (int c = 0; c < prices.length; c++) {
            prices[c] = frame.priceAt(c);
        }
    }

    /** Stops the computation at its next row; safe from any thread. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Rows finished so far (all of them once the map is complete). */
    public int rowsDone() {
        return rowsDone.get();
    }

    public MapFrame frame() {
        return frame;
    }

    /** Computes every row on the calling thread; empty when cancelled. */
    public Optional<DecisionMap> run() {
        fillRows(0, frame.rows());
        return outcome();
    }

    /**
     * Computes the rows split in {@code parts} contiguous blocks: the calling thread takes the first
     * block and the pool the others. Empty when cancelled.
     */
    public Optional<DecisionMap> run(Executor pool, int parts) {
        int rows = frame.rows();
        int n = Math.max(1, Math.min(parts, rows));
        if (n == 1 || pool == null) {
            return run();
        }
        CompletableFuture<?>[] others = new CompletableFuture<?>[n - 1];
        for (int i = 1; i < n; i++) {
            int from = rows * i / n;
            int to = rows * (i + 1) / n;
            others[i - 1] = CompletableFuture.runAsync(() -> fillRows(from, to), pool);
        }
        fillRows(0, rows / n);
        CompletableFuture.allOf(others).join();
        return outcome();
    }

    private Optional<DecisionMap> outcome() {
        if (cancelled || rowsDone.get() < frame.rows()) {
            cancelled = true;
            return Optional.empty();
        }
        return Optional.of(new DecisionMap(frame, at, reasons));
    }

    private void fillRows(int from, int to) {
        int columns = frame.columns();
        WhatIfInput axis = frame.yAxis();
        for (int r = from; r < to; r++) {
            if (cancelled) {
                return;
            }
            double y = frame.yAt(r);
            double minutes = at.minutes();
            long bars = at.bars();
            double signal = at.signalQuality();
            double atr = at.atr();
            double spread = at.spreadBps();
            switch (axis) {
                case TIME -> minutes = y;
                case BARS -> bars = (long) y;
                case SIGNAL_QUALITY -> signal = y;
                case ATR -> atr = y;
                case SPREAD -> spread = y;
                default -> throw new IllegalStateException("not a second axis: " + axis);
            }
            double quantity = at.quantity();
            int base = r * columns;
            for (int c = 0; c < columns; c++) {
                reasons[base + c] = (byte) sweep.decide(prices[c], quantity, minutes, bars, signal, atr, spread).ordinal();
            }
            rowsDone.incrementAndGet();
        }
    }
}
