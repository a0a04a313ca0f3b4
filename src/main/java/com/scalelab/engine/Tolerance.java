package com.scalelab.engine;

/**
 * The contract's comparison at a limit: two doubles are equal when they differ by at most
 * 1e-9 x max(1, |a|, |b|), so a value typed in decimal (0.1 + 0.2) that lands on its limit (0.3)
 * counts as at the limit. Reaching a limit is allowed; exceeding it is not.
 */
public final class Tolerance {
    public static final double RELATIVE = 1e-9;

    private Tolerance() {
    }

    public static boolean equal(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            // The relative slack of an infinity is infinite: without this an overflowed
            // quantity would count as "at" every finite limit and pass it.
            return a == b;
        }
        return Math.abs(a - b) <= RELATIVE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** a > b, and not equal within the tolerance. */
    public static boolean above(double a, double b) {
        return a > b && !equal(a, b);
    }

    /** a < b, and not equal within the tolerance. */
    public static boolean below(double a, double b) {
        return a < b && !equal(a, b);
    }
}
