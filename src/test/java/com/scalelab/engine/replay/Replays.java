package com.scalelab.engine.replay;

import com.scalelab.engine.Direction;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;

import java.time.Instant;
import java.util.Arrays;

/**
 * Short, readable replay inputs for the example tests: daily bars written as {open, high, low,
 * close} rows, a run that starts from 100,000 equity with 10% notional (so an entry at 100 is 100
 * units) and a policy with no qualification, so a test only states what it is about.
 */
final class Replays {
    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    static final double EQUITY = 100_000;

    private Replays() {
    }

    /** Daily bars from START; rows are {open, high, low, close}. */
    static BarSeries bars(double[]... ohlc) {
        int n = ohlc.length;
        Instant[] time = new Instant[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        Arrays.fill(volume, Double.NaN);
        for (int t = 0; t < n; t++) {
            time[t] = START.plusSeconds(86_400L * t);
            open[t] = ohlc[t][0];
            high[t] = ohlc[t][1];
            low[t] = ohlc[t][2];
            close[t] = ohlc[t][3];
        }
        return new BarSeries(time, open, high, low, close, volume, null);
    }

    static double[] bar(double open, double high, double low, double close) {
        return new double[] {open, high, low, close};
    }

    /**
     * ATR period 1 (so ATR_t is TR_t and every stop is easy to work out by hand), EVERY_BAR, 10%
     * notional, a stop 2 ATR away, FIXED, no take-profit, spread 0, signal 1.
     */
    static Run run(Direction direction) {
        return new Run(direction);
    }

    /** A valid policy with every qualification bound off and generous limits: it approves the first entry. */
    static ScalingPolicy policy(int maxEntries, ScalingMode mode, double scale) {
        return new ScalingPolicy("Replay example", "", "", new ScalingPolicy.Scaling(true, mode, maxEntries),
                new ScalingPolicy.Limits(1000, 100, 0),
                new ScalingPolicy.Qualification(0, 0, 0, 0, null, null),
                new ScalingPolicy.Execution(null), new ScalingPolicy.Sizing(scale));
    }

    /** One entry only: every add is BLOCKed with MAX_ENTRIES_REACHED. */
    static ScalingPolicy oneEntry() {
        return policy(1, ScalingMode.PYRAMID, 1.0);
    }

    /** A run being written in a test. */
    static final class Run {
        private final Direction direction;
        private int atrPeriod = 1;
        private OpenRule rule = OpenRule.EVERY_BAR;
        private Integer lookback;
        private double notionalPct = 10;
        private double stopAtr = 2;
        private StopMode mode = StopMode.FIXED;
        private Double takeProfitPct;
        private double spreadBps;
        private double signal = 1.0;

        private Run(Direction direction) {
            this.direction = direction;
        }

        Run atrPeriod(int n) {
            atrPeriod = n;
            return this;
        }

        Run open(OpenRule r, Integer l) {
            rule = r;
            lookback = l;
            return this;
        }

        Run stopAtr(double v) {
            stopAtr = v;
            return this;
        }

        Run stopMode(StopMode m) {
            mode = m;
            return this;
        }

        Run takeProfitPct(Double v) {
            takeProfitPct = v;
            return this;
        }

        RunSettings settings() {
            return new RunSettings("example", "TEST", direction, null, EQUITY, atrPeriod, spreadBps, rule, lookback,
                    notionalPct, signal, stopAtr, mode, takeProfitPct);
        }
    }
}
