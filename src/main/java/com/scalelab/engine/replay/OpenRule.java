package com.scalelab.engine.replay;

/** When a flat replay proposes an initial entry (replay contract 3.3). */
public enum OpenRule {
    /** Every bar close while flat. */
    EVERY_BAR,
    /** LONG: close above the highest high of the previous lookback bars (SHORT: below the lowest low). */
    BREAKOUT,
    /** LONG: close below the lowest low of the previous lookback bars (SHORT: above the highest high). */
    PULLBACK
}
