package com.scalelab.ui.replay.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AxisTicksTest {

    @Test
    void stepsAreRoundAndLabelsShowThemExactly() {
        assertThat(AxisTicks.step(0.37)).isEqualTo(0.5);
        assertThat(AxisTicks.step(1.2)).isEqualTo(2.0);
        assertThat(AxisTicks.step(36)).isEqualTo(50.0);
        assertThat(AxisTicks.step(100)).isEqualTo(100.0);
        assertThat(AxisTicks.decimals(0.25)).isEqualTo(2);
        assertThat(AxisTicks.decimals(50)).isEqualTo(0);
        assertThat(AxisTicks.decimals(0.0005)).isEqualTo(4);
        assertThat(AxisTicks.number(1702.1, 2)).isEqualTo("1702.10");
    }

    @Test
    void readoutDecimalsFollowThePriceLevel() {
        // four significant figures, at least two decimals: 1702.10, 1.2345, 0.0012345
        assertThat(AxisTicks.priceDecimals(1702)).isEqualTo(2);
        assertThat(AxisTicks.priceDecimals(1.23)).isEqualTo(3);
        assertThat(AxisTicks.priceDecimals(0.00123)).isEqualTo(6);
    }

    @Test
    void dailyBarsAreLabelledByDateIntradayByMinute() {
        Instant t0 = Instant.parse("2024-03-01T00:00:00Z");
        Instant[] daily = {t0, t0.plus(Duration.ofDays(1)), t0.plus(Duration.ofDays(4))};
        assertThat(AxisTicks.timeFormat(AxisTicks.barSpacing(daily)).format(t0)).isEqualTo("2024-03-01");
        Instant[] hourly = {t0, t0.plusSeconds(3600), t0.plusSeconds(7200)};
        assertThat(AxisTicks.timeFormat(AxisTicks.barSpacing(hourly)).format(t0.plusSeconds(3600)))
                .isEqualTo("2024-03-01 01:00");
        assertThat(AxisTicks.readout(t0)).isEqualTo("2024-03-01");
        assertThat(AxisTicks.readout(t0.plusSeconds(90))).isEqualTo("2024-03-01 00:01:30");
    }
}
