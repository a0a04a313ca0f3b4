package com.scalelab.ui.replay.chart;

/**
 * The lowest and highest value over any run of bars without reading every bar: block minima and
 * maxima in levels of 16, 256, 4096, ... bars. A query walks at most about 2 x 16 cells per level,
 * so one pixel column of a zoomed-out million-bar chart costs a few hundred reads, not thousands.
 * NaN values (warm-up bars of the equity series) are ignored.
 */
final class RangeExtremes {
    private static final int FAN = 16;
    private static final int SHIFT = 4;

    private final double[][] mins;
    private final double[][] maxs;

    private RangeExtremes(double[][] mins, double[][] maxs) {
        this.mins = mins;
        this.maxs = maxs;
    }

    /** Over the columns {@code low} (for minima) and {@code high} (for maxima), which may be the same array. */
    static RangeExtremes of(double[] low, double[] high) {
        int levels = 1;
        for (long size = FAN; size < low.length; size *= FAN) {
            levels++;
        }
        double[][] mins = new double[levels][];
        double[][] maxs = new double[levels][];
        mins[0] = low;
        maxs[0] = high;
        for (int k = 1; k < levels; k++) {
            double[] pmin = mins[k - 1];
            double[] pmax = maxs[k - 1];
            int cells = (pmin.length + FAN - 1) / FAN;
            double[] mn = new double[cells];
            double[] mx = new double[cells];
            for (int c = 0; c < cells; c++) {
                double lo = Double.NaN;
                double hi = Double.NaN;
                int end = Math.min(pmin.length, (c + 1) * FAN);
                for (int i = c * FAN; i < end; i++) {
                    lo = min(lo, pmin[i]);
                    hi = max(hi, pmax[i]);
                }
                mn[c] = lo;
                mx[c] = hi;
            }
            mins[k] = mn;
            maxs[k] = mx;
        }
        return new RangeExtremes(mins, maxs);
    }

    int size() {
        return mins[0].length;
    }

    /**
     * The extremes over bars {@code from} (inclusive) to {@code to} (exclusive), written to
     * out[0] (lowest) and out[1] (highest); both NaN when the run is empty or has no values.
     */
    void over(int from, int to, double[] out) {
        double lo = Double.NaN;
        double hi = Double.NaN;
        int i = Math.max(0, from);
        int end = Math.min(to, size());
        while (i < end) {
            // the largest block that starts at i and ends by `end`
            int k = 0;
            while (k + 1 < mins.length) {
                int size = 1 << (SHIFT * (k + 1));
                if ((i & (size - 1)) != 0 || i + size > end) {
                    break;
                }
                k++;
            }
            int cell = i >> (SHIFT * k);
            lo = min(lo, mins[k][cell]);
            hi = max(hi, maxs[k][cell]);
            i += 1 << (SHIFT * k);
        }
        out[0] = lo;
        out[1] = hi;
    }

    private static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
