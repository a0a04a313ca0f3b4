package com.scalelab.engine.replay;

import com.scalelab.engine.ScalingPolicy;

/**
 * The walk of replay contract section 3: a policy over a price history, bar by bar.
 * Both entry points throw {@link java.util.concurrent.CancellationException} when
 * {@code progress} reports the walk cancelled; they never throw for bad policy values (the
 * engine answers INVALID_INPUT for those, as the contract asks).
 */
public final class ReplayWalk {
    private ReplayWalk() {
    }

    /** Wilder's ATR of contract 3.1; NaN for t < period - 1. */
    public static double[] atr(BarSeries bars, int period) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Streams the walk's records into {@code sink} in bar order and returns the summary (the command line). */
    public static ReplaySummary stream(ScalingPolicy policy, RunSettings run, BarSeries bars, ReplaySink sink,
                                       ReplayProgress progress) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Runs the walk and keeps everything the desktop view shows. */
    public static ReplayResult run(ScalingPolicy policy, RunSettings run, BarSeries bars, ReplayProgress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
