package com.scalelab.engine;

/**
 * Numbers in messages: short, without binary noise (0.30000000000000004 shows as 0.3). Written by
 * hand with long arithmetic rather than BigDecimal or String.format because every evaluation
 * builds a message per check and the traced path must stay within a few times the decision-only one.
 */
final class Format {
    private static final double[] SCALE = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final long[] UNIT = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L};
    private static final int NUMBER_DECIMALS = 6;
    private static final int PERCENT_DECIMALS = 3;
    private static final int MAX_DECIMALS = 9;

    private Format() {
    }

    static String number(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12 || (v != 0 && Math.abs(v) < 1e-6)) {
            return Double.toString(v);
        }
        return fixed(new StringBuilder(24), v, NUMBER_DECIMALS).toString();
    }

    static String number(Double v) {
        return v == null ? "none" : number(v.doubleValue());
    }

    /**
     * The value, with more decimals when the usual ones would show it equal to the limit it is
     * compared with although it is not (a trainee must not read "20.0001 fails against 20" as "20 vs 20").
     */
    static String number(double v, double limit) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12 || (v != 0 && Math.abs(v) < 1e-6)) {
            return Double.toString(v);
        }
        return fixed(new StringBuilder(24), v, decimalsBeside(v, limit, NUMBER_DECIMALS)).toString();
    }

    /** A percentage: three decimals at most (1.941748 shows as 1.942). */
    static String percent(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12) {
            return Double.toString(v);
        }
        return fixed(new StringBuilder(24), v, PERCENT_DECIMALS).append('%').toString();
    }

    /** A percentage compared with a limit; see {@link #number(double, double)}. */
    static String percent(double v, double limit) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12) {
            return Double.toString(v);
        }
        return fixed(new StringBuilder(24), v, decimalsBeside(v, limit, PERCENT_DECIMALS)).append('%').toString();
    }

    /** Money: two decimals with thousands separators (1,234.50). */
    static String money(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e15) {
            return String.format(java.util.Locale.ROOT, "%,.2f", v);
        }
        // Half a cent rounds away from zero on both sides, as String.format does.
        long cents = Math.round(Math.abs(v) * 100);
        StringBuilder sb = new StringBuilder(24);
        if (v < 0 && cents != 0) {
            sb.append('-');
        }
        String whole = Long.toString(cents / 100);
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        sb.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            sb.append(',').append(whole, i, i + 3);
        }
        long c = cents % 100;
        return sb.append('.').append((char) ('0' + c / 10)).append((char) ('0' + c % 10)).toString();
    }

    private static int decimalsBeside(double v, double limit, int decimals) {
        if (!Double.isFinite(limit) || Tolerance.equal(v, limit)) {
            return decimals;
        }
        int d = decimals;
        while (d < MAX_DECIMALS && Math.abs(v) * SCALE[d + 1] < 1e15
                && Math.round(v * SCALE[d]) == Math.round(limit * SCALE[d])) {
            d++;
        }
        return d;
    }

    /** v rounded to at most this many decimals, trailing zeros dropped; |v| below 1e12. */
    private static StringBuilder fixed(StringBuilder sb, double v, int decimals) {
        // Past 15 significant digits a double has only noise to show.
        while (decimals > 0 && Math.abs(v) * SCALE[decimals] >= 1e15) {
            decimals--;
        }
        long scaled = Math.round(v * SCALE[decimals]);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        long unit = UNIT[decimals];
        sb.append(scaled / unit);
        long frac = scaled % unit;
        if (frac != 0) {
            int d = decimals;
            while (frac % 10 == 0) {
                frac /= 10;
                d--;
            }
            sb.append('.');
            for (long u = UNIT[d - 1]; u > frac; u /= 10) {
                sb.append('0');
            }
            sb.append(frac);
        }
        return sb;
    }
}
