package com.scalelab.engine.tuning;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.RunSettings;

/**
 * A numeric policy or run field a strategist tunes, named by its file path: the axes of a sweep.
 * Each knows how to put a value into a policy or a run, and whether it takes whole numbers only.
 */
public enum TuningField {
    MIN_SPACING_ATR("qualification.minSpacingAtr", false, true),
    MAX_SPACING_ATR("qualification.maxSpacingAtr", false, true),
    MAX_ENTRIES("scaling.maxEntries", true, true),
    MIN_MINUTES_BETWEEN("qualification.minMinutesBetween", false, true),
    MIN_BARS_BETWEEN("qualification.minBarsBetween", true, true),
    MIN_SIGNAL_QUALITY("qualification.minSignalQuality", false, true),
    SIZING_SCALE("sizing.scale", false, true),
    MAX_POSITION_PCT("limits.maxPositionPct", false, true),
    MAX_RISK_PCT("limits.maxRiskPct", false, true),
    STOP_ATR("stop.atr", false, false),
    TAKE_PROFIT_PCT("exit.takeProfitPct", false, false);

    private final String path;
    private final boolean whole;
    private final boolean policyField;

    TuningField(String path, boolean whole, boolean policyField) {
        this.path = path;
        this.whole = whole;
        this.policyField = policyField;
    }

    /** The field's path in the policy file ({@code qualification.minSpacingAtr}) or run file ({@code stop.atr}). */
    public String path() {
        return path;
    }

    public boolean isWholeNumber() {
        return whole;
    }

    /** True for a policy field, false for a run field (stop ATR, take-profit). */
    public boolean isPolicyField() {
        return policyField;
    }

    /** The field with this path, or null. */
    public static TuningField byPath(String path) {
        for (TuningField f : values()) {
            if (f.path.equals(path)) {
                return f;
            }
        }
        return null;
    }

    /** The value this field has in the policy and run (NaN where unset: no max spacing, no take-profit). */
    public double valueIn(ScalingPolicy p, RunSettings run) {
        ScalingPolicy.Qualification q = p.qualification();
        return switch (this) {
            case MIN_SPACING_ATR -> q.minSpacingAtr();
            case MAX_SPACING_ATR -> q.maxSpacingAtr() == null ? Double.NaN : q.maxSpacingAtr();
            case MAX_ENTRIES -> p.scaling().maxEntries();
            case MIN_MINUTES_BETWEEN -> q.minMinutesBetween();
            case MIN_BARS_BETWEEN -> q.minBarsBetween();
            case MIN_SIGNAL_QUALITY -> q.minSignalQuality();
            case SIZING_SCALE -> p.sizing().scale();
            case MAX_POSITION_PCT -> p.limits().maxPositionPct();
            case MAX_RISK_PCT -> p.limits().maxRiskPct();
            case STOP_ATR -> run.stopAtr();
            case TAKE_PROFIT_PCT -> run.takeProfitPct() == null ? Double.NaN : run.takeProfitPct();
        };
    }

    /** The policy with this field set to {@code v} (unchanged for a run field). */
    public ScalingPolicy applyTo(ScalingPolicy p, double v) {
        ScalingPolicy.Qualification q = p.qualification();
        ScalingPolicy.Limits l = p.limits();
        return switch (this) {
            case MIN_SPACING_ATR -> p.withQualification(new ScalingPolicy.Qualification(q.minMinutesBetween(),
                    q.minBarsBetween(), q.minSignalQuality(), v, q.maxSpacingAtr(), q.volatilityPct()));
            case MAX_SPACING_ATR -> p.withQualification(new ScalingPolicy.Qualification(q.minMinutesBetween(),
                    q.minBarsBetween(), q.minSignalQuality(), q.minSpacingAtr(), v, q.volatilityPct()));
            case MAX_ENTRIES -> p.withScaling(new ScalingPolicy.Scaling(p.scaling().enabled(), p.scaling().mode(),
                    (int) Math.round(v)));
            case MIN_MINUTES_BETWEEN -> p.withQualification(new ScalingPolicy.Qualification(v,
                    q.minBarsBetween(), q.minSignalQuality(), q.minSpacingAtr(), q.maxSpacingAtr(), q.volatilityPct()));
            case MIN_BARS_BETWEEN -> p.withQualification(new ScalingPolicy.Qualification(q.minMinutesBetween(),
                    Math.round(v), q.minSignalQuality(), q.minSpacingAtr(), q.maxSpacingAtr(), q.volatilityPct()));
            case MIN_SIGNAL_QUALITY -> p.withQualification(new ScalingPolicy.Qualification(q.minMinutesBetween(),
                    q.minBarsBetween(), v, q.minSpacingAtr(), q.maxSpacingAtr(), q.volatilityPct()));
            case SIZING_SCALE -> p.withSizing(new ScalingPolicy.Sizing(v));
            case MAX_POSITION_PCT -> p.withLimits(new ScalingPolicy.Limits(v, l.maxRiskPct(), l.ledgerTolerance()));
            case MAX_RISK_PCT -> p.withLimits(new ScalingPolicy.Limits(l.maxPositionPct(), v, l.ledgerTolerance()));
            case STOP_ATR, TAKE_PROFIT_PCT -> p;
        };
    }

    /** The run with this field set to {@code v} (unchanged for a policy field). */
    public RunSettings applyTo(RunSettings r, double v) {
        return switch (this) {
            case STOP_ATR -> new RunSettings(r.name(), r.symbol(), r.direction(), r.bars(), r.equity(), r.atrPeriod(),
                    r.spreadBps(), r.openRule(), r.lookback(), r.notionalPct(), r.signalQuality(), v, r.stopMode(),
                    r.takeProfitPct());
            case TAKE_PROFIT_PCT -> new RunSettings(r.name(), r.symbol(), r.direction(), r.bars(), r.equity(),
                    r.atrPeriod(), r.spreadBps(), r.openRule(), r.lookback(), r.notionalPct(), r.signalQuality(),
                    r.stopAtr(), r.stopMode(), v);
            default -> r;
        };
    }

    /** Why {@code v} cannot go into a run field, or null; policy fields are judged by the policy's own rules. */
    public String runProblem(double v) {
        if (policyField) {
            return null;
        }
        return v > 0 && Double.isFinite(v) ? null : path + " must be a finite number > 0; got " + v;
    }
}
