package com.scalelab.engine;

/**
 * The evaluated checks as plain predicates (the catalogue's, numbered as in the contract): each answers "does this check fail?" from the
 * quantities of the contract's section 2. The traced and the decision-only paths both call these,
 * so they cannot disagree on a rule.
 */
public final class Checks {
    private Checks() {
    }

    /** 1: adding to a position while the policy has scaling switched off. */
    public static boolean scalingDisabled(int entryCount, boolean enabled) {
        return entryCount > 0 && !enabled;
    }

    /** 2: one entry more than the policy allows. */
    public static boolean maxEntriesReached(int entriesAfter, int maxEntries) {
        return entriesAfter > maxEntries;
    }

    /** 3: position after the entry above its cap (% of equity). */
    public static boolean maxPositionExceeded(double positionPctAfter, double maxPositionPct) {
        return exceeds(positionPctAfter, maxPositionPct);
    }

    /** 4: a working order that is not reduce-only could add to the position too. */
    public static boolean pendingOrderConflict(int nonReduceOnlyOrders) {
        return nonReduceOnlyOrders > 0;
    }

    /** 5: broker and our ledger disagree by more than the tolerance. */
    public static boolean ledgerMismatch(double brokerQuantity, double ledgerQuantity, double tolerance) {
        return exceeds(Math.abs(brokerQuantity - ledgerQuantity), tolerance);
    }

    /** 6: risk to the stop after the entry above its budget (% of equity). */
    public static boolean riskBudgetExceeded(double riskPctAfter, double maxRiskPct) {
        return exceeds(riskPctAfter, maxRiskPct);
    }

    /** Above the limit, or not a number at all: a quantity that cannot be computed must not pass a cap. */
    private static boolean exceeds(double value, double limit) {
        return Double.isNaN(value) || Tolerance.above(value, limit);
    }

    /** 7a: the add goes the other way from the position. */
    public static boolean oppositeDirection(int entryCount, Direction position, Direction proposed) {
        return entryCount > 0 && position != proposed;
    }

    /** 7b: the stop is not on the losing side of the entry price (at the price counts as wrong side). */
    public static boolean stopOnWrongSide(Direction proposed, double stopPrice, double price) {
        if (Tolerance.equal(stopPrice, price)) {
            return true;
        }
        return proposed == Direction.LONG ? stopPrice > price : stopPrice < price;
    }

    /** 8: too soon after the last entry. */
    public static boolean minTimeNotElapsed(double minutesSinceLast, double minMinutes) {
        return Tolerance.below(minutesSinceLast, minMinutes);
    }

    /** 9: too few bars since the last entry. */
    public static boolean minBarsNotElapsed(long barsSinceLast, long minBars) {
        return barsSinceLast < minBars;
    }

    /** 10: the signal is below the policy's minimum quality. */
    public static boolean signalTooWeak(double signalQuality, double minSignalQuality) {
        return Tolerance.below(signalQuality, minSignalQuality);
    }

    /**
     * 11: price has not moved the way the mode needs since the last entry. A move of 0 (equal
     * prices within the tolerance) fails both modes.
     */
    public static boolean priceStructureMismatch(ScalingMode mode, Direction proposed, double price, double lastPrice) {
        if (Tolerance.equal(price, lastPrice)) {
            return true;
        }
        double move = proposed.sign() * (price - lastPrice);
        return mode == ScalingMode.AVERAGE_DOWN ? move > 0 : move < 0;
    }

    /** 12: the distance from the last entry, in ATR, is below the minimum or above the maximum (when set). */
    public static boolean spacingOutOfRange(double spacingAtr, double minSpacingAtr, Double maxSpacingAtr) {
        return Tolerance.below(spacingAtr, minSpacingAtr)
                || (maxSpacingAtr != null && Tolerance.above(spacingAtr, maxSpacingAtr));
    }

    /** 13: ATR as % of price is outside the policy's band (when set). */
    public static boolean volatilityOutOfRange(double volatilityPctNow, ScalingPolicy.Band band) {
        return band != null && (Tolerance.below(volatilityPctNow, band.min()) || Tolerance.above(volatilityPctNow, band.max()));
    }

    /** 14: the spread is wider than the policy tolerates (when set). */
    public static boolean executionInfeasible(double spreadBps, Double maxSpreadBps) {
        return maxSpreadBps != null && Tolerance.above(spreadBps, maxSpreadBps);
    }
}
