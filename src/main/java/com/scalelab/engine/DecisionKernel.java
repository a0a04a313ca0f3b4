package com.scalelab.engine;

/**
 * The decision-only path: the first failing check in table order, or the approval, with no trace
 * and no allocation. Inputs must already have passed check 0.
 */
final class DecisionKernel {
    private DecisionKernel() {
    }

    static ReasonCode decide(ScalingPolicy policy, PositionFacts f, Direction dir, double price, double quantity,
                             double minutesSinceLast, long barsSinceLast, double signalQuality, double atr,
                             double spreadBps) {
        return decide(policy, f.entryCount, f.sumQuantity, f.entriesRiskRaw, f.lastPrice, f.positionDirection,
                f.stopPrice, f.equity, f.ledgerQuantity, f.brokerQuantity, f.nonReduceOnlyOrders, dir, price, quantity,
                minutesSinceLast, barsSinceLast, signalQuality, atr, spreadBps);
    }

    /** The same, from the position's aggregates as plain values (see PositionFacts for each). */
    static ReasonCode decide(ScalingPolicy policy, int n, double sumQuantity, double entriesRiskRaw, double lastPrice,
                             Direction positionDirection, double stopPrice, double equity, double ledgerQuantity,
                             double brokerQuantity, int nonReduceOnlyOrders, Direction dir, double price,
                             double quantity, double minutesSinceLast, long barsSinceLast, double signalQuality,
                             double atr, double spreadBps) {
        ScalingPolicy.Scaling scaling = policy.scaling();
        ScalingPolicy.Limits limits = policy.limits();
        if (Checks.scalingDisabled(n, scaling.enabled())) {
            return ReasonCode.SCALING_DISABLED;
        }
        if (Checks.maxEntriesReached(n + 1, scaling.maxEntries())) {
            return ReasonCode.MAX_ENTRIES_REACHED;
        }
        if (Checks.maxPositionExceeded(PositionFacts.positionPctAfter(sumQuantity, quantity, price, equity),
                limits.maxPositionPct())) {
            return ReasonCode.MAX_POSITION_EXCEEDED;
        }
        if (Checks.pendingOrderConflict(nonReduceOnlyOrders)) {
            return ReasonCode.PENDING_ORDER_CONFLICT;
        }
        if (Checks.ledgerMismatch(brokerQuantity, ledgerQuantity, limits.ledgerTolerance())) {
            return ReasonCode.LEDGER_MISMATCH;
        }
        double risk = PositionFacts.riskAmountAfter(entriesRiskRaw, stopPrice, dir, quantity, price);
        if (Checks.riskBudgetExceeded(risk / equity * 100.0, limits.maxRiskPct())) {
            return ReasonCode.RISK_BUDGET_EXCEEDED;
        }
        if (Checks.oppositeDirection(n, positionDirection, dir) || Checks.stopOnWrongSide(dir, stopPrice, price)) {
            return ReasonCode.DIRECTION_CONFLICT;
        }
        if (n == 0) {
            return ReasonCode.INITIAL_ENTRY;
        }
        ScalingPolicy.Qualification q = policy.qualification();
        if (Checks.minTimeNotElapsed(minutesSinceLast, q.minMinutesBetween())) {
            return ReasonCode.MIN_TIME_NOT_ELAPSED;
        }
        if (Checks.minBarsNotElapsed(barsSinceLast, q.minBarsBetween())) {
            return ReasonCode.MIN_BARS_NOT_ELAPSED;
        }
        if (Checks.signalTooWeak(signalQuality, q.minSignalQuality())) {
            return ReasonCode.SIGNAL_TOO_WEAK;
        }
        if (Checks.priceStructureMismatch(scaling.mode(), dir, price, lastPrice)) {
            return ReasonCode.PRICE_STRUCTURE_MISMATCH;
        }
        if (Checks.spacingOutOfRange(Math.abs(price - lastPrice) / atr, q.minSpacingAtr(), q.maxSpacingAtr())) {
            return ReasonCode.PRICE_SPACING_OUT_OF_RANGE;
        }
        if (Checks.volatilityOutOfRange(atr / price * 100.0, q.volatilityPct())) {
            return ReasonCode.VOLATILITY_OUT_OF_RANGE;
        }
        if (Checks.executionInfeasible(spreadBps, policy.execution().maxSpreadBps())) {
            return ReasonCode.EXECUTION_INFEASIBLE;
        }
        return ReasonCode.SCALE_APPROVED;
    }
}
