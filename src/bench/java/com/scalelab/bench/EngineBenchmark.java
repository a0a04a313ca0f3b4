package com.scalelab.bench;

import com.scalelab.engine.CheckResult;
import com.scalelab.engine.DecisionSweep;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.OrderSide;
import com.scalelab.engine.PendingOrder;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine on a realistic 4-entry LONG pyramid (the contract's example policy with maxEntries 5):
 * LONG 10 @ 100, 5 @ 103, 2.5 @ 106, 1.25 @ 109, stop 95, adding 0.625 @ 112 90 min and 6 bars
 * after the last entry. SCALE_APPROVED, so every check runs to the end on every path.
 *
 * <p>Run: {@code mvn -B -o -Pbench test-compile exec:exec} (see docs/benchmarks.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EngineBenchmark {
    // Non-final state fields: the JIT must read them on every call and cannot fold the verdict.
    ScalingPolicy policy;
    ScalingContext context;
    DecisionSweep sweep;
    double sweepPrice;
    double sweepMinutes;
    long sweepBars;
    double sweepSignal;
    double sweepAtr;
    double sweepSpread;

    @Setup
    public void setUp() {
        policy = new ScalingPolicy("Trend pyramid", "donchian-breakout", "",
                new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 5),
                new ScalingPolicy.Limits(20.0, 2.0, 0.0),
                new ScalingPolicy.Qualification(60, 3, 0.6, 1.0, 4.0, new ScalingPolicy.Band(0.5, 5.0)),
                new ScalingPolicy.Execution(20.0),
                new ScalingPolicy.Sizing(0.5));
        Instant t0 = Instant.parse("2026-01-05T14:30:00Z");
        List<Entry> entries = List.of(
                new Entry(100.0, 10, t0, 120),
                new Entry(103.0, 5, t0.plusSeconds(90 * 60), 126),
                new Entry(106.0, 2.5, t0.plusSeconds(180 * 60), 132),
                new Entry(109.0, 1.25, t0.plusSeconds(270 * 60), 138));
        context = new ScalingContext("ES", 100_000, new Position(Direction.LONG, 95.0, entries), 18.75,
                List.of(new PendingOrder(OrderSide.SELL, 18.75, true)), new Market(2.0, 4.0),
                new ProposedEntry(Direction.LONG, 112.0, 0.625, t0.plusSeconds(360 * 60), 144, 0.8));
        sweep = new DecisionSweep(policy, context);
        sweepPrice = 112.0;
        sweepMinutes = 90.0;
        sweepBars = 6;
        sweepSignal = 0.8;
        sweepAtr = 2.0;
        sweepSpread = 4.0;

        // All four paths must make the same decision, or the comparison means nothing.
        ScalingResult traced = ScalingEngine.evaluate(policy, context);
        ReasonCode[] all = {traced.reasonCode(), ScalingEngine.decide(policy, context),
                sweep.decide(sweepPrice, sweepMinutes, sweepBars, sweepSignal, sweepAtr, sweepSpread),
                Baseline.decide(policy, context)};
        for (ReasonCode r : all) {
            if (r != ReasonCode.SCALE_APPROVED) {
                throw new IllegalStateException("paths disagree on the benchmark scenario: " + java.util.Arrays.toString(all)
                        + " (" + traced.explanation() + ")");
            }
        }
    }

    @Benchmark
    public void baseline(Blackhole bh) {
        bh.consume(Baseline.decide(policy, context));
    }

    /** The verdict with its 15-check trace (codes, statuses, observed values, limits) and metrics. */
    @Benchmark
    public void evaluateTraced(Blackhole bh) {
        bh.consume(ScalingEngine.evaluate(policy, context));
    }

    /** The traced path with every line of the trace read: status, observed value and limit. */
    @Benchmark
    public void evaluateTracedLinesRead(Blackhole bh) {
        ScalingResult r = ScalingEngine.evaluate(policy, context);
        for (CheckResult c : r.checks()) {
            bh.consume(c.status());
            bh.consume(c.observed());
            bh.consume(c.limit());
        }
    }

    /** The traced path with every message and the explanation written out, as the CLI and the UI read them. */
    @Benchmark
    public void evaluateTracedAndWritten(Blackhole bh) {
        ScalingResult r = ScalingEngine.evaluate(policy, context);
        bh.consume(r.explanation());
        for (CheckResult c : r.checks()) {
            bh.consume(c.message());
        }
    }

    @Benchmark
    public void decide(Blackhole bh) {
        bh.consume(ScalingEngine.decide(policy, context));
    }

    @Benchmark
    public void sweepDecide(Blackhole bh) {
        bh.consume(sweep.decide(sweepPrice, sweepMinutes, sweepBars, sweepSignal, sweepAtr, sweepSpread));
    }

    /**
     * The same decision written by hand for this comparison: the domain checks and the 14 rules
     * inline (the policy's validity included), one pass over the entries, no trace, no message, no
     * allocation.
     */
    static final class Baseline {
        private Baseline() {
        }

        static ReasonCode decide(ScalingPolicy p, ScalingContext c) {
            if (!policyOk(p)) {
                return ReasonCode.INVALID_INPUT;
            }
            double equity = c.equity();
            Market m = c.market();
            Position pos = c.position();
            ProposedEntry x = c.proposed();
            if (!ok(equity) || !ok(m.atr()) || !(m.spreadBps() >= 0 && m.spreadBps() < Double.POSITIVE_INFINITY)
                    || !ok(pos.stopPrice()) || !ok(x.price()) || !ok(x.quantity()) || x.direction() == null
                    || x.time() == null || x.bar() < 0 || !(x.signalQuality() >= 0 && x.signalQuality() <= 1)
                    || !(c.brokerPositionQuantity() - c.brokerPositionQuantity() == 0)) {
                return ReasonCode.INVALID_INPUT;
            }
            List<PendingOrder> orders = c.pendingOrders();
            boolean conflict = false;
            for (int i = 0; i < orders.size(); i++) {
                PendingOrder o = orders.get(i);
                if (o.side() == null || !ok(o.quantity())) {
                    return ReasonCode.INVALID_INPUT;
                }
                conflict |= !o.reduceOnly();
            }
            List<Entry> entries = pos.entries();
            int n = entries.size();
            double stop = pos.stopPrice();
            double sumQ = 0;
            double risk = 0;
            Entry last = null;
            for (int i = 0; i < n; i++) {
                Entry e = entries.get(i);
                if (!ok(e.price()) || !ok(e.quantity()) || e.time() == null || e.bar() < 0
                        || (last != null && (e.time().isBefore(last.time()) || e.bar() < last.bar()))) {
                    return ReasonCode.INVALID_INPUT;
                }
                sumQ += e.quantity();
                risk += e.quantity() * (e.price() - stop);
                last = e;
            }
            if (last != null && (pos.direction() == null || x.time().isBefore(last.time()) || x.bar() < last.bar())) {
                return ReasonCode.INVALID_INPUT;
            }
            ScalingPolicy.Scaling s = p.scaling();
            ScalingPolicy.Limits l = p.limits();
            int sign = x.direction() == Direction.LONG ? 1 : -1;
            if (n > 0 && !s.enabled()) {
                return ReasonCode.SCALING_DISABLED;
            }
            if (n + 1 > s.maxEntries()) {
                return ReasonCode.MAX_ENTRIES_REACHED;
            }
            if (over((sumQ + x.quantity()) * x.price() / equity * 100, l.maxPositionPct())) {
                return ReasonCode.MAX_POSITION_EXCEEDED;
            }
            if (conflict) {
                return ReasonCode.PENDING_ORDER_CONFLICT;
            }
            double ledger = n == 0 ? 0 : (pos.direction() == Direction.LONG ? sumQ : -sumQ);
            if (over(Math.abs(c.brokerPositionQuantity() - ledger), l.ledgerTolerance())) {
                return ReasonCode.LEDGER_MISMATCH;
            }
            risk += x.quantity() * (x.price() - stop);
            if (over(Math.max(0, sign * risk) / equity * 100, l.maxRiskPct())) {
                return ReasonCode.RISK_BUDGET_EXCEEDED;
            }
            if ((n > 0 && x.direction() != pos.direction())
                    || (sign > 0 ? !under(stop, x.price()) : !over(stop, x.price()))) {
                return ReasonCode.DIRECTION_CONFLICT;
            }
            if (n == 0) {
                return ReasonCode.INITIAL_ENTRY;
            }
            ScalingPolicy.Qualification q = p.qualification();
            double minutes = (x.time().getEpochSecond() - last.time().getEpochSecond()) / 60.0
                    + (x.time().getNano() - last.time().getNano()) / 6e10;
            if (under(minutes, q.minMinutesBetween())) {
                return ReasonCode.MIN_TIME_NOT_ELAPSED;
            }
            if (x.bar() - last.bar() < q.minBarsBetween()) {
                return ReasonCode.MIN_BARS_NOT_ELAPSED;
            }
            if (under(x.signalQuality(), q.minSignalQuality())) {
                return ReasonCode.SIGNAL_TOO_WEAK;
            }
            double move = sign * (x.price() - last.price());
            boolean averageDown = s.mode() == ScalingMode.AVERAGE_DOWN;
            if (same(x.price(), last.price()) || (averageDown ? move > 0 : move < 0)) {
                return ReasonCode.PRICE_STRUCTURE_MISMATCH;
            }
            double spacing = Math.abs(move) / m.atr();
            if (under(spacing, q.minSpacingAtr()) || (q.maxSpacingAtr() != null && over(spacing, q.maxSpacingAtr()))) {
                return ReasonCode.PRICE_SPACING_OUT_OF_RANGE;
            }
            double vol = m.atr() / x.price() * 100;
            ScalingPolicy.Band band = q.volatilityPct();
            if (band != null && (under(vol, band.min()) || over(vol, band.max()))) {
                return ReasonCode.VOLATILITY_OUT_OF_RANGE;
            }
            Double maxSpread = p.execution().maxSpreadBps();
            if (maxSpread != null && over(m.spreadBps(), maxSpread)) {
                return ReasonCode.EXECUTION_INFEASIBLE;
            }
            return ReasonCode.SCALE_APPROVED;
        }

        private static boolean policyOk(ScalingPolicy p) {
            ScalingPolicy.Scaling s = p.scaling();
            ScalingPolicy.Limits l = p.limits();
            ScalingPolicy.Qualification q = p.qualification();
            ScalingPolicy.Band b = q.volatilityPct();
            Double maxSpacing = q.maxSpacingAtr();
            Double maxSpread = p.execution().maxSpreadBps();
            return p.name() != null && !p.name().isBlank() && s != null && l != null
                    && (!s.enabled() || s.mode() != null) && s.maxEntries() >= 1 && s.maxEntries() <= 100
                    && l.maxPositionPct() > 0 && l.maxPositionPct() <= 1000 && l.maxRiskPct() > 0 && l.maxRiskPct() <= 100
                    && zeroOrMore(l.ledgerTolerance()) && zeroOrMore(q.minMinutesBetween()) && q.minBarsBetween() >= 0
                    && q.minSignalQuality() >= 0 && q.minSignalQuality() <= 1 && zeroOrMore(q.minSpacingAtr())
                    && (maxSpacing == null || (zeroOrMore(maxSpacing) && maxSpacing >= q.minSpacingAtr()))
                    && (b == null || (zeroOrMore(b.min()) && zeroOrMore(b.max()) && b.min() <= b.max()))
                    && (maxSpread == null || zeroOrMore(maxSpread)) && ok(p.sizing().scale());
        }

        private static boolean zeroOrMore(double v) {
            return v >= 0 && v < Double.POSITIVE_INFINITY;
        }

        private static boolean ok(double v) {
            return v > 0 && v < Double.POSITIVE_INFINITY;
        }

        private static boolean same(double a, double b) {
            double d = Math.abs(a - b);
            return d <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b))) && d < Double.POSITIVE_INFINITY;
        }

        private static boolean over(double a, double b) {
            return !(a <= b) && !same(a, b);
        }

        private static boolean under(double a, double b) {
            return a < b && !same(a, b);
        }
    }
}
