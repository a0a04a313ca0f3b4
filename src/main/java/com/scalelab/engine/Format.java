package com.scalelab.engine;

import java.math.BigDecimal;

/** Numbers in messages: short, without binary noise (0.30000000000000004 shows as 0.3). */
final class Format {
    private Format() {
    }

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double rounded = Math.round(v * 1e6) / 1e6;
        if (Math.abs(v) >= 1e12 || (v != 0 && Math.abs(v) < 1e-6)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }

    /** A percentage: three decimals at most (1.941748 shows as 1.942). */
    static String percent(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).stripTrailingZeros().toPlainString() + "%";
    }

    static String number(Double v) {
        return v == null ? "none" : number(v.doubleValue());
    }

    static String money(double v) {
        return String.format(java.util.Locale.ROOT, "%,.2f", v);
    }
}
