package com.scalelab.engine.replay;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Replay contract section 3 read as plainly as it is written, for the property tests to hold the
 * walk to: a list of entries, every window scanned, every sum recomputed from the entries at every
 * bar, every scenario built from scratch. Slow on purpose; it shares no code with the walk but the
 * engine (and the ATR, which the example tests check by hand).
 */
final class ContractWalk {
    final List<ReplayDecision> decisions = new ArrayList<>();
    final List<ReplayExit> exits = new ArrayList<>();
    final double[] markToMarket;
    double equity;
    int approved;
    double maxPositionPct;
    double maxRiskPct;

    private ContractWalk(int size) {
        markToMarket = new double[size];
        Arrays.fill(markToMarket, Double.NaN);
    }

    static ContractWalk walk(ScalingPolicy policy, RunSettings run, BarSeries bars) {
        ContractWalk out = new ContractWalk(bars.size());
        out.equity = run.equity();
        double[] atr = ReplayWalk.atr(bars, run.atrPeriod());
        int dirSign = run.direction().sign();
        int lookback = run.lookback() == null ? 0 : run.lookback();
        List<Entry> entries = new ArrayList<>();
        double stop = Double.NaN;
        int n = bars.size();
        for (int t = run.warmUp(); t < n; t++) {
            double open = bars.open()[t];
            double high = bars.high()[t];
            double low = bars.low()[t];
            double close = bars.close()[t];
            boolean exited = false;
            if (!entries.isEmpty() && entries.get(entries.size() - 1).bar() < t) {
                double average = averagePrice(entries);
                Double tpPct = run.takeProfitPct();
                double exitPrice = Double.NaN;
                ExitReason reason = null;
                if (dirSign == 1) {
                    if (open <= stop) {
                        exitPrice = open;
                        reason = ExitReason.STOP;
                    } else if (low <= stop) {
                        exitPrice = stop;
                        reason = ExitReason.STOP;
                    } else if (tpPct != null && open >= average * (1 + tpPct / 100)) {
                        exitPrice = open;
                        reason = ExitReason.TAKE_PROFIT;
                    } else if (tpPct != null && high >= average * (1 + tpPct / 100)) {
                        exitPrice = average * (1 + tpPct / 100);
                        reason = ExitReason.TAKE_PROFIT;
                    }
                } else {
                    if (open >= stop) {
                        exitPrice = open;
                        reason = ExitReason.STOP;
                    } else if (high >= stop) {
                        exitPrice = stop;
                        reason = ExitReason.STOP;
                    } else if (tpPct != null && open <= average * (1 - tpPct / 100)) {
                        exitPrice = open;
                        reason = ExitReason.TAKE_PROFIT;
                    } else if (tpPct != null && low <= average * (1 - tpPct / 100)) {
                        exitPrice = average * (1 - tpPct / 100);
                        reason = ExitReason.TAKE_PROFIT;
                    }
                }
                if (reason != null) {
                    out.exit(t, bars, reason, exitPrice, entries, dirSign);
                    entries = new ArrayList<>();
                    exited = true;
                }
            }
            if (!exited) {
                boolean flat = entries.isEmpty();
                boolean fires = false;
                if (flat) {
                    switch (run.openRule()) {
                        case EVERY_BAR -> fires = true;
                        case BREAKOUT -> fires = dirSign == 1 ? close > highest(bars, t, lookback)
                                : close < lowest(bars, t, lookback);
                        case PULLBACK -> fires = dirSign == 1 ? close < lowest(bars, t, lookback)
                                : close > highest(bars, t, lookback);
                        default -> throw new AssertionError();
                    }
                }
                if (!flat || fires) {
                    double quantity;
                    double proposalStop;
                    if (flat) {
                        quantity = out.equity * run.notionalPct() / 100 / close;
                        proposalStop = close - dirSign * run.stopAtr() * atr[t];
                    } else {
                        quantity = entries.get(0).quantity() * Math.pow(policy.sizing().scale(), entries.size());
                        proposalStop = stop;
                    }
                    double held = 0;
                    for (Entry e : entries) {
                        held += e.quantity();
                    }
                    double signal = bars.hasSignal() ? bars.signal()[t] : run.signalQuality();
                    ScalingContext ctx = new ScalingContext(run.symbol(), out.equity,
                            new Position(run.direction(), proposalStop, entries), dirSign * held, List.of(),
                            new Market(atr[t], run.spreadBps()),
                            new ProposedEntry(run.direction(), close, quantity, bars.time()[t], t, signal));
                    ScalingResult r = ScalingEngine.evaluate(policy, ctx);
                    out.decisions.add(new ReplayDecision(t, bars.time()[t], flat ? ProposalKind.OPEN : ProposalKind.ADD,
                            close, quantity, atr[t], proposalStop, r.decision(), r.reasonCode(), r.metrics()));
                    if (r.decision() == Decision.SCALE) {
                        entries.add(new Entry(close, quantity, bars.time()[t], t));
                        if (flat) {
                            stop = proposalStop;
                        } else if (run.stopMode() == StopMode.FROM_AVERAGE) {
                            stop = r.metrics().averagePriceAfter() - dirSign * run.stopAtr() * atr[t];
                        }
                        out.approved++;
                        out.maxPositionPct = Math.max(out.maxPositionPct, r.metrics().positionPctAfter());
                        out.maxRiskPct = Math.max(out.maxRiskPct, r.metrics().riskPctAfter());
                    }
                }
            }
            double openProfit = 0;
            for (Entry e : entries) {
                openProfit += e.quantity() * (close - e.price());
            }
            out.markToMarket[t] = out.equity + dirSign * openProfit;
        }
        if (!entries.isEmpty()) {
            out.exit(n - 1, bars, ExitReason.END, bars.close()[n - 1], entries, dirSign);
        }
        return out;
    }

    private void exit(int t, BarSeries bars, ExitReason reason, double price, List<Entry> entries, int dirSign) {
        double sum = 0;
        double quantity = 0;
        for (Entry e : entries) {
            sum += e.quantity() * (price - e.price());
            quantity += e.quantity();
        }
        double pnl = dirSign * sum;
        equity += pnl;
        exits.add(new ReplayExit(t, bars.time()[t], reason, price, entries.size(), quantity, averagePrice(entries), pnl,
                equity));
    }

    private static double averagePrice(List<Entry> entries) {
        double qp = 0;
        double q = 0;
        for (Entry e : entries) {
            qp += e.quantity() * e.price();
            q += e.quantity();
        }
        return qp / q;
    }

    private static double highest(BarSeries bars, int t, int lookback) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = t - lookback; i < t; i++) {
            max = Math.max(max, bars.high()[i]);
        }
        return max;
    }

    private static double lowest(BarSeries bars, int t, int lookback) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = t - lookback; i < t; i++) {
            min = Math.min(min, bars.low()[i]);
        }
        return min;
    }
}
