package com.scalelab.engine;

import java.util.List;

/**
 * Aggregates of the existing entries and account that every evaluation needs, computed once, so
 * a sweep over many hypothetical entries against the same position only does the per-entry part.
 */
final class PositionFacts {
    final int entryCount;
    final double sumQuantity;
    final double sumQuantityPrice;
    /** sum of q x (price - stop) over the entries, unsigned by direction. */
    final double entriesRiskRaw;
    final double firstQuantity;
    final double lastPrice;
    final long lastEpochSecond;
    final int lastNano;
    final long lastBar;
    final Direction positionDirection;
    final double stopPrice;
    final double equity;
    final double ledgerQuantity;
    final double brokerQuantity;
    final int nonReduceOnlyOrders;

    /** Assumes the context passed the input check. */
    PositionFacts(ScalingContext ctx) {
        Position position = ctx.position();
        List<Entry> entries = position.entries();
        int n = entries.size();
        double q = 0;
        double qp = 0;
        double risk = 0;
        double stop = position.stopPrice();
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            q += e.quantity();
            qp += e.quantity() * e.price();
            risk += e.quantity() * (e.price() - stop);
        }
        entriesRiskRaw = risk;
        entryCount = n;
        sumQuantity = q;
        sumQuantityPrice = qp;
        Entry first = n > 0 ? entries.get(0) : null;
        Entry last = n > 0 ? entries.get(n - 1) : null;
        firstQuantity = first == null ? Double.NaN : first.quantity();
        lastPrice = last == null ? Double.NaN : last.price();
        lastEpochSecond = last == null ? 0 : last.time().getEpochSecond();
        lastNano = last == null ? 0 : last.time().getNano();
        lastBar = last == null ? 0 : last.bar();
        positionDirection = position.direction();
        stopPrice = position.stopPrice();
        equity = ctx.equity();
        ledgerQuantity = n == 0 || positionDirection == null ? 0 : positionDirection.sign() * q;
        brokerQuantity = ctx.brokerPositionQuantity();
        int conflicts = 0;
        List<PendingOrder> orders = ctx.pendingOrders();
        for (int i = 0; i < orders.size(); i++) {
            if (!orders.get(i).reduceOnly()) {
                conflicts++;
            }
        }
        nonReduceOnlyOrders = conflicts;
    }

    double minutesSinceLast(java.time.Instant time) {
        return minutesBetween(lastEpochSecond, lastNano, time);
    }

    double positionPctAfter(double quantity, double price) {
        return positionPctAfter(sumQuantity, quantity, price, equity);
    }

    double riskAmountAfter(Direction proposed, double quantity, double price) {
        return riskAmountAfter(entriesRiskRaw, stopPrice, proposed, quantity, price);
    }

    // The formulas once, for the facts here and for ScalingEngine.decide, which keeps them in locals.

    static double positionPctAfter(double sumQuantity, double quantity, double price, double equity) {
        return (sumQuantity + quantity) * price / equity * 100.0;
    }

    static double riskAmountAfter(double entriesRiskRaw, double stopPrice, Direction proposed, double quantity,
                                  double price) {
        // Summed term by term as the contract writes it: the expanded form (sum qp - stop x sum q)
        // loses digits when the stop is close to the prices and turns huge values into inf - inf.
        double raw = entriesRiskRaw + quantity * (price - stopPrice);
        return Math.max(0.0, proposed.sign() * raw);
    }

    static double minutesBetween(long fromEpochSecond, int fromNano, java.time.Instant to) {
        return (to.getEpochSecond() - fromEpochSecond) / 60.0 + (to.getNano() - fromNano) / 6e10;
    }

    double averagePriceAfter(double quantity, double price) {
        return (sumQuantityPrice + quantity * price) / (sumQuantity + quantity);
    }

    Double suggestedQuantity(double sizingScale) {
        return entryCount == 0 ? null : firstQuantity * Math.pow(sizingScale, entryCount);
    }
}
