package com.scalelab.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Short, readable test scenarios: start from the contract's example (a LONG pyramid with one entry
 * and an approved add) or an initial entry, change only what the test is about, then evaluate.
 * Entry and proposal times are given as minutes after the previous entry so the numbers a test
 * cares about stay visible. The broker quantity follows the entries unless set.
 */
final class ScenarioBuilder {
    static final Instant START = Instant.parse("2026-01-05T14:30:00Z");

    // policy
    private String name = "Trend pyramid";
    private boolean enabled = true;
    private ScalingMode mode = ScalingMode.PYRAMID;
    private int maxEntries = 4;
    private double maxPositionPct = 20.0;
    private double maxRiskPct = 2.0;
    private double ledgerTolerance = 0.0;
    private double minMinutes = 60;
    private long minBars = 3;
    private double minSignal = 0.6;
    private double minSpacing = 1.0;
    private Double maxSpacing = 4.0;
    private ScalingPolicy.Band volatility = new ScalingPolicy.Band(0.5, 5.0);
    private Double maxSpread = 20.0;
    private double sizingScale = 0.5;

    // context
    private double equity = 100_000;
    private Direction positionDirection = Direction.LONG;
    private double stop = 95.0;
    private final List<Entry> entries = new ArrayList<>();
    private Double broker;
    private final List<PendingOrder> pending = new ArrayList<>();
    private double atr = 2.0;
    private double spread = 4.0;
    private Direction proposedDirection = Direction.LONG;
    private double price = 103.0;
    private double quantity = 5;
    private double minutesAfterLast = 90;
    private long barsAfterLast = 6;
    private Instant proposedTime;
    private Long proposedBar;
    private double signal = 0.8;

    private ScenarioBuilder() {
    }

    /** The contract's example: LONG 10 at 100 (stop 95), add 5 at 103 90 min and 6 bars later; SCALE_APPROVED. */
    static ScenarioBuilder pyramid() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.entries.add(new Entry(100.0, 10, START, 120));
        b.pending.add(new PendingOrder(OrderSide.SELL, 10, true));
        return b;
    }

    /** The same policy and market with no entries yet: LONG 10 at 100, stop 95; INITIAL_ENTRY. */
    static ScenarioBuilder initialEntry() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.positionDirection = null;
        b.price = 100.0;
        b.quantity = 10;
        b.proposedTime = START;
        b.proposedBar = 120L;
        return b;
    }

    // ---- policy

    ScenarioBuilder scalingEnabled(boolean on) {
        enabled = on;
        return this;
    }

    ScenarioBuilder mode(ScalingMode m) {
        mode = m;
        return this;
    }

    ScenarioBuilder maxEntries(int n) {
        maxEntries = n;
        return this;
    }

    ScenarioBuilder maxPositionPct(double v) {
        maxPositionPct = v;
        return this;
    }

    ScenarioBuilder maxRiskPct(double v) {
        maxRiskPct = v;
        return this;
    }

    ScenarioBuilder ledgerTolerance(double v) {
        ledgerTolerance = v;
        return this;
    }

    ScenarioBuilder minMinutesBetween(double v) {
        minMinutes = v;
        return this;
    }

    ScenarioBuilder minBarsBetween(long v) {
        minBars = v;
        return this;
    }

    ScenarioBuilder minSignalQuality(double v) {
        minSignal = v;
        return this;
    }

    ScenarioBuilder spacingAtr(double min, Double max) {
        minSpacing = min;
        maxSpacing = max;
        return this;
    }

    ScenarioBuilder volatilityPct(double min, double max) {
        volatility = new ScalingPolicy.Band(min, max);
        return this;
    }

    ScenarioBuilder noVolatilityBand() {
        volatility = null;
        return this;
    }

    ScenarioBuilder maxSpreadBps(Double v) {
        maxSpread = v;
        return this;
    }

    ScenarioBuilder sizingScale(double v) {
        sizingScale = v;
        return this;
    }

    ScenarioBuilder policyName(String n) {
        name = n;
        return this;
    }

    /** Drops every qualification and execution bound, to isolate the SAFETY checks. */
    ScenarioBuilder noQualification() {
        minMinutes = 0;
        minBars = 0;
        minSignal = 0;
        minSpacing = 0;
        maxSpacing = null;
        volatility = null;
        maxSpread = null;
        return this;
    }

    // ---- context

    ScenarioBuilder equity(double v) {
        equity = v;
        return this;
    }

    ScenarioBuilder positionDirection(Direction d) {
        positionDirection = d;
        return this;
    }

    /** Both the position and the proposal go this way. */
    ScenarioBuilder direction(Direction d) {
        positionDirection = d;
        proposedDirection = d;
        return this;
    }

    ScenarioBuilder stop(double v) {
        stop = v;
        return this;
    }

    ScenarioBuilder noEntries() {
        entries.clear();
        return this;
    }

    /** Replaces the entries: the first at START, bar 120. */
    ScenarioBuilder firstEntry(double entryPrice, double entryQuantity) {
        entries.clear();
        entries.add(new Entry(entryPrice, entryQuantity, START, 120));
        return this;
    }

    /** Adds an entry this many minutes and bars after the previous one. */
    ScenarioBuilder thenEntry(double entryPrice, double entryQuantity, double minutesLater, long barsLater) {
        Entry last = entries.get(entries.size() - 1);
        entries.add(new Entry(entryPrice, entryQuantity, last.time().plus(minutes(minutesLater)), last.bar() + barsLater));
        return this;
    }

    /** Adds an entry exactly as given (for out-of-order and out-of-domain cases). */
    ScenarioBuilder rawEntry(Entry e) {
        entries.add(e);
        return this;
    }

    ScenarioBuilder broker(double signedQuantity) {
        broker = signedQuantity;
        return this;
    }

    ScenarioBuilder noPendingOrders() {
        pending.clear();
        return this;
    }

    ScenarioBuilder pendingOrder(OrderSide side, double qty, boolean reduceOnly) {
        pending.add(new PendingOrder(side, qty, reduceOnly));
        return this;
    }

    ScenarioBuilder atr(double v) {
        atr = v;
        return this;
    }

    ScenarioBuilder spreadBps(double v) {
        spread = v;
        return this;
    }

    ScenarioBuilder proposedDirection(Direction d) {
        proposedDirection = d;
        return this;
    }

    ScenarioBuilder price(double v) {
        price = v;
        return this;
    }

    ScenarioBuilder quantity(double v) {
        quantity = v;
        return this;
    }

    ScenarioBuilder minutesAfterLast(double v) {
        minutesAfterLast = v;
        proposedTime = null;
        return this;
    }

    ScenarioBuilder barsAfterLast(long v) {
        barsAfterLast = v;
        proposedBar = null;
        return this;
    }

    ScenarioBuilder proposedTime(Instant t) {
        proposedTime = t;
        return this;
    }

    ScenarioBuilder proposedBar(long bar) {
        proposedBar = bar;
        return this;
    }

    ScenarioBuilder signal(double v) {
        signal = v;
        return this;
    }

    // ---- build

    ScalingPolicy policy() {
        return new ScalingPolicy(name, "donchian-breakout", "",
                new ScalingPolicy.Scaling(enabled, mode, maxEntries),
                new ScalingPolicy.Limits(maxPositionPct, maxRiskPct, ledgerTolerance),
                new ScalingPolicy.Qualification(minMinutes, minBars, minSignal, minSpacing, maxSpacing, volatility),
                new ScalingPolicy.Execution(maxSpread),
                new ScalingPolicy.Sizing(sizingScale));
    }

    ScalingContext context() {
        Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        Instant time = proposedTime != null ? proposedTime
                : last == null ? START : last.time().plus(minutes(minutesAfterLast));
        long bar = proposedBar != null ? proposedBar : last == null ? 120 : last.bar() + barsAfterLast;
        double ledger = 0;
        for (Entry e : entries) {
            ledger += e.quantity();
        }
        double brokerQuantity = broker != null ? broker
                : positionDirection == null ? 0 : positionDirection.sign() * ledger;
        return new ScalingContext("ES", equity, new Position(positionDirection, stop, entries), brokerQuantity,
                pending, new Market(atr, spread),
                new ProposedEntry(proposedDirection, price, quantity, time, bar, signal));
    }

    ScalingResult evaluate() {
        return ScalingEngine.evaluate(policy(), context());
    }

    private static Duration minutes(double m) {
        return Duration.ofNanos(Math.round(m * 60e9));
    }
}
