package com.scalelab.engine.replay;

/** How the position's stop moves after an approved entry (replay contract 3.3, step 4). */
public enum StopMode {
    /** The stop set at the initial entry stays. */
    FIXED,
    /** After every approved entry the stop becomes averagePriceAfter - dirSign x stop.atr x ATR. */
    FROM_AVERAGE
}
