package com.scalelab.engine.replay;

import com.scalelab.engine.ScalingResult;

/**
 * Receives the walk's records in bar order as they are made, so the command line can print a
 * line at a time without holding a million records. {@code result} is the engine's traced result
 * for that proposal (the command's {@code --trace} prints its checks).
 */
public interface ReplaySink {
    default void decision(ReplayDecision decision, ScalingResult result) {
    }

    default void exit(ReplayExit exit) {
    }
}
