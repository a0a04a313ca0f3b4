package com.scalelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void decimalNoiseIsHidden() {
        assertThat(Format.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Format.number(59.999)).isEqualTo("59.999");
        assertThat(Format.number(-0.05)).isEqualTo("-0.05");
        assertThat(Format.number(120)).isEqualTo("120");
        assertThat(Format.number(0.0)).isEqualTo("0");
        assertThat(Format.number(24985795717.877117)).isEqualTo("24985795717.8771");
        assertThat(Format.percent(1.941748)).isEqualTo("1.942%");
        assertThat(Format.percent(22.5)).isEqualTo("22.5%");
        assertThat(Format.money(1200)).isEqualTo("1,200.00");
        assertThat(Format.money(-1234567.891)).isEqualTo("-1,234,567.89");
        assertThat(Format.money(0.5)).isEqualTo("0.50");
    }

    @Test
    void aValueJustPastItsLimitDoesNotReadAsTheLimit() {
        assertThat(Format.percent(20.0001, 20.0)).isEqualTo("20.0001%");
        assertThat(Format.percent(20.0 + 1e-12, 20.0)).isEqualTo("20%");
        assertThat(Format.number(0.6999999, 0.7)).isEqualTo("0.6999999");
        assertThat(Format.number(0.1 + 0.2, 0.3)).isEqualTo("0.3");
    }

    /** The hand-written formatting agrees with BigDecimal's on values across every magnitude it handles. */
    @Test
    void agreesWithBigDecimalRounding() {
        Random random = com.scalelab.TestSeed.random("FormatTest.agreesWithBigDecimalRounding");
        for (int i = 0; i < 20_000; i++) {
            double v = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble() * 17 - 6);
            if (random.nextInt(4) == 0) {
                v = Math.round(v * 1000) / 1000.0;
            }
            // Up to 1e9, six decimals stay within the 15 significant digits a double holds.
            if (Math.abs(v) < 1e9) {
                String number = v != 0 && Math.abs(v) < 1e-6 ? Double.toString(v)
                        : BigDecimal.valueOf(Math.round(v * 1e6) / 1e6).stripTrailingZeros().toPlainString();
                assertThat(Format.number(v)).as("number(%s)", v).isEqualTo(number);
            }
            if (Math.abs(v) < 1e12) {
                String percent = BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).stripTrailingZeros().toPlainString() + "%";
                assertThat(Format.percent(v)).as("percent(%s)", v).isEqualTo(percent);
            }
            // Exact half cents (0.625) are rounded by String.format on the decimal text, by money() on
            // the binary value: either way is fine for a message, so those are left out.
            double cents = Math.abs(v) * 100;
            if (Math.abs(v) < 1e13 && Math.abs(cents - Math.floor(cents) - 0.5) > Math.max(1e-6, 8 * Math.ulp(cents))) {
                assertThat(Format.money(v)).as("money(%s)", v).isEqualTo(String.format(Locale.ROOT, "%,.2f", v).replace("-0.00", "0.00"));
            }
        }
    }
}
