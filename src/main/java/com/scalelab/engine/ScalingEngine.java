package com.scalelab.engine;

import static com.scalelab.engine.Format.number;

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
        double positionPct = f.positionPctAfter(p.quantity(), p.price());
        double riskAmount = f.riskAmountAfter(dir, p.quantity(), p.price());
        double riskPct = riskAmount / f.equity * 100.0;
        double atr = ctx.market().atr();
        double spread = ctx.market().spreadBps();

        List<CheckResult> checks = new ArrayList<>(15);
        checks.add(new CheckResult(ReasonCode.INVALID_INPUT, CheckStatus.PASS, null, null,
                "Every value of the scenario and the policy is inside its domain."));

        // SAFETY
        boolean disabled = Checks.scalingDisabled(n, scaling.enabled());
        checks.add(result(ReasonCode.SCALING_DISABLED, disabled, (double) n, null,
                disabled ? "The position already has " + n + " " + plural(n, "entry", "entries")
                        + " and this policy has scaling switched off: no add is allowed."
                        : initial ? "No entries yet: this is the initial entry, allowed with scaling on or off."
                        : "Scaling is switched on in this policy."));

        boolean tooMany = Checks.maxEntriesReached(entriesAfter, scaling.maxEntries());
        checks.add(result(ReasonCode.MAX_ENTRIES_REACHED, tooMany, (double) entriesAfter, (double) scaling.maxEntries(),
                tooMany ? "This would be entry " + entriesAfter + "; the policy allows at most " + scaling.maxEntries() + "."
                        : "This would be entry " + entriesAfter + " of at most " + scaling.maxEntries() + "."));

        boolean tooBig = Checks.maxPositionExceeded(positionPct, limits.maxPositionPct());
        checks.add(result(ReasonCode.MAX_POSITION_EXCEEDED, tooBig, positionPct, limits.maxPositionPct(),
                "Position after this entry would be " + Format.percent(positionPct, limits.maxPositionPct()) + " of equity; the policy allows "
                        + limitPct(limits.maxPositionPct()) + "."));

        boolean conflict = Checks.pendingOrderConflict(f.nonReduceOnlyOrders);
        checks.add(result(ReasonCode.PENDING_ORDER_CONFLICT, conflict, (double) f.nonReduceOnlyOrders, 0.0,
                conflict ? f.nonReduceOnlyOrders + " pending " + plural(f.nonReduceOnlyOrders, "order is", "orders are")
                        + " not reduce-only and could add to the position too; cancel or settle "
                        + plural(f.nonReduceOnlyOrders, "it", "them") + " first."
                        : ctx.pendingOrders().isEmpty() ? "No pending orders."
                        : "Every pending order is reduce-only."));

        double ledgerGap = Math.abs(f.brokerQuantity - f.ledgerQuantity);
        boolean mismatch = Checks.ledgerMismatch(f.brokerQuantity, f.ledgerQuantity, limits.ledgerTolerance());
        checks.add(result(ReasonCode.LEDGER_MISMATCH, mismatch, ledgerGap, limits.ledgerTolerance(),
                mismatch ? "The broker reports " + number(f.brokerQuantity) + " but the entries add up to "
                        + number(f.ledgerQuantity) + " (off by " + number(ledgerGap, limits.ledgerTolerance()) + "; tolerance "
                        + number(limits.ledgerTolerance()) + "): reconcile before adding."
                        : "Broker quantity " + number(f.brokerQuantity) + " matches the ledger's "
                        + number(f.ledgerQuantity) + " within " + number(limits.ledgerTolerance()) + "."));

        boolean overBudget = Checks.riskBudgetExceeded(riskPct, limits.maxRiskPct());
        checks.add(result(ReasonCode.RISK_BUDGET_EXCEEDED, overBudget, riskPct, limits.maxRiskPct(),
                "Risk to the stop after this entry would be " + Format.money(riskAmount) + ", " + Format.percent(riskPct, limits.maxRiskPct())
                        + " of equity; the policy allows " + limitPct(limits.maxRiskPct()) + "."));

        // DIRECTION
        boolean opposite = Checks.oppositeDirection(n, f.positionDirection, dir);
        boolean wrongStop = Checks.stopOnWrongSide(dir, f.stopPrice, p.price());
        String directionMessage;
        if (opposite) {
            directionMessage = "The entry is " + dir + " but the position is " + f.positionDirection
                    + ": an add must go the position's way.";
        } else if (wrongStop) {
            directionMessage = "The stop " + number(f.stopPrice) + " is not on the losing side of the entry price "
                    + number(p.price()) + " (a " + dir + " needs its stop " + (dir == Direction.LONG ? "below" : "above")
                    + " the price).";
        } else {
            directionMessage = "A " + dir + " entry at " + number(p.price()) + " with the stop at "
                    + number(f.stopPrice) + (dir == Direction.LONG ? " below." : " above.");
        }
        checks.add(result(ReasonCode.DIRECTION_CONFLICT, opposite || wrongStop, f.stopPrice, p.price(), directionMessage));

        // QUALIFICATION and EXECUTION
        Double suggested = f.suggestedQuantity(policy.sizing().scale());
        if (initial) {
            for (int i = 8; i < 15; i++) {
                checks.add(new CheckResult(ReasonCode.CHECKS.get(i), CheckStatus.NOT_APPLICABLE, null, null,
                        "Not applicable to an initial entry: there is no previous entry to compare with."));
            }
        } else {
            double minutes = f.minutesSinceLast(p.time());
            boolean soon = Checks.minTimeNotElapsed(minutes, q.minMinutesBetween());
            checks.add(result(ReasonCode.MIN_TIME_NOT_ELAPSED, soon, minutes, q.minMinutesBetween(),
                    soon ? "Only " + number(minutes, q.minMinutesBetween()) + " min since the last entry; the policy asks for "
                            + number(q.minMinutesBetween()) + "."
                            : number(minutes, q.minMinutesBetween()) + " min since the last entry; the policy asks for at least "
                            + number(q.minMinutesBetween()) + "."));

            long bars = p.bar() - f.lastBar;
            boolean fewBars = Checks.minBarsNotElapsed(bars, q.minBarsBetween());
            checks.add(result(ReasonCode.MIN_BARS_NOT_ELAPSED, fewBars, (double) bars, (double) q.minBarsBetween(),
                    (fewBars ? "Only " : "") + bars + " " + plural(bars, "bar", "bars") + " since the last entry; the policy asks for "
                            + (fewBars ? "" : "at least ") + q.minBarsBetween() + "."));

            boolean weak = Checks.signalTooWeak(p.signalQuality(), q.minSignalQuality());
            checks.add(result(ReasonCode.SIGNAL_TOO_WEAK, weak, p.signalQuality(), q.minSignalQuality(),
                    "Signal quality " + number(p.signalQuality(), q.minSignalQuality()) + (weak ? " is below" : " meets")
                            + " the policy's minimum of " + number(q.minSignalQuality()) + "."));

            ScalingMode mode = scaling.mode() == null ? ScalingMode.PYRAMID : scaling.mode();
            double move = dir.sign() * (p.price() - f.lastPrice);
            boolean structure = Checks.priceStructureMismatch(mode, dir, p.price(), f.lastPrice);
            String moveWords = Tolerance.equal(p.price(), f.lastPrice) ? "has not moved from"
                    : move > 0 ? "moved in the position's favour from" : "moved against the position from";
            checks.add(result(ReasonCode.PRICE_STRUCTURE_MISMATCH, structure, move, 0.0,
                    "Price " + number(p.price()) + " " + moveWords + " the last entry at " + number(f.lastPrice)
                            + (mode == ScalingMode.PYRAMID ? "; a pyramid adds only after a favourable move."
                            : "; averaging down adds only after an adverse move.")));

            double spacing = Math.abs(p.price() - f.lastPrice) / atr;
            boolean spacingBad = Checks.spacingOutOfRange(spacing, q.minSpacingAtr(), q.maxSpacingAtr());
            String range = q.maxSpacingAtr() == null ? "at least " + number(q.minSpacingAtr())
                    : number(q.minSpacingAtr()) + " to " + number(q.maxSpacingAtr());
            double spacingLimit = nearer(spacing, q.minSpacingAtr(), q.maxSpacingAtr());
            checks.add(result(ReasonCode.PRICE_SPACING_OUT_OF_RANGE, spacingBad, spacing, spacingLimit,
                    "The entry is " + number(spacing, spacingLimit) + " ATR from the last entry; the policy asks for " + range + " ATR."));

            double vol = atr / p.price() * 100.0;
            ScalingPolicy.Band band = q.volatilityPct();
            boolean volBad = Checks.volatilityOutOfRange(vol, band);
            Double volLimit = band == null ? null : nearer(vol, band.min(), band.max());
            checks.add(result(ReasonCode.VOLATILITY_OUT_OF_RANGE, volBad, vol, volLimit,
                    "ATR is " + (volLimit == null ? pct(vol) : Format.percent(vol, volLimit)) + " of price; " + (band == null ? "the policy sets no volatility band."
                            : "the policy's band is " + limitPct(band.min()) + " to " + limitPct(band.max()) + ".")));

            boolean wide = Checks.executionInfeasible(spread, maxSpread);
            checks.add(result(ReasonCode.EXECUTION_INFEASIBLE, wide, spread, maxSpread,
                    "The spread is " + (maxSpread == null ? number(spread) : number(spread, maxSpread)) + " bps; " + (maxSpread == null ? "the policy sets no spread limit."
                            : "the policy allows " + number(maxSpread) + " bps.")));
        }

        CheckResult deciding = null;
        for (CheckResult c : checks) {
            if (c.failed()) {
                deciding = c;
                break;
            }
        }
        ReasonCode reason;
        String explanation;
        if (deciding != null) {
            reason = deciding.code();
            explanation = deciding.message();
        } else if (initial) {
            reason = ReasonCode.INITIAL_ENTRY;
            explanation = "Initial entry: " + dir + " " + number(p.quantity()) + " at " + number(p.price())
                    + " is within every safety limit.";
        } else {
            reason = ReasonCode.SCALE_APPROVED;
            explanation = "All checks pass: add " + number(p.quantity()) + " at " + number(p.price()) + " as entry "
                    + entriesAfter + " of " + scaling.maxEntries() + ".";
        }
        Metrics metrics = new Metrics(entriesAfter, positionPct, riskAmount, riskPct,
                f.averagePriceAfter(p.quantity(), p.price()), suggested);
        return new ScalingResult(reason.decision(), reason, explanation, checks, metrics);
    }

    private static CheckResult result(ReasonCode code, boolean failed, Double observed, Double limit, String message) {
        return new CheckResult(code, failed ? CheckStatus.FAIL : CheckStatus.PASS, observed, limit, message);
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

    private static String pct(double v) {
        return Format.percent(v);
    }

    /** A limit as the policy typed it: its decimals are not rounded away (0.0899% stays 0.0899%). */
    private static String limitPct(double v) {
        return number(v) + "%";
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
