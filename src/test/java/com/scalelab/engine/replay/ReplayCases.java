package com.scalelab.engine.replay;

import com.scalelab.engine.Direction;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import java.time.Instant;
import java.util.Random;

/**
 * Seeded random replays for the property tests: a bar series (a mean-reverting walk with gaps,
 * flat bars and, half the time, prices on a 0.25 tick so ties with stops and channels happen), a
 * run and a valid policy whose limits are loose enough that positions open, add and close. Each
 * case has its own seed, so a failure is rebuilt with {@code ReplayCases.generate(seed)}.
 */
final class ReplayCases {
    record Case(long seed, ScalingPolicy policy, RunSettings run, BarSeries bars) {
        /** The case as a reviewer needs it to turn a failure into an example test. */
        String describe() {
            StringBuilder s = new StringBuilder();
            s.append("case seed ").append(seed).append(" (ReplayCases.generate(").append(seed).append("L))\n");
            s.append("policy ").append(policy).append('\n');
            s.append("run ").append(run).append('\n');
            s.append("bars (time,open,high,low,close,signal), ").append(bars.size()).append(" rows:\n");
            int shown = Math.min(bars.size(), 400);
            for (int t = 0; t < shown; t++) {
                s.append(bars.time()[t]).append(',').append(bars.open()[t]).append(',').append(bars.high()[t])
                        .append(',').append(bars.low()[t]).append(',').append(bars.close()[t]).append(',')
                        .append(bars.hasSignal() ? String.valueOf(bars.signal()[t]) : "").append('\n');
            }
            return s.toString();
        }
    }

    private static final Instant START = Instant.parse("2020-01-02T00:00:00Z");

    private ReplayCases() {
    }

    static Case generate(long seed) {
        Random r = new Random(seed);
        RunSettings run = run(r);
        BarSeries bars = bars(r, run.minimumBars() + r.nextInt(250));
        ScalingPolicy policy = r.nextInt(20) == 0 ? policy(r).withName("") : policy(r);
        return new Case(seed, policy, run, bars);
    }

    static BarSeries bars(Random r, int n) {
        Instant[] time = new Instant[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        double[] signal = r.nextBoolean() ? new double[n] : null;
        boolean ticks = r.nextBoolean();
        double base = 20 + r.nextDouble() * 200;
        double vol = 0.002 + r.nextDouble() * 0.03;
        long step = r.nextBoolean() ? 86_400 : 60 * (1 + r.nextInt(60));
        double price = base;
        long seconds = 0;
        for (int t = 0; t < n; t++) {
            // mean-reverting so a long series stays near its base (far-off prices meet the engine's tolerance)
            double o = t == 0 ? price : price * (1 + (r.nextInt(15) == 0 ? r.nextGaussian() * vol * 4 : 0));
            double c = o * (1 + r.nextGaussian() * vol) + (base - o) * 0.05;
            double h = Math.max(o, c) * (1 + r.nextDouble() * vol);
            double l = Math.min(o, c) * (1 - r.nextDouble() * vol);
            if (r.nextInt(40) == 0) {
                h = Math.max(o, c);
                l = Math.min(o, c);
            }
            if (ticks) {
                o = tick(o);
                c = tick(c);
                h = Math.max(tick(h), Math.max(o, c));
                l = Math.min(tick(l), Math.min(o, c));
            }
            l = Math.max(l, 0.25);
            o = Math.max(o, l);
            c = Math.max(c, l);
            h = Math.max(h, Math.max(o, c));
            open[t] = o;
            high[t] = h;
            low[t] = l;
            close[t] = c;
            volume[t] = r.nextInt(5) == 0 ? Double.NaN : r.nextInt(10_000);
            if (signal != null) {
                signal[t] = r.nextBoolean() ? r.nextDouble() : new double[] {0, 0.3, 0.6, 0.8, 1}[r.nextInt(5)];
            }
            time[t] = START.plusSeconds(seconds);
            seconds += step * (r.nextInt(10) == 0 ? 3 : 1); // weekends and gaps in the data
            price = c;
        }
        return new BarSeries(time, open, high, low, close, volume, signal);
    }

    private static double tick(double v) {
        return Math.round(v * 4) / 4.0;
    }

    static RunSettings run(Random r) {
        Direction direction = r.nextBoolean() ? Direction.LONG : Direction.SHORT;
        OpenRule rule = OpenRule.values()[r.nextInt(3)];
        Integer lookback = rule == OpenRule.EVERY_BAR ? null : 1 + r.nextInt(20);
        int atrPeriod = 1 + r.nextInt(20);
        double notional = new double[] {1, 5, 10, 25, 50, 150}[r.nextInt(6)] * (0.5 + r.nextDouble());
        double signal = r.nextInt(3) == 0 ? 1.0 : r.nextDouble();
        double stopAtr = 0.5 + r.nextDouble() * 3.5;
        StopMode mode = r.nextBoolean() ? StopMode.FIXED : StopMode.FROM_AVERAGE;
        Double tp = r.nextInt(5) < 2 ? null : 0.5 + r.nextDouble() * 8;
        double spread = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 6;
        double equity = 10_000 + r.nextInt(1_000_000);
        return new RunSettings("generated", "GEN", direction, null, equity, atrPeriod, spread, rule, lookback, notional,
                signal, stopAtr, mode, tp);
    }

    /** A valid policy; its bounds sit around what the generated bars produce, so every reason happens. */
    static ScalingPolicy policy(Random r) {
        boolean enabled = r.nextInt(10) != 0;
        ScalingMode mode = r.nextBoolean() ? ScalingMode.PYRAMID : ScalingMode.AVERAGE_DOWN;
        int maxEntries = enabled ? 1 + r.nextInt(6) : 1;
        double maxPosition = 5 + r.nextDouble() * 300;
        double maxRisk = 0.2 + r.nextDouble() * 10;
        double ledger = r.nextInt(4) == 0 ? 0.5 : 0;
        double minMinutes = r.nextBoolean() ? 0 : r.nextDouble() * 3 * 1440;
        long minBars = r.nextInt(5);
        double minSignal = r.nextBoolean() ? 0 : r.nextDouble() * 0.9;
        double minSpacing = r.nextBoolean() ? 0 : r.nextDouble() * 1.5;
        Double maxSpacing = r.nextBoolean() ? null : minSpacing + r.nextDouble() * 5;
        ScalingPolicy.Band band = r.nextBoolean() ? null
                : new ScalingPolicy.Band(r.nextDouble() * 0.5, 1 + r.nextDouble() * 9);
        Double maxSpread = r.nextBoolean() ? null : r.nextDouble() * 6;
        double scale = 0.25 + r.nextDouble() * 1.25;
        return new ScalingPolicy("Generated", "", "", new ScalingPolicy.Scaling(enabled, mode, maxEntries),
                new ScalingPolicy.Limits(maxPosition, maxRisk, ledger),
                new ScalingPolicy.Qualification(minMinutes, minBars, minSignal, minSpacing, maxSpacing, band),
                new ScalingPolicy.Execution(maxSpread), new ScalingPolicy.Sizing(scale));
    }
}
