package com.scalelab.engine.replay;

import com.scalelab.engine.Direction;

/**
 * The settings of a run file (replay contract section 2) without its policy: the policy in force
 * is handed to the walk separately, so the desktop app can replay the policy being edited.
 *
 * @param bars          the run file's {@code bars} path as written (relative to the run file), or null
 * @param lookback      null for {@code EVERY_BAR}
 * @param takeProfitPct null when the run has no take-profit
 */
public record RunSettings(String name, String symbol, Direction direction, String bars, double equity,
                          int atrPeriod, double spreadBps, OpenRule openRule, Integer lookback,
                          double notionalPct, double signalQuality, double stopAtr, StopMode stopMode,
                          Double takeProfitPct) {
    public static final int DEFAULT_ATR_PERIOD = 14;
    public static final double DEFAULT_SPREAD_BPS = 0.0;
    public static final double DEFAULT_SIGNAL_QUALITY = 1.0;

    public RunSettings {
        name = name == null ? "" : name;
        symbol = symbol == null ? "" : symbol;
        stopMode = stopMode == null ? StopMode.FIXED : stopMode;
    }

    /**
     * The warm-up w of contract 3.2: nothing happens at bars t < w, and a bar file needs at least
     * w + 1 bars.
     */
    public int warmUp() {
        int n1 = atrPeriod - 1;
        if (openRule == OpenRule.EVERY_BAR || lookback == null) {
            return n1;
        }
        return Math.max(n1, lookback);
    }

    /** The fewest bars a bar file must have for this run. */
    public int minimumBars() {
        return warmUp() + 1;
    }
}
