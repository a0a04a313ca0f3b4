package com.scalelab;

import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;

/** The policy of the contract's example file (section 3), shared by the tests' fixtures. */
public final class ContractExample {
    private ContractExample() {
    }

    /** PYRAMID, 4 entries, 20% position, 2% risk, 60 min / 3 bars, signal 0.6, 1..4 ATR, 0.5..5% volatility, 20 bps, scale 0.5. */
    public static ScalingPolicy pyramidPolicy() {
        return new ScalingPolicy("Trend pyramid", "donchian-breakout", "",
                new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 4),
                new ScalingPolicy.Limits(20.0, 2.0, 0.0),
                new ScalingPolicy.Qualification(60, 3, 0.6, 1.0, 4.0, new ScalingPolicy.Band(0.5, 5.0)),
                new ScalingPolicy.Execution(20.0), new ScalingPolicy.Sizing(0.5));
    }
}
