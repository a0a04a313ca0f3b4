package com.scalelab.engine.replay;

import java.time.Instant;
import java.util.Objects;

/**
 * A price history in columns, oldest first (index t = the row's position in the file). Columns
 * rather than a list of bar objects so a million bars are six arrays, not a million objects.
 * {@code volume} holds NaN where the file had none; {@code signal} is null when the file has no
 * signal column. The arrays are owned by the series: callers must not change them.
 */
public record BarSeries(Instant[] time, double[] open, double[] high, double[] low, double[] close,
                        double[] volume, double[] signal) {
    public BarSeries {
        Objects.requireNonNull(time, "time");
        int n = time.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n
                || volume.length != n || (signal != null && signal.length != n)) {
            throw new IllegalArgumentException("every column of a bar series must have one value per bar");
        }
    }

    public int size() {
        return time.length;
    }

    public boolean hasSignal() {
        return signal != null;
    }
}
