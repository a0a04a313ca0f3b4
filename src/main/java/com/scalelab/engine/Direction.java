package com.scalelab.engine;

/** Side of a position or entry. */
public enum Direction {
    LONG(1), SHORT(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** +1 for LONG, -1 for SHORT: the contract's dirSign. */
    public int sign() {
        return sign;
    }
}
