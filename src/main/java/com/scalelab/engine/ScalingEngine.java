package com.scalelab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point: judges a proposed entry against a policy and a context. Runs every check of
 * the {@link CheckCatalogue} in its order and reports each; the first failure decides. Never throws: anything it cannot
 * judge is a BLOCK.
 */
public final class ScalingEngine {
    private ScalingEngine() {
    }

    /** The verdict with its full trace and metrics. */
    public static ScalingResult evaluate(ScalingPolicy policy, ScalingContext ctx) {
        try {
            if (!InputCheck.isValid(policy, ctx)) {
                List<String> problems = InputCheck.problems(policy, ctx);
                return invalid(problems.isEmpty() ? "a value is outside its domain" : String.join("; ", problems));
            }
            return traced(policy, ctx);
        } catch (RuntimeException e) {
            // Fail closed: a value we did not foresee must never turn into a SCALE.
            return invalid("the engine could not judge this input (" + e + ")");
        }
    }

    /**
     * The deciding reason only, without trace, messages or allocation; always agrees with
     * {@link #evaluate} (the property tests hold it to that).
     */
    public static ReasonCode decide(ScalingPolicy policy, ScalingContext ctx) {
        try {
            if (!InputCheck.isValidApartFromEntriesAndOrders(policy, ctx)) {
                return ReasonCode.INVALID_INPUT;
            }
            // One pass checks the entries and orders and keeps PositionFacts' aggregates in locals:
            // this path allocates nothing.
            Position position = ctx.position();
            List<Entry> entries = position.entries();
            int n = entries.size();
            if (n > 0 && position.direction() == null) {
                return ReasonCode.INVALID_INPUT;
            }
            double stop = position.stopPrice();
            double sumQuantity = 0;
            double entriesRisk = 0;
            Entry previous = null;
            for (int i = 0; i < n; i++) {
                Entry e = entries.get(i);
                if (!InputCheck.validEntry(e, previous)) {
                    return ReasonCode.INVALID_INPUT;
                }
                sumQuantity += e.quantity();
                entriesRisk += e.quantity() * (e.price() - stop);
                previous = e;
            }
            List<PendingOrder> orders = ctx.pendingOrders();
            int conflicts = 0;
            for (int i = 0; i < orders.size(); i++) {
                PendingOrder o = orders.get(i);
                if (o == null || o.side() == null || !InputCheck.positive(o.quantity())) {
                    return ReasonCode.INVALID_INPUT;
                }
                if (!o.reduceOnly()) {
                    conflicts++;
                }
            }
            if (previous != null && !InputCheck.proposedAfter(ctx.proposed(), previous)) {
                return ReasonCode.INVALID_INPUT;
            }
            ProposedEntry p = ctx.proposed();
            Entry last = n == 0 ? null : entries.get(n - 1);
            Direction positionDirection = position.direction();
            double ledger = n == 0 || positionDirection == null ? 0 : positionDirection.sign() * sumQuantity;
            long bars = last == null ? 0 : p.bar() - last.bar();
            double minutes = last == null ? 0
                    : PositionFacts.minutesBetween(last.time().getEpochSecond(), last.time().getNano(), p.time());
            Market m = ctx.market();
            return DecisionKernel.decide(policy, n, sumQuantity, entriesRisk, last == null ? Double.NaN : last.price(),
                    positionDirection, stop, ctx.equity(), ledger, ctx.brokerPositionQuantity(), conflicts,
                    p.direction(), p.price(), p.quantity(), minutes, bars, p.signalQuality(), m.atr(), m.spreadBps());
        } catch (RuntimeException e) {
            return ReasonCode.INVALID_INPUT;
        }
    }

    private static ScalingResult invalid(String why) {
        List<ReasonCode> codes = CheckCatalogue.codes();
        List<CheckResult> checks = new ArrayList<>(codes.size());
        String message = "Input refused: " + why + ".";
        checks.add(new CheckResult(ReasonCode.INVALID_INPUT, CheckStatus.FAIL, null, null, message));
        for (int i = 1; i < codes.size(); i++) {
            checks.add(new CheckResult(codes.get(i), CheckStatus.NOT_EVALUATED, null, null,
                    "Not evaluated: the input is invalid."));
        }
        return new ScalingResult(Decision.BLOCK, ReasonCode.INVALID_INPUT, message, checks, null);
    }

    private static ScalingResult traced(ScalingPolicy policy, ScalingContext ctx) {
        PositionFacts f = new PositionFacts(ctx);
        ProposedEntry p = ctx.proposed();
        ScalingPolicy.Qualification q = policy.qualification();
        Direction dir = p.direction();
        int n = f.entryCount;
        boolean initial = n == 0;
        int entriesAfter = n + 1;
        double price = p.price();
        double positionPct = f.positionPctAfter(p.quantity(), price);
        double riskAmount = f.riskAmountAfter(dir, p.quantity(), price);
        double riskPct = riskAmount / f.equity * 100.0;
        double ledgerGap = Math.abs(f.brokerQuantity - f.ledgerQuantity);
        double atr = ctx.market().atr();
        double spread = ctx.market().spreadBps();
        boolean opposite = Checks.oppositeDirection(n, f.positionDirection, dir);

        // The quantities of contract section 2; with no previous entry those about it stay 0.
        double minutes = 0;
        long bars = 0;
        double move = 0;
        double spacing = 0;
        double spacingLimit = 0;
        double vol = atr / price * 100.0;
        ScalingPolicy.Band band = q.volatilityPct();
        double volLimit = band == null ? 0 : nearer(vol, band.min(), band.max());
        if (!initial) {
            minutes = f.minutesSinceLast(p.time());
            bars = p.bar() - f.lastBar;
            move = dir.sign() * (price - f.lastPrice);
            spacing = Math.abs(price - f.lastPrice) / atr;
            spacingLimit = nearer(spacing, q.minSpacingAtr(), q.maxSpacingAtr());
        }
        // The trace keeps the measured values and runs every applicable check of the catalogue on them
        // (every one, even after one has failed); its lines and messages are read from it (see CheckResult).
        CheckMessages trace = new CheckMessages(policy, f, p, ctx.pendingOrders().isEmpty(), positionPct, riskAmount,
                riskPct, ledgerGap, opposite, minutes, bars, move, spacing, spacingLimit, vol, volLimit, spread);
        int failures = trace.failures;
        // the first failing check in table order decides
        ReasonCode reason = failures == 0 ? (initial ? ReasonCode.INITIAL_ENTRY : ReasonCode.SCALE_APPROVED)
                : CheckCatalogue.codes().get(Integer.numberOfTrailingZeros(failures));
        Metrics metrics = new Metrics(entriesAfter, positionPct, riskAmount, riskPct,
                f.averagePriceAfter(p.quantity(), price), f.suggestedQuantity(policy.sizing().scale()));
        return new ScalingResult(reason, new TraceLines(trace), metrics, trace);
    }

    /** The lines of a trace, one per catalogue check, each read from the evaluation's measured values. Unmodifiable. */
    private static final class TraceLines extends java.util.AbstractList<CheckResult> implements java.util.RandomAccess {
        private final CheckMessages trace;

        TraceLines(CheckMessages trace) {
            this.trace = trace;
        }

        @Override
        public CheckResult get(int index) {
            return new CheckResult(CheckCatalogue.codes().get(index), trace);
        }

        @Override
        public int size() {
            return CheckCatalogue.size();
        }
    }

    /** For a range: the bound crossed, or when inside, the nearer bound. */
    private static double nearer(double value, double min, Double max) {
        if (max == null || value <= min) {
            return min;
        }
        if (value >= max) {
            return max;
        }
        return (value - min) <= (max - value) ? min : max;
    }

}
