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
     * The default range of an input for a scenario taken as loaded: the one what-if rule,
     * {@link WhatIfModel#span}, with this scenario as its reference.
     */
    public static AxisRange defaultFor(WhatIfInput input, ScalingPolicy policy, ScalingContext ctx) {
        return WhatIfModel.of(policy, ctx).span(input, ctx);
    }

    /** The default price axis of a map in ATR offsets from the last entry: {@link WhatIfModel#priceOffsets}. */
    public static AxisRange offsetRange(ScalingContext ctx) {
        return WhatIfModel.of(null, ctx).priceOffsets(ctx);
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
