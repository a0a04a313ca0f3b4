package com.scalelab.ui.replay.chart;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Round axis steps (1, 2, 5 x 10^k) and the labels written at them. */
final class AxisTicks {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private AxisTicks() {
    }

    /** The smallest round step (1, 2 or 5 x 10^k) of at least {@code rough}. */
    static double step(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= rough * (1 - 1e-9)) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Decimals that show a step of this size exactly (0.25 -> 2, 5 -> 0), at most 10. */
    static int decimals(double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            return 2;
        }
        for (int d = 0; d <= 10; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 10;
    }

    /**
     * Axis labels for values at multiples of {@code step} up to {@code largest} in magnitude, no
     * wider than about eight characters: 1702.5 stays, 600,000,000 becomes 600M, 125,000 becomes 125k.
     */
    static java.util.function.DoubleFunction<String> labels(double step, double largest) {
        int decimals = decimals(step);
        String plain = number(largest, decimals);
        if (plain.length() <= 8) {
            return v -> number(v, decimals);
        }
        double unit = largest >= 1e9 ? 1e9 : largest >= 1e6 ? 1e6 : 1e3;
        String suffix = unit == 1e9 ? "B" : unit == 1e6 ? "M" : "k";
        int d = Math.min(3, decimals(step / unit));
        return v -> number(v / unit, d) + suffix;
    }

    static String number(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Decimals for a readout of prices near {@code level}: four significant figures at least, two decimals at least. */
    static int priceDecimals(double level) {
        if (!(level > 0) || !Double.isFinite(level)) {
            return 2;
        }
        int d = 3 - (int) Math.floor(Math.log10(level));
        return Math.max(2, Math.min(10, d));
    }

    /** The date format a time axis needs for bars {@code barSpacing} apart: days for daily bars and longer. */
    static DateTimeFormatter timeFormat(Duration barSpacing) {
        if (barSpacing.compareTo(Duration.ofDays(1)) >= 0) {
            return DAY;
        }
        if (barSpacing.compareTo(Duration.ofMinutes(1)) >= 0) {
            return MINUTE;
        }
        return SECOND;
    }

    /** A bar's time for the readout: seconds only when the time has them. */
    static String readout(Instant t) {
        if (t == null) {
            return "";
        }
        long s = t.getEpochSecond();
        if (s % 86_400 == 0 && t.getNano() == 0) {
            return DAY.format(t);
        }
        return s % 60 == 0 ? MINUTE.format(t) : SECOND.format(t);
    }

    /** The typical gap between neighbouring bars (the median of up to 64 gaps), one day if unknown. */
    static Duration barSpacing(Instant[] times) {
        if (times.length < 2) {
            return Duration.ofDays(1);
        }
        int samples = Math.min(64, times.length - 1);
        long[] gaps = new long[samples];
        for (int i = 0; i < samples; i++) {
            int at = (int) ((long) i * (times.length - 1) / samples);
            gaps[i] = Duration.between(times[at], times[at + 1]).getSeconds();
        }
        java.util.Arrays.sort(gaps);
        return Duration.ofSeconds(Math.max(1, gaps[samples / 2]));
    }
}
