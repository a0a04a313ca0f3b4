package com.scalelab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point: judges a proposed entry against a policy and a context. Runs all 15 checks
 * in contract order and reports each; the first failure decides. Never throws: anything it cannot
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
            if (!InputCheck.isValid(policy, ctx)) {
                return ReasonCode.INVALID_INPUT;
            }
            // PositionFacts' aggregates kept in locals: this path allocates nothing.
            Position position = ctx.position();
            List<Entry> entries = position.entries();
            int n = entries.size();
            double stop = position.stopPrice();
            double sumQuantity = 0;
            double entriesRisk = 0;
            for (int i = 0; i < n; i++) {
                Entry e = entries.get(i);
                sumQuantity += e.quantity();
                entriesRisk += e.quantity() * (e.price() - stop);
            }
            List<PendingOrder> orders = ctx.pendingOrders();
            int conflicts = 0;
            for (int i = 0; i < orders.size(); i++) {
                if (!orders.get(i).reduceOnly()) {
                    conflicts++;
                }
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
        List<CheckResult> checks = new ArrayList<>(15);
        String message = "Input refused: " + why + ".";
        checks.add(new CheckResult(ReasonCode.INVALID_INPUT, CheckStatus.FAIL, null, null, message));
        for (int i = 1; i < 15; i++) {
            checks.add(new CheckResult(ReasonCode.CHECKS.get(i), CheckStatus.NOT_EVALUATED, null, null,
                    "Not evaluated: the input is invalid."));
        }
        return new ScalingResult(Decision.BLOCK, ReasonCode.INVALID_INPUT, message, checks, null);
    }

    // Lines that never vary are shared: a CheckResult with its message written is immutable.
    private static final CheckResult INPUT_OK = new CheckResult(ReasonCode.INVALID_INPUT, CheckStatus.PASS, null, null,
            "Every value of the scenario and the policy is inside its domain.");
    private static final CheckResult[] NOT_APPLICABLE = new CheckResult[15];

    static {
        for (int i = 8; i < 15; i++) {
            NOT_APPLICABLE[i] = new CheckResult(ReasonCode.CHECKS.get(i), CheckStatus.NOT_APPLICABLE, null, null,
                    "Not applicable to an initial entry: there is no previous entry to compare with.");
        }
    }

    private static ScalingResult traced(ScalingPolicy policy, ScalingContext ctx) {
        PositionFacts f = new PositionFacts(ctx);
        ProposedEntry p = ctx.proposed();
        ScalingPolicy.Scaling scaling = policy.scaling();
        ScalingPolicy.Limits limits = policy.limits();
        ScalingPolicy.Qualification q = policy.qualification();
        Double maxSpread = policy.execution().maxSpreadBps();
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
        boolean wrongStop = Checks.stopOnWrongSide(dir, f.stopPrice, price);

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
        // The messages are written from these numbers when first read (see CheckResult).
        CheckMessages text = new CheckMessages(policy, f, p, ctx.pendingOrders().isEmpty(), positionPct, riskAmount,
                riskPct, ledgerGap, opposite, minutes, bars, move, spacing, spacingLimit, vol, volLimit, spread);

        CheckResult[] checks = new CheckResult[15];
        checks[0] = INPUT_OK;
        // SAFETY
        checks[1] = new CheckResult(ReasonCode.SCALING_DISABLED, Checks.scalingDisabled(n, scaling.enabled()),
                n, 0, false, text);
        checks[2] = new CheckResult(ReasonCode.MAX_ENTRIES_REACHED,
                Checks.maxEntriesReached(entriesAfter, scaling.maxEntries()), entriesAfter, scaling.maxEntries(), true, text);
        checks[3] = new CheckResult(ReasonCode.MAX_POSITION_EXCEEDED,
                Checks.maxPositionExceeded(positionPct, limits.maxPositionPct()), positionPct, limits.maxPositionPct(), true, text);
        checks[4] = new CheckResult(ReasonCode.PENDING_ORDER_CONFLICT, Checks.pendingOrderConflict(f.nonReduceOnlyOrders),
                f.nonReduceOnlyOrders, 0, true, text);
        checks[5] = new CheckResult(ReasonCode.LEDGER_MISMATCH,
                Checks.ledgerMismatch(f.brokerQuantity, f.ledgerQuantity, limits.ledgerTolerance()), ledgerGap,
                limits.ledgerTolerance(), true, text);
        checks[6] = new CheckResult(ReasonCode.RISK_BUDGET_EXCEEDED, Checks.riskBudgetExceeded(riskPct, limits.maxRiskPct()),
                riskPct, limits.maxRiskPct(), true, text);
        // DIRECTION
        checks[7] = new CheckResult(ReasonCode.DIRECTION_CONFLICT, opposite || wrongStop, f.stopPrice, price, true, text);
        // QUALIFICATION and EXECUTION
        if (initial) {
            for (int i = 8; i < 15; i++) {
                checks[i] = NOT_APPLICABLE[i];
            }
        } else {
            checks[8] = new CheckResult(ReasonCode.MIN_TIME_NOT_ELAPSED,
                    Checks.minTimeNotElapsed(minutes, q.minMinutesBetween()), minutes, q.minMinutesBetween(), true, text);
            checks[9] = new CheckResult(ReasonCode.MIN_BARS_NOT_ELAPSED, Checks.minBarsNotElapsed(bars, q.minBarsBetween()),
                    bars, q.minBarsBetween(), true, text);
            checks[10] = new CheckResult(ReasonCode.SIGNAL_TOO_WEAK,
                    Checks.signalTooWeak(p.signalQuality(), q.minSignalQuality()), p.signalQuality(),
                    q.minSignalQuality(), true, text);
            checks[11] = new CheckResult(ReasonCode.PRICE_STRUCTURE_MISMATCH,
                    Checks.priceStructureMismatch(scaling.mode(), dir, price, f.lastPrice), move, 0, true, text);
            checks[12] = new CheckResult(ReasonCode.PRICE_SPACING_OUT_OF_RANGE,
                    Checks.spacingOutOfRange(spacing, q.minSpacingAtr(), q.maxSpacingAtr()), spacing, spacingLimit, true, text);
            checks[13] = new CheckResult(ReasonCode.VOLATILITY_OUT_OF_RANGE, Checks.volatilityOutOfRange(vol, band), vol,
                    volLimit, band != null, text);
            checks[14] = new CheckResult(ReasonCode.EXECUTION_INFEASIBLE, Checks.executionInfeasible(spread, maxSpread),
                    spread, maxSpread == null ? 0 : maxSpread, maxSpread != null, text);
        }

        ReasonCode reason = initial ? ReasonCode.INITIAL_ENTRY : ReasonCode.SCALE_APPROVED;
        for (CheckResult c : checks) {
            if (c.failed()) {
                reason = c.code();
                break;
            }
        }
        Metrics metrics = new Metrics(entriesAfter, positionPct, riskAmount, riskPct,
                f.averagePriceAfter(p.quantity(), price), f.suggestedQuantity(policy.sizing().scale()));
        return new ScalingResult(reason, new CheckList(checks), metrics, text);
    }

    /** The 15 lines as an unmodifiable list over the engine's own array, without copying it. */
    private static final class CheckList extends java.util.AbstractList<CheckResult> implements java.util.RandomAccess {
        private final CheckResult[] lines;

        CheckList(CheckResult[] lines) {
            this.lines = lines;
        }

        @Override
        public CheckResult get(int index) {
            return lines[index];
        }

        @Override
        public int size() {
            return lines.length;
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
