package com.scalelab.engine.replay;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Metrics;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An independent, deliberately plain reading of replay contract section 3, written from the text
 * alone (not from {@link ReplayWalk}): lists instead of arrays, one scenario built from scratch per
 * proposal, nothing cached. It is the oracle the walk is compared with, line by line, over seeded
 * random histories; where the contract states an order of arithmetic this follows it literally.
 */
final class ReferenceWalk {
    final List<ReplayDecision> decisions = new ArrayList<>();
    final List<ReplayExit> exits = new ArrayList<>();
    /** M_t per bar, NaN before the warm-up. */
    double[] markToMarket;
    ReplaySummary summary;

    private ReferenceWalk() {
    }

    /** Wilder's ATR, 3.1, literally. */
    static double[] atr(BarSeries b, int n) {
        int size = b.size();
        double[] tr = new double[size];
        for (int t = 0; t < size; t++) {
            if (t == 0) {
                tr[t] = b.high()[0] - b.low()[0];
            } else {
                double c = b.close()[t - 1];
                tr[t] = Math.max(b.high()[t] - b.low()[t],
                        Math.max(Math.abs(b.high()[t] - c), Math.abs(b.low()[t] - c)));
            }
        }
        double[] atr = new double[size];
        for (int t = 0; t < size; t++) {
            if (t < n - 1) {
                atr[t] = Double.NaN;
            } else if (t == n - 1) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += tr[i];
                }
                atr[t] = sum / n;
            } else {
                atr[t] = (atr[t - 1] * (n - 1) + tr[t]) / n;
            }
        }
        return atr;
    }

    static ReferenceWalk run(ScalingPolicy policy, RunSettings run, BarSeries b) {
        ReferenceWalk out = new ReferenceWalk();
        out.markToMarket = new double[b.size()];
        java.util.Arrays.fill(out.markToMarket, Double.NaN);
        int n = run.atrPeriod();
        int w = run.openRule() == OpenRule.EVERY_BAR ? n - 1 : Math.max(n - 1, run.lookback());
        double[] atr = atr(b, n);
        int dir = run.direction().sign();
        double equity = run.equity();
        List<Entry> entries = new ArrayList<>();
        double stop = Double.NaN;
        Map<ReasonCode, Integer> byReason = new EnumMap<>(ReasonCode.class);
        for (ReasonCode c : ReasonCode.values()) {
            byReason.put(c, 0);
        }
        int cycles = 0;
        int approved = 0;
        int maxEntries = 0;
        double maxPos = 0;
        double maxRisk = 0;
        double peak = Double.NEGATIVE_INFINITY;
        double maxDd = 0;
        int last = b.size() - 1;
        for (int t = w; t <= last; t++) {
            boolean exited = false;
            if (!entries.isEmpty() && entries.get(entries.size() - 1).bar() < t) {
                double avg = average(entries);
                double open = b.open()[t];
                double price = Double.NaN;
                ExitReason reason = null;
                Double tpPct = run.takeProfitPct();
                if (dir > 0) {
                    if (open <= stop) {
                        price = open;
                        reason = ExitReason.STOP;
                    } else if (b.low()[t] <= stop) {
                        price = stop;
                        reason = ExitReason.STOP;
                    } else if (tpPct != null) {
                        double tp = avg * (1 + tpPct / 100);
                        if (open >= tp) {
                            price = open;
                            reason = ExitReason.TAKE_PROFIT;
                        } else if (b.high()[t] >= tp) {
                            price = tp;
                            reason = ExitReason.TAKE_PROFIT;
                        }
                    }
                } else {
                    if (open >= stop) {
                        price = open;
                        reason = ExitReason.STOP;
                    } else if (b.high()[t] >= stop) {
                        price = stop;
                        reason = ExitReason.STOP;
                    } else if (tpPct != null) {
                        double tp = avg * (1 - tpPct / 100);
                        if (open <= tp) {
                            price = open;
                            reason = ExitReason.TAKE_PROFIT;
                        } else if (b.low()[t] <= tp) {
                            price = tp;
                            reason = ExitReason.TAKE_PROFIT;
                        }
                    }
                }
                if (reason != null) {
                    double pnl = pnl(entries, price, dir);
                    equity = equity + pnl;
                            out.exits.add(new ReplayExit(t, b.time()[t], reason, price, entries.size(), quantity(entries),
                            avg, pnl, equity));
                    entries = new ArrayList<>();
                    stop = Double.NaN;
                    exited = true;
                }
            }
            if (!exited) {
                double close = b.close()[t];
                boolean flat = entries.isEmpty();
                boolean fires;
                if (!flat) {
                    fires = true;
                } else if (run.openRule() == OpenRule.EVERY_BAR) {
                    fires = true;
                } else {
                    int lb = run.lookback();
                    double hi = Double.NEGATIVE_INFINITY;
                    double lo = Double.POSITIVE_INFINITY;
                    for (int i = t - lb; i <= t - 1; i++) {
                        hi = Math.max(hi, b.high()[i]);
                        lo = Math.min(lo, b.low()[i]);
                    }
                    boolean breakout = dir > 0 ? close > hi : close < lo;
                    boolean pullback = dir > 0 ? close < lo : close > hi;
                    fires = run.openRule() == OpenRule.BREAKOUT ? breakout : pullback;
                }
                if (fires) {
                    double quantity;
                    double proposalStop;
                    if (flat) {
                        quantity = equity * run.notionalPct() / 100 / close;
                        proposalStop = close - dir * run.stopAtr() * atr[t];
                    } else {
                        quantity = entries.get(0).quantity() * Math.pow(policy.sizing().scale(), entries.size());
                        proposalStop = stop;
                    }
                    double signal = b.signal() != null ? b.signal()[t] : run.signalQuality();
                    ScalingContext ctx = new ScalingContext(run.symbol(), equity,
                            new Position(run.direction(), proposalStop, List.copyOf(entries)),
                            dir * quantity(entries), List.of(), new Market(atr[t], run.spreadBps()),
                            new ProposedEntry(run.direction(), close, quantity, b.time()[t], t, signal));
                    ScalingResult r = ScalingEngine.evaluate(policy, ctx);
                    Metrics m = r.reasonCode() == ReasonCode.INVALID_INPUT ? null : r.metrics();
                    out.decisions.add(new ReplayDecision(t, b.time()[t], flat ? ProposalKind.OPEN : ProposalKind.ADD,
                            close, quantity, atr[t], proposalStop, r.decision(), r.reasonCode(), m));
                    byReason.merge(r.reasonCode(), 1, Integer::sum);
                    if (r.decision() == Decision.SCALE) {
                        approved++;
                        if (flat) {
                            cycles++;
                            stop = proposalStop;
                        }
                        entries.add(new Entry(close, quantity, b.time()[t], t));
                        // for the initial entry the contract says the stop "is s": s itself, not
                        // (q x p) / q - ..., which can differ from it in the last bit
                        if (run.stopMode() == StopMode.FROM_AVERAGE && !flat) {
                            stop = r.metrics().averagePriceAfter() - dir * run.stopAtr() * atr[t];
                        }
                        maxEntries = Math.max(maxEntries, entries.size());
                        maxPos = Math.max(maxPos, r.metrics().positionPctAfter());
                        maxRisk = Math.max(maxRisk, r.metrics().riskPctAfter());
                    }
                }
            }
            double open = 0;
            for (Entry e : entries) {
                open += e.quantity() * (b.close()[t] - e.price());
            }
            double m = equity + dir * open;
            out.markToMarket[t] = m;
            peak = Math.max(peak, m);
            maxDd = Math.max(maxDd, (peak - m) / peak * 100);
        }
        if (!entries.isEmpty()) {
            double price = b.close()[last];
            double pnl = pnl(entries, price, dir);
            equity = equity + pnl;
            out.exits.add(new ReplayExit(last, b.time()[last], ExitReason.END, price, entries.size(), quantity(entries),
                    average(entries), pnl, equity));
        }
        // pnl: the account's change, equityEnd - account.equity (docs/contract-readings.md); the sum of
        // the exits' pnl equals it up to rounding, which the walk's own property test holds it to
        out.summary = new ReplaySummary(b.size(), out.decisions.size(), cycles, approved, byReason, equity - run.equity(), equity,
                maxEntries, maxPos, maxRisk, maxDd);
        return out;
    }

    private static double average(List<Entry> entries) {
        double qp = 0;
        double q = 0;
        for (Entry e : entries) {
            qp += e.quantity() * e.price();
            q += e.quantity();
        }
        return qp / q;
    }

    private static double quantity(List<Entry> entries) {
        double q = 0;
        for (Entry e : entries) {
            q += e.quantity();
        }
        return q;
    }

    private static double pnl(List<Entry> entries, double exitPrice, int dir) {
        double sum = 0;
        for (Entry e : entries) {
            sum += e.quantity() * (exitPrice - e.price());
        }
        return dir * sum;
    }
}
