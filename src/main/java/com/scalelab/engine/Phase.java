package com.scalelab.engine;

/** Phases of an evaluation, in the order their checks run. */
public enum Phase {
    INPUT, SAFETY, DIRECTION, QUALIFICATION, EXECUTION;

    /** A failure in this phase blocks (true) or only skips (false). */
    public boolean blocks() {
        return this == INPUT || this == SAFETY || this == DIRECTION;
    }
}
