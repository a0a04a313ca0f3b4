package com.scalelab.engine.landscape;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as traders read them: no binary noise, and rounded towards the safe side when asked. */
final class Numbers {
    private Numbers() {
    }

    /** Up to six decimals, trailing zeros dropped (0.30000000000000004 shows as 0.3). */
    static String plain(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** At most {@code decimals} decimals, rounded up or down, trailing zeros dropped. */
    static String trimmed(double v, int decimals, boolean roundUp) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(decimals, roundUp ? RoundingMode.CEILING : RoundingMode.FLOOR)
                .stripTrailingZeros().toPlainString();
    }
}
