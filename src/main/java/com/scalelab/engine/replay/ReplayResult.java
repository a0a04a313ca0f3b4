package com.scalelab.engine.replay;

import com.scalelab.engine.ScalingContext;

import java.util.List;

/**
 * Everything one replay produced, for the desktop view: every decision and exit in bar order, the
 * positions, the mark-to-market equity per bar (NaN before the warm-up) and the summary.
 * {@link #contextAt(int)} rebuilds the exact scenario the engine judged for a decision, so the
 * simulator can inspect it. The arrays returned are the result's own (a million bars each): callers
 * must not change them. The decisions list may make its records when read: equal, not identical.
 */
public interface ReplayResult {
    List<ReplayDecision> decisions();

    List<ReplayExit> exits();

    List<ReplayCycle> cycles();

    /** M_t of contract 3.4 for every bar; NaN for t < warm-up. */
    double[] markToMarket();

    /** The drawdown % from the running peak of M for every bar; NaN for t < warm-up. */
    double[] drawdownPct();

    ReplaySummary summary();

    /** The scenario the engine judged for {@code decisions().get(index)}. */
    ScalingContext contextAt(int index);
}
