package com.scalelab.engine;

/** How a policy adds: into strength or into weakness. */
public enum ScalingMode {
    /** Add only after price moved in the position's favour since the last entry. */
    PYRAMID,
    /** Add only after price moved against the position since the last entry. */
    AVERAGE_DOWN
}
