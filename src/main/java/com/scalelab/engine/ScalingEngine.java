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

    /** The deciding reason only, without trace or allocation; always agrees with {@link #evaluate}. */
    public static ReasonCode decide(ScalingPolicy policy, ScalingContext ctx) {
        try {
            if (!InputCheck.isValid(policy, ctx)) {
                return ReasonCode.INVALID_INPUT;
            }
            PositionFacts f = new PositionFacts(ctx);
            ProposedEntry p = ctx.proposed();
            long bars = f.entryCount == 0 ? 0 : p.bar() - f.lastBar;
            double minutes = f.entryCount == 0 ? 0 : f.minutesSinceLast(p.time());
            return DecisionKernel.decide(policy, f, p.direction(), p.price(), p.quantity(), minutes, bars,
                    p.signalQuality(), ctx.market().atr(), ctx.market().spreadBps());
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

    private static final String INPUT_OK = "Every value of the scenario and the policy is inside its domain.";
    private static final String NOT_APPLICABLE =
            "Not applicable to an initial entry: there is no previous entry to compare with.";

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
        checks[0] = new CheckResult(ReasonCode.INVALID_INPUT, CheckStatus.PASS, null, null, INPUT_OK);
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
                checks[i] = new CheckResult(ReasonCode.CHECKS.get(i), CheckStatus.NOT_APPLICABLE, null, null, NOT_APPLICABLE);
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
        return new ScalingResult(reason, List.of(checks), metrics, text);
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
