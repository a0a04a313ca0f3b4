package com.scalelab.engine.landscape;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;

/**
 * The span of one what-if input shown on a map axis or a slider track, [min, max]. Defaults come
 * from the policy's limits and the scenario, widened so the current value is always inside.
 */
public record AxisRange(double min, double max) {

    /** Price offsets from the last entry, in ATR multiples, that a map shows by default. */
    public static final double DEFAULT_OFFSET_ATR = 8.0;

    public double span() {
        return max - min;
    }

    /** The value at sample i of n evenly spaced samples (both ends included). */
    public double at(int i, int n) {
        return n <= 1 ? min : min + (max - min) * i / (n - 1);
    }

    public boolean contains(double v) {
        return v >= min && v <= max;
    }

    /**
     * The default range of an input: time 0..max(4 x minMinutesBetween, 240), bars
     * 0..max(4 x minBarsBetween, 20), signal 0..1, ATR 0.25x..3x current, spread
     * 0..max(3 x maxSpreadBps, 30), price the last entry +/- 8 ATR, quantity up to 3x the larger of
     * the proposed and suggested quantity. Each is widened to keep the current value inside.
     */
    public static AxisRange defaultFor(WhatIfInput input, ScalingPolicy policy, ScalingContext ctx) {
        WhatIfPoint at = WhatIfPoint.of(ctx);
        double current = at.get(input);
        ScalingPolicy.Qualification q = policy == null ? ScalingPolicy.Qualification.DEFAULT : policy.qualification();
        AxisRange r = switch (input) {
            case PRICE -> {
                double anchor = anchorPrice(ctx);
                double unit = atrUnit(ctx);
                AxisRange x = offsetRange(ctx);
                yield new AxisRange(Math.max(anchor + x.min * unit, anchor * 1e-3), anchor + x.max * unit);
            }
            case TIME -> new AxisRange(0, Math.max(4 * q.minMinutesBetween(), 240));
            case BARS -> new AxisRange(0, Math.max(4 * q.minBarsBetween(), 20));
            case SIGNAL_QUALITY -> new AxisRange(0, 1);
            case ATR -> {
                double unit = atrUnit(ctx);
                yield new AxisRange(0.25 * unit, 3 * unit);
            }
            case SPREAD -> {
                Double maxSpread = policy == null ? null : policy.execution().maxSpreadBps();
                yield new AxisRange(0, Math.max(maxSpread == null ? 0 : 3 * maxSpread, 30));
            }
            case QUANTITY -> {
                double top = 3 * Math.max(finiteOr(current, 1), 1e-9);
                yield new AxisRange(top / 300, top);
            }
        };
        return r.widenedTo(current);
    }

    /** The default price axis of a map: -8..+8 ATR from the last entry, widened to the current price. */
    public static AxisRange offsetRange(ScalingContext ctx) {
        double offset = (WhatIfPoint.of(ctx).price() - anchorPrice(ctx)) / atrUnit(ctx);
        return new AxisRange(-DEFAULT_OFFSET_ATR, DEFAULT_OFFSET_ATR).widenedTo(offset);
    }

    /** Where price offsets count from: the last entry's price, or the proposed price for an initial entry. */
    public static double anchorPrice(ScalingContext ctx) {
        var last = WhatIfPoint.lastEntry(ctx);
        double p = last != null ? last.price() : ctx.proposed() == null ? Double.NaN : ctx.proposed().price();
        return finiteOr(p, 1.0);
    }

    /** The ATR one map column step is measured in: the current ATR (1 when the scenario's is unusable). */
    public static double atrUnit(ScalingContext ctx) {
        double atr = ctx.market() == null ? Double.NaN : ctx.market().atr();
        return atr > 0 && Double.isFinite(atr) ? atr : 1.0;
    }

    /** This range stretched (5% beyond the value) so that v is inside; v not finite leaves it. */
    public AxisRange widenedTo(double v) {
        if (!Double.isFinite(v) || contains(v)) {
            return this;
        }
        if (v > max) {
            return new AxisRange(min, v + 0.05 * (v - min));
        }
        double newMin = v - 0.05 * (max - v);
        // a range of prices, ATRs or quantities must stay above 0
        if (min > 0 && newMin <= 0) {
            newMin = v / 2;
        }
        return new AxisRange(newMin, max);
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) && v > 0 ? v : fallback;
    }
}
