package com.scalelab.engine.landscape;

import com.scalelab.engine.DecisionSweep;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;

/**
 * The verdict along one input's whole range with every other input held where it is: the colours
 * of a what-if slider's track, so the trader sees the allowed band before dragging into it.
 */
public final class DecisionTrack {
    private static final ReasonCode[] CODES = ReasonCode.values();

    private final WhatIfInput input;
    private final AxisRange range;
    private final byte[] reasons;

    private DecisionTrack(WhatIfInput input, AxisRange range, byte[] reasons) {
        this.input = input;
        this.range = range;
        this.reasons = reasons;
    }

    /** The track over the input's default range. */
    public static DecisionTrack compute(ScalingPolicy policy, ScalingContext ctx, WhatIfInput input, int samples) {
        return compute(policy, ctx, input, AxisRange.defaultFor(input, policy, ctx), samples);
    }

    public static DecisionTrack compute(ScalingPolicy policy, ScalingContext ctx, WhatIfInput input, AxisRange range,
                                        int samples) {
        int n = Math.max(2, samples);
        DecisionSweep sweep = new DecisionSweep(policy, ctx);
        WhatIfPoint at = WhatIfPoint.of(ctx);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) at.with(input, range.at(i, n)).decide(sweep).ordinal();
        }
        return new DecisionTrack(input, range, out);
    }

    public WhatIfInput input() {
        return input;
    }

    public AxisRange range() {
        return range;
    }

    public int samples() {
        return reasons.length;
    }

    /** The value sample i stands for (bars rounded to a whole bar). */
    public double valueAt(int i) {
        double v = range.at(i, reasons.length);
        return input.isWhole() ? Math.round(v) : v;
    }

    public ReasonCode reasonAt(int i) {
        return CODES[reasons[i]];
    }

    /** The reason at the sample nearest this value, clamped to the range. */
    public ReasonCode reasonNear(double value) {
        int i = (int) Math.round((value - range.min()) / range.span() * (reasons.length - 1));
        return reasonAt(Math.max(0, Math.min(reasons.length - 1, i)));
    }
}
