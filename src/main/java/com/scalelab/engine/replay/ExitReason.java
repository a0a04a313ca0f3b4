package com.scalelab.engine.replay;

/** Why a replayed position was closed. */
public enum ExitReason {
    STOP, TAKE_PROFIT, END
}
