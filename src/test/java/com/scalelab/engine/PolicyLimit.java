package com.scalelab.engine;

import java.util.Random;

/**
 * Every limit a policy sets, each with a way to make it stricter or more permissive by a random
 * amount: a hair (inside the tolerance), a little (just past it), onto the value the scenario
 * measures, or a lot. Returns null when the limit cannot move that way and stay valid (a minimum of
 * 0 cannot loosen; no spread bound is already the loosest).
 */
enum PolicyLimit {
    SCALING_ENABLED(null),
    MAX_ENTRIES(ReasonCode.MAX_ENTRIES_REACHED),
    MAX_POSITION_PCT(ReasonCode.MAX_POSITION_EXCEEDED),
    MAX_RISK_PCT(ReasonCode.RISK_BUDGET_EXCEEDED),
    LEDGER_TOLERANCE(ReasonCode.LEDGER_MISMATCH),
    MIN_MINUTES_BETWEEN(ReasonCode.MIN_TIME_NOT_ELAPSED),
    MIN_BARS_BETWEEN(ReasonCode.MIN_BARS_NOT_ELAPSED),
    MIN_SIGNAL_QUALITY(ReasonCode.SIGNAL_TOO_WEAK),
    MIN_SPACING_ATR(ReasonCode.PRICE_SPACING_OUT_OF_RANGE),
    MAX_SPACING_ATR(ReasonCode.PRICE_SPACING_OUT_OF_RANGE),
    VOLATILITY_MIN(ReasonCode.VOLATILITY_OUT_OF_RANGE),
    VOLATILITY_MAX(ReasonCode.VOLATILITY_OUT_OF_RANGE),
    MAX_SPREAD_BPS(ReasonCode.EXECUTION_INFEASIBLE);

    private final ReasonCode check;

    PolicyLimit(ReasonCode check) {
        this.check = check;
    }

    ScalingPolicy tighten(ScalingPolicy p, ScalingResult measured, Random random) {
        return change(p, measured, random, true);
    }

    ScalingPolicy loosen(ScalingPolicy p, ScalingResult measured, Random random) {
        return change(p, measured, random, false);
    }

    /** The limit's current value, for failure messages. */
    String read(ScalingPolicy p) {
        ScalingPolicy.Qualification q = p.qualification();
        return switch (this) {
            case SCALING_ENABLED -> "enabled=" + p.scaling().enabled();
            case MAX_ENTRIES -> "maxEntries=" + p.scaling().maxEntries();
            case MAX_POSITION_PCT -> "maxPositionPct=" + p.limits().maxPositionPct();
            case MAX_RISK_PCT -> "maxRiskPct=" + p.limits().maxRiskPct();
            case LEDGER_TOLERANCE -> "ledgerTolerance=" + p.limits().ledgerTolerance();
            case MIN_MINUTES_BETWEEN -> "minMinutesBetween=" + q.minMinutesBetween();
            case MIN_BARS_BETWEEN -> "minBarsBetween=" + q.minBarsBetween();
            case MIN_SIGNAL_QUALITY -> "minSignalQuality=" + q.minSignalQuality();
            case MIN_SPACING_ATR -> "minSpacingAtr=" + q.minSpacingAtr();
            case MAX_SPACING_ATR -> "maxSpacingAtr=" + q.maxSpacingAtr();
            case VOLATILITY_MIN, VOLATILITY_MAX -> "volatilityPct=" + q.volatilityPct();
            case MAX_SPREAD_BPS -> "maxSpreadBps=" + p.execution().maxSpreadBps();
        };
    }

    private ScalingPolicy change(ScalingPolicy p, ScalingResult measured, Random random, boolean tighter) {
        ScalingPolicy.Scaling s = p.scaling();
        ScalingPolicy.Limits l = p.limits();
        ScalingPolicy.Qualification q = p.qualification();
        Double observed = check == null ? null : measured.check(check).observed();
        ScalingPolicy changed = switch (this) {
            case SCALING_ENABLED -> s.enabled() == !tighter ? null
                    : p.withScaling(new ScalingPolicy.Scaling(!tighter, s.mode(), s.maxEntries()));
            case MAX_ENTRIES -> p.withScaling(new ScalingPolicy.Scaling(s.enabled(), s.mode(),
                    s.maxEntries() + (tighter ? -1 : 1) * (1 + random.nextInt(2))));
            case MAX_POSITION_PCT -> p.withLimits(new ScalingPolicy.Limits(
                    ceiling(l.maxPositionPct(), observed, tighter, random), l.maxRiskPct(), l.ledgerTolerance()));
            case MAX_RISK_PCT -> p.withLimits(new ScalingPolicy.Limits(l.maxPositionPct(),
                    ceiling(l.maxRiskPct(), observed, tighter, random), l.ledgerTolerance()));
            case LEDGER_TOLERANCE -> p.withLimits(new ScalingPolicy.Limits(l.maxPositionPct(), l.maxRiskPct(),
                    ceiling(l.ledgerTolerance(), observed, tighter, random)));
            case MIN_MINUTES_BETWEEN -> p.withQualification(new ScalingPolicy.Qualification(
                    floor(q.minMinutesBetween(), observed, tighter, random), q.minBarsBetween(), q.minSignalQuality(),
                    q.minSpacingAtr(), q.maxSpacingAtr(), q.volatilityPct()));
            case MIN_BARS_BETWEEN -> p.withQualification(new ScalingPolicy.Qualification(q.minMinutesBetween(),
                    q.minBarsBetween() + (tighter ? 1 : -1) * (1 + random.nextInt(2)), q.minSignalQuality(),
                    q.minSpacingAtr(), q.maxSpacingAtr(), q.volatilityPct()));
            case MIN_SIGNAL_QUALITY -> p.withQualification(new ScalingPolicy.Qualification(q.minMinutesBetween(),
                    q.minBarsBetween(), floor(q.minSignalQuality(), observed, tighter, random), q.minSpacingAtr(),
                    q.maxSpacingAtr(), q.volatilityPct()));
            case MIN_SPACING_ATR -> p.withQualification(new ScalingPolicy.Qualification(q.minMinutesBetween(),
                    q.minBarsBetween(), q.minSignalQuality(), floor(q.minSpacingAtr(), observed, tighter, random),
                    q.maxSpacingAtr(), q.volatilityPct()));
            case MAX_SPACING_ATR -> p.withQualification(new ScalingPolicy.Qualification(q.minMinutesBetween(),
                    q.minBarsBetween(), q.minSignalQuality(), q.minSpacingAtr(),
                    optionalCeiling(q.maxSpacingAtr(), observed, tighter, random), q.volatilityPct()));
            case VOLATILITY_MIN -> {
                ScalingPolicy.Band b = q.volatilityPct();
                if (b == null && !tighter) {
                    yield null;
                }
                double max = b == null ? Double.MAX_VALUE : b.max();
                double min = floor(b == null ? 0 : b.min(), observed, tighter, random);
                yield p.withQualification(new ScalingPolicy.Qualification(q.minMinutesBetween(), q.minBarsBetween(),
                        q.minSignalQuality(), q.minSpacingAtr(), q.maxSpacingAtr(), new ScalingPolicy.Band(min, max)));
            }
            case VOLATILITY_MAX -> {
                ScalingPolicy.Band b = q.volatilityPct();
                Double max = optionalCeiling(b == null ? null : b.max(), observed, tighter, random);
                ScalingPolicy.Band band = max == null ? null : new ScalingPolicy.Band(b == null ? 0 : b.min(), max);
                yield p.withQualification(new ScalingPolicy.Qualification(q.minMinutesBetween(), q.minBarsBetween(),
                        q.minSignalQuality(), q.minSpacingAtr(), q.maxSpacingAtr(), band));
            }
            case MAX_SPREAD_BPS -> p.withExecution(new ScalingPolicy.Execution(
                    optionalCeiling(p.execution().maxSpreadBps(), observed, tighter, random)));
        };
        // Only moves that keep the policy valid and actually move the limit the stated way count.
        if (changed == null || !changed.isValid() || read(changed).equals(read(p))) {
            return null;
        }
        return changed;
    }

    /** A new upper bound: lower when tightening, higher when loosening. */
    private static double ceiling(double old, Double observed, boolean tighter, Random random) {
        double dir = tighter ? -1 : 1;
        double base = Math.max(Math.abs(old), 1e-6);
        double moved = switch (random.nextInt(6)) {
            case 0 -> old + dir * base * 1e-12;
            case 1 -> old + dir * base * 1e-7;
            case 2 -> observed != null && (tighter ? observed < old : observed > old) ? observed : old + dir * base * 0.5;
            case 3 -> observed != null ? observed * (1 + dir * 1e-7) : old * (1 + dir * 0.1);
            default -> tighter ? old * random.nextDouble() : old * (1 + 3 * random.nextDouble()) + random.nextDouble();
        };
        // Next to the observed value the step can land on the wrong side of the old limit (tightening
        // a tolerance of 0 to 0.99999 x an observed 0.01 loosens it): then step the stated way instead.
        boolean statedWay = tighter ? moved < old : moved > old;
        return statedWay ? moved : old + dir * base * 0.5;
    }

    /** A new lower bound (a minimum): higher when tightening, lower when loosening. */
    private static double floor(double old, Double observed, boolean tighter, Random random) {
        return Math.max(0, ceiling(old, observed, !tighter, random));
    }

    /** An upper bound that may be unset (the loosest): tightening may set it, loosening may drop it. */
    private static Double optionalCeiling(Double old, Double observed, boolean tighter, Random random) {
        if (old == null) {
            if (!tighter) {
                return null;
            }
            double at = observed != null && Double.isFinite(observed) ? observed : 10 * random.nextDouble();
            return Math.max(0, ceiling(at, at, random.nextBoolean(), random));
        }
        if (!tighter && random.nextInt(4) == 0) {
            return null;
        }
        return Math.max(0, ceiling(old, observed, tighter, random));
    }
}
