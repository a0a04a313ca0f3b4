package com.scalelab.engine.tuning;

import java.util.Arrays;

/** One axis of a sweep: a field and the values it takes, in order. */
public record SweepAxis(TuningField field, double[] values) {
    public SweepAxis {
        if (field == null || values == null || values.length == 0) {
            throw new IllegalArgumentException("an axis needs a field and at least one value");
        }
        values = values.clone();
    }

    /**
     * {@code steps} values evenly from {@code from} to {@code to} inclusive (one value when steps is 1),
     * each computed as from + i x (to - from) / (steps - 1) and, for whole-number fields, rounded,
     * dropping repeats; decimals are rounded to 10 places so 0.1 steps read as typed.
     */
    public static SweepAxis linear(TuningField field, double from, double to, int steps) {
        if (steps < 1 || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("an axis needs finite bounds and at least one step");
        }
        double[] v = new double[steps];
        int n = 0;
        for (int i = 0; i < steps; i++) {
            double x = steps == 1 ? from : from + i * (to - from) / (steps - 1);
            x = field.isWholeNumber() ? Math.rint(x) : Math.rint(x * 1e10) / 1e10;
            if (n == 0 || v[n - 1] != x) {
                v[n++] = x;
            }
        }
        return new SweepAxis(field, Arrays.copyOf(v, n));
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepAxis a && a.field == field && Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return field.path() + " " + Arrays.toString(values);
    }
}
