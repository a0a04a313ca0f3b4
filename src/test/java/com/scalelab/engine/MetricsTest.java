package com.scalelab.engine;

import static com.scalelab.engine.CheckStatus.PASS;
import static com.scalelab.engine.Decision.SCALE;
import static com.scalelab.engine.ReasonCode.*;
import static com.scalelab.engine.ScenarioBuilder.pyramid;
import static com.scalelab.engine.Verdicts.assertCheck;
import static com.scalelab.engine.Verdicts.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The section-2 quantities, worked out by hand. */
class MetricsTest {

    @Test
    void aFourthEntryOnAThreeEntryLongPyramid() {
        // LONG 10 @ 100, 5 @ 103, 2.5 @ 106 (90 min, 6 bars apart), stop 95; add 1.25 @ 109; sizing 0.5
        ScenarioBuilder s = pyramid().maxEntries(5)
                .firstEntry(100, 10).thenEntry(103, 5, 90, 6).thenEntry(106, 2.5, 90, 6)
                .price(109).quantity(1.25);
        assertVerdict(s, SCALE, SCALE_APPROVED);
        Metrics m = s.evaluate().metrics();
        assertThat(m.entriesAfter()).isEqualTo(4);
        // (10 + 5 + 2.5 + 1.25) x 109 / 100,000 x 100 = 18.75 x 109 / 1000
        assertThat(m.positionPctAfter()).isCloseTo(2.04375, within(1e-12));
        // 10 x 5 + 5 x 8 + 2.5 x 11 + 1.25 x 14 = 50 + 40 + 27.5 + 17.5
        assertThat(m.riskAmountAfter()).isCloseTo(135.0, within(1e-9));
        assertThat(m.riskPctAfter()).isCloseTo(0.135, within(1e-12));
        // (1000 + 515 + 265 + 136.25) / 18.75
        assertThat(m.averagePriceAfter()).isCloseTo(102.2, within(1e-12));
        // first quantity x 0.5^3
        assertThat(m.suggestedQuantity()).isCloseTo(1.25, within(1e-12));

        ScalingResult r = s.evaluate();
        assertCheck(r, MAX_ENTRIES_REACHED, PASS, 4.0, 5.0);
        assertCheck(r, MIN_TIME_NOT_ELAPSED, PASS, 90.0, 60.0);
        assertCheck(r, MIN_BARS_NOT_ELAPSED, PASS, 6.0, 3.0);
        assertCheck(r, PRICE_STRUCTURE_MISMATCH, PASS, 3.0, 0.0);
        assertCheck(r, PRICE_SPACING_OUT_OF_RANGE, PASS, 1.5, 1.0);
        assertCheck(r, VOLATILITY_OUT_OF_RANGE, PASS, 2.0 / 109 * 100, 0.5);
        assertThat(r.check(RISK_BUDGET_EXCEEDED).message()).contains("135.00", "0.135%");
    }

    @Test
    void aShortAveragingDown() {
        // SHORT 10 @ 100, 15 @ 102, stop 110; add 22.5 @ 104 (against the short); sizing 1.5
        ScenarioBuilder s = pyramid().mode(ScalingMode.AVERAGE_DOWN).sizingScale(1.5).spacingAtr(1.0, null)
                .direction(Direction.SHORT).stop(110)
                .firstEntry(100, 10).thenEntry(102, 15, 120, 8)
                .price(104).quantity(22.5);
        assertThat(s.context().brokerPositionQuantity()).isEqualTo(-25);
        assertVerdict(s, SCALE, SCALE_APPROVED);
        Metrics m = s.evaluate().metrics();
        assertThat(m.entriesAfter()).isEqualTo(3);
        // 47.5 x 104 / 1000
        assertThat(m.positionPctAfter()).isCloseTo(4.94, within(1e-12));
        // -1 x (10 x (100 - 110) + 15 x (102 - 110) + 22.5 x (104 - 110)) = 100 + 120 + 135
        assertThat(m.riskAmountAfter()).isCloseTo(355.0, within(1e-9));
        assertThat(m.riskPctAfter()).isCloseTo(0.355, within(1e-12));
        // (1000 + 1530 + 2340) / 47.5
        assertThat(m.averagePriceAfter()).isCloseTo(4870 / 47.5, within(1e-12));
        // 10 x 1.5^2
        assertThat(m.suggestedQuantity()).isCloseTo(22.5, within(1e-12));

        ScalingResult r = s.evaluate();
        // move = dirSign x (104 - 102) = -2: against the short, as averaging down wants
        assertCheck(r, PRICE_STRUCTURE_MISMATCH, PASS, -2.0, 0.0);
        // |move| / ATR = 2 / 2, exactly at the minimum
        assertCheck(r, PRICE_SPACING_OUT_OF_RANGE, PASS, 1.0, 1.0);
        assertCheck(r, LEDGER_MISMATCH, PASS, 0.0, 0.0);
    }

    @Test
    void minutesSinceTheLastEntryKeepTheirFraction() {
        ScenarioBuilder s = pyramid().proposedTime(ScenarioBuilder.START.plusSeconds(3600 + 45).plusMillis(500));
        assertThat(s.evaluate().check(MIN_TIME_NOT_ELAPSED).observed()).isCloseTo(60.758333333, within(1e-8));
    }

    @Test
    void hugeButFiniteValuesNeverScale() {
        // A SHORT position of 1e10 at 1e300 with its stop there too: sum of q x p overflows. The
        // risk of the new short at 1 with the stop at 1e300 is astronomically over any budget.
        ScenarioBuilder s = pyramid().direction(Direction.SHORT).firstEntry(1e300, 1e10).stop(1e300)
                .price(1).quantity(1).equity(1e12).noQualification();
        ScalingResult r = s.evaluate();
        assertThat(r.decision()).isNotEqualTo(SCALE);
        assertThat(r.reasonCode()).isEqualTo(RISK_BUDGET_EXCEEDED);
        // positions that overflow to infinity are over the cap, not "at" it
        assertVerdict(pyramid().quantity(1e308).price(1e10), Decision.BLOCK, MAX_POSITION_EXCEEDED);
    }
}
