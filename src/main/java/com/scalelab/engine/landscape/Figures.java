package com.scalelab.engine.landscape;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How every panel writes a number a trader reads: prices (and ATRs, which are price distances),
 * percentages, quantities. One rule for the decimals of a price, so the same price reads the same
 * in the scenario panel, the verdict metrics, the ladder, the map and the flip sentences.
 */
public final class Figures {
    /** Fewest decimals a price shows (cents). */
    public static final int MIN_PRICE_DECIMALS = 2;
    /** Most decimals a price shows: past this a double shows noise for prices above 1000. */
    public static final int MAX_PRICE_DECIMALS = 8;
    /** Most decimals taken from the way a price was typed (a price typed 1.2345678 reads 1.234568). */
    private static final int MAX_TYPED_DECIMALS = 6;
    private static final int PERCENT_DECIMALS = 3;
    private static final int QUANTITY_DECIMALS = 4;

    private Figures() {
    }

    /**
     * The decimals of every price of a scenario: enough to show a hundredth of the ATR (2 for ATR 2,
     * 5 for ATR 0.001) and the decimals the anchor price was typed with (3 for 1.105), at least 2.
     * Callers pass the ATR the scenario was loaded with, so dragging the ATR slider does not
     * change how many digits every price shows.
     */
    public static int priceDecimals(double atr, double anchorPrice) {
        int d = MIN_PRICE_DECIMALS;
        if (Double.isFinite(atr) && atr > 0) {
            d = Math.max(d, (int) Math.ceil(-Math.log10(atr / 100) - 1e-9));
        }
        if (Double.isFinite(anchorPrice)) {
            int typed = BigDecimal.valueOf(anchorPrice).stripTrailingZeros().scale();
            d = Math.max(d, Math.min(MAX_TYPED_DECIMALS, typed));
        }
        return Math.min(MAX_PRICE_DECIMALS, d);
    }

    /** A price (or an ATR, a price distance) with exactly this many decimals, half up: "103.00". */
    public static String price(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(Math.max(0, decimals), RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A bound of a band with exactly this many decimals, rounded into the band: a bound shown as
     * "from 102.41 up" must itself be inside it (so up rounds up, down rounds down).
     */
    public static String priceBound(double v, int decimals, boolean roundUp) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(Math.max(0, decimals), roundUp ? RoundingMode.CEILING : RoundingMode.FLOOR)
                .toPlainString();
    }

    /** A distance in ATR with its sign, two decimals: "+1.50 ATR"; "? ATR" when there is no ATR to measure in. */
    public static String atrOffset(double offset) {
        if (!Double.isFinite(offset)) {
            return "? ATR";
        }
        String s = BigDecimal.valueOf(offset).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return (offset >= 0 && !s.startsWith("-") ? "+" : "") + s + " ATR";
    }

    /** A percentage: at most three decimals, no trailing zeros ("1.942%", "20%"); empty when not finite. */
    public static String percent(double v) {
        return Double.isFinite(v) ? trimmed(v, PERCENT_DECIMALS) + "%" : "";
    }

    /** A quantity: at most four decimals, no trailing zeros ("5", "7.5", "0.3333"); empty when not finite. */
    public static String quantity(double v) {
        return Double.isFinite(v) ? trimmed(v, QUANTITY_DECIMALS) : "";
    }

    /** At most this many decimals, half up, trailing zeros dropped, no binary noise. */
    public static String trimmed(double v, int decimals) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12) {
            return Double.toString(v);
        }
        BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.signum() == 0 ? "0" : b.toPlainString();
    }
}
