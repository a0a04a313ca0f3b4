package com.scalelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToleranceTest {
    @Test
    void decimalSumAtItsLimitCountsAsAtTheLimit() {
        assertThat(0.1 + 0.2).isNotEqualTo(0.3);
        assertThat(Tolerance.equal(0.1 + 0.2, 0.3)).isTrue();
        assertThat(Tolerance.above(0.1 + 0.2, 0.3)).isFalse();
    }

    @Test
    void aRealExcessIsAbove() {
        assertThat(Tolerance.above(0.30001, 0.3)).isTrue();
        assertThat(Tolerance.below(0.29999, 0.3)).isTrue();
    }

    @Test
    void toleranceScalesWithMagnitude() {
        assertThat(Tolerance.equal(1e12 + 100, 1e12)).isTrue();
        assertThat(Tolerance.equal(1e12 + 10000, 1e12)).isFalse();
    }

    @Test
    void anOverflowedValueIsAboveEveryFiniteLimitNotAtIt() {
        assertThat(Tolerance.equal(Double.POSITIVE_INFINITY, 20.0)).isFalse();
        assertThat(Tolerance.above(Double.POSITIVE_INFINITY, 20.0)).isTrue();
        assertThat(Tolerance.below(Double.NEGATIVE_INFINITY, 0.0)).isTrue();
        assertThat(Tolerance.equal(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isTrue();
        assertThat(Tolerance.equal(Double.NaN, Double.NaN)).isFalse();
    }
}
