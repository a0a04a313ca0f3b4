package com.scalelab.engine;

/** The verdict on one proposed entry. */
public enum Decision {
    /** Every check passed: the entry may be added. */
    SCALE,
    /** A qualification or execution condition is unmet: try again later. */
    SKIP,
    /** A safety limit, the direction or the input forbids it: never waived. */
    BLOCK
}
