package com.scalelab.engine.replay;

/**
 * The highest high (or lowest low) of the {@code length} bars before bar t: the Donchian channel
 * the BREAKOUT and PULLBACK open rules compare the close with. A monotonic queue of bar indices, so
 * a million bars cost O(1) each whatever the lookback, instead of a scan of up to 1,000 bars.
 * Bars must be asked for in increasing order.
 */
final class Channel {
    private final double[] values;
    private final int length;
    private final boolean highest;
    /** Bar indices whose values decrease (highest) or increase (lowest) from head to tail. */
    private final int[] queue;
    private long head;
    private long tail;
    private int next;

    Channel(double[] values, int length, boolean highest) {
        this.values = values;
        this.length = length;
        this.highest = highest;
        this.queue = new int[length + 1];
    }

    /** max (or min) of values[t - length .. t - 1]; needs t >= length >= 1. */
    double before(int t) {
        int cap = queue.length;
        while (next < t) {
            double v = values[next];
            // a later bar at least as extreme makes an earlier one irrelevant for every later window
            while (tail > head && outranked(values[queue[(int) ((tail - 1) % cap)]], v)) {
                tail--;
            }
            queue[(int) (tail % cap)] = next;
            tail++;
            while (queue[(int) (head % cap)] <= next - length) {
                head++;
            }
            next++;
        }
        return values[queue[(int) (head % cap)]];
    }

    private boolean outranked(double earlier, double later) {
        return highest ? earlier <= later : earlier >= later;
    }
}
