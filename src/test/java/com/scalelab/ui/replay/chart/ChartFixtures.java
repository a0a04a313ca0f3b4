package com.scalelab.ui.replay.chart;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Entry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ExitReason;
import com.scalelab.engine.replay.ProposalKind;
import com.scalelab.engine.replay.ReplayCycle;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayExit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Small hand-made and large generated bar series, decisions and positions for the chart tests. */
final class ChartFixtures {
    static final Instant T0 = Instant.parse("2024-01-02T00:00:00Z");

    private ChartFixtures() {
    }

    /** Bars from rows {open, high, low, close}, one day apart from 2024-01-02. */
    static BarSeries bars(double[]... ohlc) {
        int n = ohlc.length;
        Instant[] t = new Instant[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0.plus(Duration.ofDays(i));
            o[i] = ohlc[i][0];
            h[i] = ohlc[i][1];
            l[i] = ohlc[i][2];
            c[i] = ohlc[i][3];
        }
        Arrays.fill(v, Double.NaN);
        return new BarSeries(t, o, h, l, c, v, null);
    }

    /** A seeded random walk of daily (n <= 20,000) or minute bars. */
    static BarSeries walk(int n, long seed) {
        Random rnd = new Random(seed);
        Instant[] t = new Instant[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        Duration step = n <= 20_000 ? Duration.ofDays(1) : Duration.ofMinutes(1);
        double price = 100;
        // daily bars trend up a little; a million minute bars wander without drift and with less
        // noise a bar, so prices stay within a few times their start
        double drift = n <= 20_000 ? 0.0004 : 0;
        double noise = n <= 20_000 ? 0.012 : 0.0008;
        for (int i = 0; i < n; i++) {
            t[i] = T0.plus(step.multipliedBy(i));
            o[i] = price;
            double close = Math.max(1, price * (1 + rnd.nextGaussian() * noise + drift));
            h[i] = Math.max(o[i], close) * (1 + rnd.nextDouble() * 0.006);
            l[i] = Math.min(o[i], close) * (1 - rnd.nextDouble() * 0.006);
            c[i] = close;
            price = close;
        }
        Arrays.fill(v, Double.NaN);
        return new BarSeries(t, o, h, l, c, v, null);
    }

    static ReplayDecision decision(BarSeries bars, int bar, ProposalKind kind, ReasonCode reason) {
        Decision d = reason.decision();
        return new ReplayDecision(bar, bars.time()[bar], kind, bars.close()[bar], 1, 1, bars.close()[bar] * 0.95, d,
                reason, null);
    }

    /**
     * A long pyramid over a random walk: an entry at bars 20, 26, 32 with quantities 10, 5, 2.5,
     * stop 3 % under the first entry then raised, an exit at its stop or at bar 60; a second
     * position from 70 to the end. Decisions every bar from 14: SKIPs between entries, BLOCKs
     * after three entries, SCALE at the entries.
     */
    static Replay replay(BarSeries bars) {
        List<ReplayDecision> decisions = new ArrayList<>();
        List<ReplayCycle> cycles = new ArrayList<>();
        int n = bars.size();
        int[][] positions = {{20, 26, 32, 60}, {70, 76, n - 1}};
        int p = 0;
        for (int t = 14; t < n; t++) {
            int[] pos = p < positions.length ? positions[p] : null;
            boolean in = pos != null && t > pos[0] && t < pos[pos.length - 1];
            boolean entry = false;
            if (pos != null) {
                for (int k = 0; k < pos.length - 1; k++) {
                    entry |= pos[k] == t;
                }
            }
            if (entry) {
                decisions.add(decision(bars, t, t == pos[0] ? ProposalKind.OPEN : ProposalKind.ADD,
                        t == pos[0] ? ReasonCode.INITIAL_ENTRY : ReasonCode.SCALE_APPROVED));
            } else if (in) {
                int entries = 0;
                for (int k = 0; k < pos.length - 1; k++) {
                    entries += pos[k] < t ? 1 : 0;
                }
                ReasonCode r = entries >= 3 ? ReasonCode.MAX_ENTRIES_REACHED
                        : (t % 7 == 0 ? ReasonCode.PRICE_SPACING_OUT_OF_RANGE : ReasonCode.MIN_BARS_NOT_ELAPSED);
                decisions.add(decision(bars, t, ProposalKind.ADD, r));
            } else if (pos == null || t < pos[0]) {
                // flat: the open rule did not fire, so no decision (the band stays blank), but now and then a weak signal
                if (t % 9 == 0) {
                    decisions.add(decision(bars, t, ProposalKind.OPEN, ReasonCode.SIGNAL_TOO_WEAK));
                }
            }
            if (pos != null && t == pos[pos.length - 1]) {
                cycles.add(cycle(bars, pos, t == n - 1 ? ExitReason.END : ExitReason.STOP));
                p++;
            }
        }
        return new Replay(decisions, cycles);
    }

    private static ReplayCycle cycle(BarSeries bars, int[] pos, ExitReason reason) {
        List<Entry> entries = new ArrayList<>();
        List<Double> stops = new ArrayList<>();
        double q = 10;
        double stop = bars.close()[pos[0]] * 0.97;
        for (int k = 0; k < pos.length - 1; k++) {
            int b = pos[k];
            entries.add(new Entry(bars.close()[b], q, bars.time()[b], b));
            q /= 2;
            stop = Math.max(stop, bars.close()[b] * 0.97);
            stops.add(stop);
        }
        int close = pos[pos.length - 1];
        double exitPrice = reason == ExitReason.END ? bars.close()[close] : stops.get(stops.size() - 1);
        ReplayExit exit = new ReplayExit(close, bars.time()[close], reason, exitPrice, entries.size(), 17.5, 0, 0, 0);
        return new ReplayCycle(pos[0], close, entries, stops, exit, 0);
    }

    record Replay(List<ReplayDecision> decisions, List<ReplayCycle> cycles) {
    }

    /** Mark-to-market and drawdown for the equity chart: NaN for the first 14 bars, then a wobbling line. */
    static double[][] equity(BarSeries bars) {
        int n = bars.size();
        double[] m = new double[n];
        double[] dd = new double[n];
        double peak = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (i < 14) {
                m[i] = Double.NaN;
                dd[i] = Double.NaN;
                continue;
            }
            m[i] = 100_000 + (bars.close()[i] - bars.close()[14]) * 40;
            peak = Double.isNaN(peak) ? m[i] : Math.max(peak, m[i]);
            dd[i] = (peak - m[i]) / peak * 100;
        }
        return new double[][] {m, dd};
    }
}
