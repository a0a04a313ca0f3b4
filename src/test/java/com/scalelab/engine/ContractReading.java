package com.scalelab.engine;

import java.time.Duration;
import java.util.List;

/**
 * The contract's sections 1, 2 and 4 read as plainly as possible, with no aggregates, no shared
 * code with the engine and no concern for speed: the property tests hold the engine to it.
 */
final class ContractReading {
    private ContractReading() {
    }

    static ReasonCode decide(ScalingPolicy policy, ScalingContext ctx) {
        if (!inDomain(policy, ctx)) {
            return ReasonCode.INVALID_INPUT;
        }
        ScalingPolicy.Scaling scaling = policy.scaling();
        ScalingPolicy.Limits limits = policy.limits();
        ScalingPolicy.Qualification q = policy.qualification();
        List<Entry> entries = ctx.position().entries();
        ProposedEntry p = ctx.proposed();
        int n = entries.size();
        int dirSign = p.direction() == Direction.LONG ? 1 : -1;

        if (n > 0 && !scaling.enabled()) {
            return ReasonCode.SCALING_DISABLED;
        }
        if (n + 1 > scaling.maxEntries()) {
            return ReasonCode.MAX_ENTRIES_REACHED;
        }
        double sumQuantity = 0;
        for (Entry e : entries) {
            sumQuantity += e.quantity();
        }
        double positionPctAfter = (sumQuantity + p.quantity()) * p.price() / ctx.equity() * 100;
        if (exceeds(positionPctAfter, limits.maxPositionPct())) {
            return ReasonCode.MAX_POSITION_EXCEEDED;
        }
        for (PendingOrder o : ctx.pendingOrders()) {
            if (!o.reduceOnly()) {
                return ReasonCode.PENDING_ORDER_CONFLICT;
            }
        }
        double ledgerQuantity = n == 0 ? 0 : (ctx.position().direction() == Direction.LONG ? 1 : -1) * sumQuantity;
        if (exceeds(Math.abs(ctx.brokerPositionQuantity() - ledgerQuantity), limits.ledgerTolerance())) {
            return ReasonCode.LEDGER_MISMATCH;
        }
        double stop = ctx.position().stopPrice();
        double risk = 0;
        for (Entry e : entries) {
            risk += e.quantity() * (e.price() - stop);
        }
        risk += p.quantity() * (p.price() - stop);
        double riskAmountAfter = Math.max(0, dirSign * risk);
        if (exceeds(riskAmountAfter / ctx.equity() * 100, limits.maxRiskPct())) {
            return ReasonCode.RISK_BUDGET_EXCEEDED;
        }
        boolean opposite = n > 0 && p.direction() != ctx.position().direction();
        boolean stopWrongSide = p.direction() == Direction.LONG ? atLeast(stop, p.price()) : atLeast(p.price(), stop);
        if (opposite || stopWrongSide) {
            return ReasonCode.DIRECTION_CONFLICT;
        }
        if (n == 0) {
            return ReasonCode.INITIAL_ENTRY;
        }
        Entry last = entries.get(n - 1);
        Duration since = Duration.between(last.time(), p.time());
        double minutesSinceLast = since.getSeconds() / 60.0 + since.getNano() / 6e10;
        if (below(minutesSinceLast, q.minMinutesBetween())) {
            return ReasonCode.MIN_TIME_NOT_ELAPSED;
        }
        if (p.bar() - last.bar() < q.minBarsBetween()) {
            return ReasonCode.MIN_BARS_NOT_ELAPSED;
        }
        if (below(p.signalQuality(), q.minSignalQuality())) {
            return ReasonCode.SIGNAL_TOO_WEAK;
        }
        double move = dirSign * (p.price() - last.price());
        boolean noMove = equal(p.price(), last.price());
        ScalingMode mode = scaling.mode() == null ? ScalingMode.PYRAMID : scaling.mode();
        if (noMove || (mode == ScalingMode.PYRAMID ? move < 0 : move > 0)) {
            return ReasonCode.PRICE_STRUCTURE_MISMATCH;
        }
        double spacingAtr = Math.abs(move) / ctx.market().atr();
        if (below(spacingAtr, q.minSpacingAtr()) || (q.maxSpacingAtr() != null && exceeds(spacingAtr, q.maxSpacingAtr()))) {
            return ReasonCode.PRICE_SPACING_OUT_OF_RANGE;
        }
        double volatilityPctNow = ctx.market().atr() / p.price() * 100;
        ScalingPolicy.Band band = q.volatilityPct();
        if (band != null && (below(volatilityPctNow, band.min()) || exceeds(volatilityPctNow, band.max()))) {
            return ReasonCode.VOLATILITY_OUT_OF_RANGE;
        }
        Double maxSpread = policy.execution().maxSpreadBps();
        if (maxSpread != null && exceeds(ctx.market().spreadBps(), maxSpread)) {
            return ReasonCode.EXECUTION_INFEASIBLE;
        }
        return ReasonCode.SCALE_APPROVED;
    }

    // the contract's tolerance, for finite values; a non-finite or unknown quantity never passes a cap
    private static boolean equal(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static boolean exceeds(double value, double limit) {
        return Double.isNaN(value) || (value > limit && !equal(value, limit));
    }

    private static boolean below(double value, double limit) {
        return value < limit && !equal(value, limit);
    }

    private static boolean atLeast(double a, double b) {
        return a >= b || equal(a, b);
    }

    // ------------------------------------------------------------------------- section 4

    private static boolean inDomain(ScalingPolicy policy, ScalingContext ctx) {
        if (policy == null || ctx == null || !policyValid(policy)) {
            return false;
        }
        if (!positive(ctx.equity()) || !Double.isFinite(ctx.brokerPositionQuantity())) {
            return false;
        }
        for (PendingOrder o : ctx.pendingOrders()) {
            if (o.side() == null || !positive(o.quantity())) {
                return false;
            }
        }
        Market m = ctx.market();
        if (m == null || !positive(m.atr()) || !(m.spreadBps() >= 0 && Double.isFinite(m.spreadBps()))) {
            return false;
        }
        Position pos = ctx.position();
        ProposedEntry p = ctx.proposed();
        if (pos == null || p == null || !positive(pos.stopPrice())) {
            return false;
        }
        if (!pos.entries().isEmpty() && pos.direction() == null) {
            return false;
        }
        Entry previous = null;
        for (Entry e : pos.entries()) {
            if (!positive(e.price()) || !positive(e.quantity()) || e.time() == null || e.bar() < 0) {
                return false;
            }
            if (previous != null && (e.time().isBefore(previous.time()) || e.bar() < previous.bar())) {
                return false;
            }
            previous = e;
        }
        if (p.direction() == null || !positive(p.price()) || !positive(p.quantity()) || p.time() == null || p.bar() < 0
                || !(p.signalQuality() >= 0 && p.signalQuality() <= 1)) {
            return false;
        }
        return previous == null || (!p.time().isBefore(previous.time()) && p.bar() >= previous.bar());
    }

    private static boolean policyValid(ScalingPolicy p) {
        ScalingPolicy.Scaling s = p.scaling();
        ScalingPolicy.Limits l = p.limits();
        ScalingPolicy.Qualification q = p.qualification();
        if (p.name() == null || p.name().isBlank() || s == null || l == null) {
            return false;
        }
        if ((s.enabled() && s.mode() == null) || s.maxEntries() < 1 || s.maxEntries() > 100) {
            return false;
        }
        if (!(l.maxPositionPct() > 0 && l.maxPositionPct() <= 1000) || !(l.maxRiskPct() > 0 && l.maxRiskPct() <= 100)
                || !nonNegative(l.ledgerTolerance())) {
            return false;
        }
        if (!nonNegative(q.minMinutesBetween()) || q.minBarsBetween() < 0
                || !(q.minSignalQuality() >= 0 && q.minSignalQuality() <= 1) || !nonNegative(q.minSpacingAtr())) {
            return false;
        }
        if (q.maxSpacingAtr() != null && !(Double.isFinite(q.maxSpacingAtr()) && q.maxSpacingAtr() >= q.minSpacingAtr())) {
            return false;
        }
        ScalingPolicy.Band b = q.volatilityPct();
        if (b != null && !(nonNegative(b.min()) && nonNegative(b.max()) && b.min() <= b.max())) {
            return false;
        }
        Double spread = p.execution().maxSpreadBps();
        return (spread == null || nonNegative(spread)) && positive(p.sizing().scale());
    }

    private static boolean positive(double v) {
        return v > 0 && Double.isFinite(v);
    }

    private static boolean nonNegative(double v) {
        return v >= 0 && Double.isFinite(v);
    }
}
