package com.scalelab.engine.replay;

import com.scalelab.engine.Decision;
import com.scalelab.engine.DecisionSweep;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The walk of replay contract section 3: a policy over a price history, bar by bar.
 * Both entry points throw {@link java.util.concurrent.CancellationException} when
 * {@code progress} reports the walk cancelled; they never throw for bad policy values (the
 * engine answers INVALID_INPUT for those, as the contract asks).
 *
 * <p>Every verdict is {@link ScalingEngine#evaluate}'s on the scenario of contract 3.3 step 3, and
 * every figure is computed in the order the contract writes it, so a replay is reproducible to the
 * last digit. The walk keeps the position's entries in one immutable list that changes only on an
 * approved entry: a proposal that is held back allocates only its context and the engine's result.
 */
public final class ReplayWalk {
    /** How many bars pass between two polls of {@link ReplayProgress} (a power of two). */
    static final int POLL_EVERY = 4096;

    private ReplayWalk() {
    }

    /** Wilder's ATR of contract 3.1; NaN for t < period - 1 (all NaN for a period below 1). */
    public static double[] atr(BarSeries bars, int period) {
        int size = bars.size();
        double[] atr = new double[size];
        Arrays.fill(atr, Double.NaN);
        if (period < 1 || size < period) {
            return atr;
        }
        double[] high = bars.high();
        double[] low = bars.low();
        double[] close = bars.close();
        double sum = 0;
        for (int t = 0; t < period; t++) {
            sum += trueRange(high, low, close, t);
        }
        double a = sum / period;
        atr[period - 1] = a;
        for (int t = period; t < size; t++) {
            a = (a * (period - 1) + trueRange(high, low, close, t)) / period;
            atr[t] = a;
        }
        return atr;
    }

    private static double trueRange(double[] high, double[] low, double[] close, int t) {
        double range = high[t] - low[t];
        if (t == 0) {
            return range;
        }
        double previous = close[t - 1];
        return Math.max(range, Math.max(Math.abs(high[t] - previous), Math.abs(low[t] - previous)));
    }

    /** Streams the walk's records into {@code sink} in bar order and returns the summary (the command line). */
    public static ReplaySummary stream(ScalingPolicy policy, RunSettings run, BarSeries bars, ReplaySink sink,
                                       ReplayProgress progress) {
        return new Walk(policy, run, bars, sink, progress, null, null, false).walk();
    }

    /**
     * The summary alone, for sweeps: the same walk, the same verdicts and figures as {@link #stream},
     * but a held-back proposal is judged by the engine's decision-only path ({@code decide}, which
     * the engine's property tests hold equal to {@code evaluate}) and only an approved one is traced,
     * for the metrics the walk needs. {@code atr} is {@link #atr}'s for the run's period, computed once
     * per grid by the caller.
     */
    public static ReplaySummary summary(ScalingPolicy policy, RunSettings run, BarSeries bars, double[] atr,
                                        ReplayProgress progress) {
        return new Walk(policy, run, bars, null, progress, null, atr, true).walk();
    }

    /** Runs the walk and keeps everything the desktop view shows. */
    public static ReplayResult run(ScalingPolicy policy, RunSettings run, BarSeries bars, ReplayProgress progress) {
        // EVERY_BAR proposes at nearly every bar after the warm-up: size the columns once
        int walked = Math.max(0, bars.size() - Math.max(0, run.warmUp()));
        Recording recording = new Recording(bars.size(), run.openRule() == OpenRule.EVERY_BAR ? walked : 1024);
        Walk walk = new Walk(policy, run, bars, null, progress, recording, null, false);
        ReplaySummary summary = walk.walk();
        return new RecordedReplay(run, bars, walk.atr, recording, summary);
    }

    /** The signal quality of a proposal at bar t: the file's column where it has one, else the run's. */
    static double signalAt(RunSettings run, BarSeries bars, int t) {
        return bars.hasSignal() ? bars.signal()[t] : run.signalQuality();
    }

    /** dirSign; a run without a direction cannot open (every proposal is INVALID_INPUT), +1 keeps the arithmetic defined. */
    static int sign(Direction direction) {
        return direction == null ? 1 : direction.sign();
    }

    /**
     * What {@link #run} keeps: the decisions in columns of primitives (a million decision objects,
     * each with its metrics and a boxed quantity, made the walk spend most of its time in the
     * collector), read back as records by {@link RecordedReplay}. Per decision also the equity E
     * judged, the cycle it belongs to and its entry count, from which its context is rebuilt.
     */
    static final class Recording {
        final List<ReplayExit> exits = new ArrayList<>();
        final List<ReplayCycle> cycles = new ArrayList<>();
        final double[] markToMarket;
        final double[] drawdownPct;
        private final int capacityLimit;
        int size;
        int[] bar;
        byte[] kind;
        byte[] reason;
        double[] quantity;
        double[] stop;
        double[] equity;
        int[] cycle;
        int[] entries;
        boolean[] hasMetrics;
        int[] entriesAfter;
        double[] positionPctAfter;
        double[] riskAmountAfter;
        double[] riskPctAfter;
        double[] averagePriceAfter;
        double[] suggestedQuantity;

        Recording(int bars, int expectedDecisions) {
            markToMarket = new double[bars];
            drawdownPct = new double[bars];
            Arrays.fill(markToMarket, Double.NaN);
            Arrays.fill(drawdownPct, Double.NaN);
            capacityLimit = Math.max(bars, 1); // one proposal a bar at most
            allocate(Math.max(1, Math.min(capacityLimit, expectedDecisions)));
        }

        private void allocate(int capacity) {
            bar = bar == null ? new int[capacity] : Arrays.copyOf(bar, capacity);
            kind = kind == null ? new byte[capacity] : Arrays.copyOf(kind, capacity);
            reason = reason == null ? new byte[capacity] : Arrays.copyOf(reason, capacity);
            quantity = quantity == null ? new double[capacity] : Arrays.copyOf(quantity, capacity);
            stop = stop == null ? new double[capacity] : Arrays.copyOf(stop, capacity);
            equity = equity == null ? new double[capacity] : Arrays.copyOf(equity, capacity);
            cycle = cycle == null ? new int[capacity] : Arrays.copyOf(cycle, capacity);
            entries = entries == null ? new int[capacity] : Arrays.copyOf(entries, capacity);
            hasMetrics = hasMetrics == null ? new boolean[capacity] : Arrays.copyOf(hasMetrics, capacity);
            entriesAfter = entriesAfter == null ? new int[capacity] : Arrays.copyOf(entriesAfter, capacity);
            positionPctAfter = grow(positionPctAfter, capacity);
            riskAmountAfter = grow(riskAmountAfter, capacity);
            riskPctAfter = grow(riskPctAfter, capacity);
            averagePriceAfter = grow(averagePriceAfter, capacity);
            suggestedQuantity = grow(suggestedQuantity, capacity);
        }

        private static double[] grow(double[] a, int capacity) {
            return a == null ? new double[capacity] : Arrays.copyOf(a, capacity);
        }

        void decision(int t, ProposalKind k, double q, double stopPrice, ReasonCode code, Metrics m, double e,
                      int cycleIndex, int entryCount) {
            int i = size;
            if (i == bar.length) {
                allocate((int) Math.min(capacityLimit, Math.max(i + 1L, i + (long) (i >> 1))));
            }
            bar[i] = t;
            kind[i] = (byte) k.ordinal();
            reason[i] = (byte) code.ordinal();
            quantity[i] = q;
            stop[i] = stopPrice;
            equity[i] = e;
            cycle[i] = cycleIndex;
            entries[i] = entryCount;
            if (m != null) {
                hasMetrics[i] = true;
                entriesAfter[i] = m.entriesAfter();
                positionPctAfter[i] = m.positionPctAfter();
                riskAmountAfter[i] = m.riskAmountAfter();
                riskPctAfter[i] = m.riskPctAfter();
                averagePriceAfter[i] = m.averagePriceAfter();
                // null exactly for an initial entry (no entries yet), so the kind tells it back
                suggestedQuantity[i] = m.suggestedQuantity() == null ? Double.NaN : m.suggestedQuantity();
            }
            size = i + 1;
        }
    }

    /** One walk's state: cash equity, the open position (if any) and the running figures. */
    private static final class Walk {
        private static final ReplaySink NO_SINK = new ReplaySink() {
        };

        private final ScalingPolicy policy;
        private final RunSettings run;
        private final BarSeries bars;
        private final ReplaySink sink;
        private final ReplayProgress progress;
        private final Recording recording;
        private final Direction direction;
        private final int sign;
        private final double[] atr;
        private final Channel highs;
        private final Channel lows;

        private double equity;
        // the open position: entries in order, in columns for the per-bar sums and as the engine's list
        private int entryCount;
        private double[] entryPrice = new double[8];
        private double[] entryQuantity = new double[8];
        private final ArrayList<Entry> entryBuffer = new ArrayList<>();
        private List<Entry> entries = List.of();
        private double sumQuantity;
        private double sumQuantityPrice;
        private double averagePrice;
        private double stop;
        private Position position;
        private int lastEntryBar;
        private int openBar;
        private double largestAdverseMove;
        private List<Double> stopAfterEntry;

        // the summary
        private int decisions;
        private int cycles;
        private int approvedEntries;
        private final int[] byReason = new int[ReasonCode.values().length];
        private int maxEntriesInACycle;
        private double maxPositionPct;
        private double maxRiskPct;
        private double peak;
        private double maxDrawdownPct;

        /** Summary only: no records are made, held-back proposals take the decision-only path. */
        private final boolean summaryOnly;
        /** Summary only: the open position prepared for many add decisions; null after any change. */
        private DecisionSweep addSweep;
        /** The next add's quantity (the engine's suggestedQuantity) and the entry count it was computed for. */
        private double addQuantity;
        private int addQuantityFor = -1;

        Walk(ScalingPolicy policy, RunSettings run, BarSeries bars, ReplaySink sink, ReplayProgress progress,
             Recording recording, double[] precomputedAtr, boolean summaryOnly) {
            this.summaryOnly = summaryOnly;
            this.policy = policy;
            this.run = run;
            this.bars = bars;
            this.sink = sink == null ? NO_SINK : sink;
            this.progress = progress == null ? ReplayProgress.NONE : progress;
            this.recording = recording;
            this.direction = run.direction();
            this.sign = sign(direction);
            this.atr = precomputedAtr != null ? precomputedAtr : atr(bars, run.atrPeriod());
            Integer lookback = run.lookback();
            boolean channelRule = run.openRule() == OpenRule.BREAKOUT || run.openRule() == OpenRule.PULLBACK;
            // a channel rule without a usable lookback never fires (the loader refuses such a run)
            boolean channel = channelRule && lookback != null && lookback >= 1;
            this.highs = channel ? new Channel(bars.high(), lookback, true) : null;
            this.lows = channel ? new Channel(bars.low(), lookback, false) : null;
            this.equity = run.equity();
        }

        ReplaySummary walk() {
            int size = bars.size();
            int w = Math.max(0, run.warmUp());
            double[] close = bars.close();
            for (int t = w; t < size; t++) {
                if (((t - w) & (POLL_EVERY - 1)) == 0) {
                    poll(t, size);
                }
                boolean exited = entryCount > 0 && lastEntryBar < t && exitAt(t);
                if (!exited) {
                    propose(t);
                }
                mark(t, close[t], t == w);
            }
            // a cancel in the last few thousand bars is still honoured, before the END record goes out
            if (progress.isCancelled()) {
                throw new CancellationException("replay cancelled");
            }
            if (entryCount > 0) {
                close(size - 1, close[size - 1], ExitReason.END);
            }
            progress.progress(size, size);
            return summary(size);
        }

        private void poll(int t, int size) {
            if (progress.isCancelled()) {
                throw new CancellationException("replay cancelled at bar " + t);
            }
            progress.progress(t, size);
        }

        /** Step 1: the stop before the take-profit, each first at the open (a gap), then intrabar. */
        private boolean exitAt(int t) {
            double open = bars.open()[t];
            double high = bars.high()[t];
            double low = bars.low()[t];
            Double takeProfitPct = run.takeProfitPct();
            if (sign > 0) {
                if (open <= stop) {
                    return close(t, open, ExitReason.STOP);
                }
                if (low <= stop) {
                    return close(t, stop, ExitReason.STOP);
                }
                if (takeProfitPct != null) {
                    double tp = averagePrice * (1 + takeProfitPct / 100);
                    if (open >= tp) {
                        return close(t, open, ExitReason.TAKE_PROFIT);
                    }
                    if (high >= tp) {
                        return close(t, tp, ExitReason.TAKE_PROFIT);
                    }
                }
            } else {
                if (open >= stop) {
                    return close(t, open, ExitReason.STOP);
                }
                if (high >= stop) {
                    return close(t, stop, ExitReason.STOP);
                }
                if (takeProfitPct != null) {
                    double tp = averagePrice * (1 - takeProfitPct / 100);
                    if (open <= tp) {
                        return close(t, open, ExitReason.TAKE_PROFIT);
                    }
                    if (low <= tp) {
                        return close(t, tp, ExitReason.TAKE_PROFIT);
                    }
                }
            }
            return false;
        }

        private boolean close(int t, double exitPrice, ExitReason reason) {
            addSweep = null;
            addQuantityFor = -1;
            double sum = 0;
            for (int i = 0; i < entryCount; i++) {
                sum += entryQuantity[i] * (exitPrice - entryPrice[i]);
            }
            double pnl = sign * sum;
            equity += pnl;
            ReplayExit exit = new ReplayExit(t, bars.time()[t], reason, exitPrice, entryCount, sumQuantity, averagePrice,
                    pnl, equity);
            cycles++;
            if (entryCount > maxEntriesInACycle) {
                maxEntriesInACycle = entryCount;
            }
            if (recording != null) {
                recording.exits.add(exit);
                recording.cycles.add(new ReplayCycle(openBar, t, entries, stopAfterEntry, exit, largestAdverseMove));
            }
            sink.exit(exit);
            entryCount = 0;
            entryBuffer.clear();
            entries = List.of();
            sumQuantity = 0;
            sumQuantityPrice = 0;
            averagePrice = Double.NaN;
            stop = Double.NaN;
            position = null;
            return true;
        }

        /** Steps 2 to 4 at the close of bar t. */
        private void propose(int t) {
            double price = bars.close()[t];
            double a = atr[t];
            ProposalKind kind;
            double quantity;
            double stopPrice;
            Position judged;
            if (entryCount == 0) {
                if (!opens(t, price)) {
                    return;
                }
                kind = ProposalKind.OPEN;
                quantity = equity * run.notionalPct() / 100 / price;
                stopPrice = price - sign * run.stopAtr() * a;
                judged = new Position(direction, stopPrice, List.of());
            } else {
                kind = ProposalKind.ADD;
                // as the engine computes suggestedQuantity, so the two agree to the last bit
                if (addQuantityFor != entryCount) {
                    // Math.pow once per position state, not once per bar: the same number every time
                    addQuantity = entryQuantity[0] * Math.pow(policy.sizing().scale(), entryCount);
                    addQuantityFor = entryCount;
                }
                quantity = addQuantity;
                stopPrice = stop;
                judged = position;
            }
            Instant time = bars.time()[t];
            if (summaryOnly && entryCount > 0) {
                // Between two approvals the position and the equity stand still: judge the add on a
                // sweep prepared once per position state, varying only what moves bar by bar.
                if (addSweep == null) {
                    addSweep = new DecisionSweep(policy, new ScalingContext(run.symbol(), equity, judged,
                            sign * sumQuantity, List.of(), new Market(a, run.spreadBps()),
                            new ProposedEntry(direction, price, quantity, time, t, signalAt(run, bars, t))));
                }
                Instant last = entries.get(entryCount - 1).time();
                // the engine's own minutesSinceLast arithmetic, so both paths see the same number
                double minutes = (time.getEpochSecond() - last.getEpochSecond()) / 60.0
                        + (time.getNano() - last.getNano()) / 6e10;
                ReasonCode quick = addSweep.decide(price, quantity, minutes, (long) t - lastEntryBar,
                        signalAt(run, bars, t), a, run.spreadBps());
                if (quick.decision() != Decision.SCALE) {
                    decisions++;
                    byReason[quick.ordinal()]++;
                    return;
                }
            }
            ScalingContext ctx = new ScalingContext(run.symbol(), equity, judged, sign * sumQuantity, List.of(),
                    new Market(a, run.spreadBps()),
                    new ProposedEntry(direction, price, quantity, time, t, signalAt(run, bars, t)));
            if (summaryOnly) {
                ReasonCode quick = ScalingEngine.decide(policy, ctx);
                if (quick.decision() != Decision.SCALE) {
                    decisions++;
                    byReason[quick.ordinal()]++;
                    return;
                }
            }
            ScalingResult result = ScalingEngine.evaluate(policy, ctx);
            ReasonCode code = result.reasonCode();
            Metrics metrics = result.metrics();
            decisions++;
            byReason[code.ordinal()]++;
            if (recording != null) {
                // the cycle this proposal belongs to is the next one to be closed
                recording.decision(t, kind, quantity, stopPrice, code, metrics, equity, recording.cycles.size(),
                        entryCount);
            }
            if (sink != NO_SINK) {
                sink.decision(new ReplayDecision(t, time, kind, price, quantity, a, stopPrice, result.decision(), code,
                        metrics), result);
            }
            if (result.decision() == Decision.SCALE && metrics != null) {
                enter(t, time, price, quantity, stopPrice, a, metrics);
            }
        }

        private boolean opens(int t, double close) {
            OpenRule rule = run.openRule();
            if (rule == OpenRule.EVERY_BAR) {
                return true;
            }
            if (highs == null) {
                return false;
            }
            boolean breakout = rule == OpenRule.BREAKOUT;
            // LONG breakout and SHORT pullback look above the channel; the other two below it
            if (breakout == (sign > 0)) {
                return close > highs.before(t);
            }
            return close < lows.before(t);
        }

        /** Step 4 on SCALE: the proposal becomes an entry; with FROM_AVERAGE the stop follows the average. */
        private void enter(int t, Instant time, double price, double quantity, double proposedStop, double a,
                           Metrics metrics) {
            boolean initial = entryCount == 0;
            addSweep = null;
            if (entryCount == entryPrice.length) {
                entryPrice = Arrays.copyOf(entryPrice, entryCount * 2);
                entryQuantity = Arrays.copyOf(entryQuantity, entryCount * 2);
            }
            entryPrice[entryCount] = price;
            entryQuantity[entryCount] = quantity;
            entryCount++;
            entryBuffer.add(new Entry(price, quantity, time, t));
            entries = List.copyOf(entryBuffer);
            sumQuantity += quantity;
            sumQuantityPrice += quantity * price;
            // the engine's averagePriceAfter, bit for bit (same sums in the same order)
            averagePrice = sumQuantityPrice / sumQuantity;
            lastEntryBar = t;
            if (initial) {
                openBar = t;
                stop = proposedStop;
                largestAdverseMove = 0;
                stopAfterEntry = recording == null ? null : new ArrayList<>();
            } else if (run.stopMode() == StopMode.FROM_AVERAGE) {
                stop = metrics.averagePriceAfter() - sign * run.stopAtr() * a;
            }
            position = new Position(direction, stop, entries);
            if (stopAfterEntry != null) {
                stopAfterEntry.add(stop);
            }
            approvedEntries++;
            if (metrics.positionPctAfter() > maxPositionPct) {
                maxPositionPct = metrics.positionPctAfter();
            }
            if (metrics.riskPctAfter() > maxRiskPct) {
                maxRiskPct = metrics.riskPctAfter();
            }
        }

        /**
         * Section 3.4: M_t after steps 1-4, its running peak and the drawdown from it. At the last bar M
         * is taken before the END close; it equals the equity after it to the last bit, since the END
         * pnl is the same sum over the same entries at the same close.
         */
        private void mark(int t, double close, boolean first) {
            double m = equity;
            if (entryCount > 0) {
                double sum = 0;
                for (int i = 0; i < entryCount; i++) {
                    sum += entryQuantity[i] * (close - entryPrice[i]);
                }
                double open = sign * sum;
                m = equity + open;
                if (-open > largestAdverseMove) {
                    largestAdverseMove = -open;
                }
            }
            if (first || m > peak || Double.isNaN(peak)) {
                peak = m;
            }
            double drawdown = (peak - m) / peak * 100;
            if (drawdown > maxDrawdownPct) {
                maxDrawdownPct = drawdown;
            }
            if (recording != null) {
                recording.markToMarket[t] = m;
                recording.drawdownPct[t] = drawdown;
            }
        }

        private ReplaySummary summary(int size) {
            Map<ReasonCode, Integer> counts = new EnumMap<>(ReasonCode.class);
            for (ReasonCode code : ReasonCode.values()) {
                counts.put(code, byReason[code.ordinal()]);
            }
            return new ReplaySummary(size, decisions, cycles, approvedEntries, counts, equity - run.equity(), equity,
                    maxEntriesInACycle, maxPositionPct, maxRiskPct, maxDrawdownPct);
        }
    }
}
