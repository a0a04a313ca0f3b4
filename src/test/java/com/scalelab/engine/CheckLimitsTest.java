package com.scalelab.engine;

import static com.scalelab.engine.CheckStatus.FAIL;
import static com.scalelab.engine.CheckStatus.PASS;
import static com.scalelab.engine.Decision.BLOCK;
import static com.scalelab.engine.Decision.SCALE;
import static com.scalelab.engine.Decision.SKIP;
import static com.scalelab.engine.ReasonCode.*;
import static com.scalelab.engine.ScenarioBuilder.pyramid;
import static com.scalelab.engine.Verdicts.assertCheck;
import static com.scalelab.engine.Verdicts.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every check at, just inside and just outside its limit, with the values typed in decimal as a
 * trader would type them. The base is the contract's example (LONG 10 at 100, stop 95, add 5 at 103,
 * 90 min and 6 bars later, ATR 2, spread 4), which is SCALE_APPROVED; each test moves one value.
 */
class CheckLimitsTest {

    @Test
    void theContractExampleIsApproved() {
        ScenarioBuilder s = pyramid();
        assertVerdict(s, SCALE, SCALE_APPROVED);
        ScalingResult r = s.evaluate();
        assertThat(r.checks()).allMatch(c -> c.status() == PASS);
        assertThat(r.explanation()).contains("5", "103", "entry 2 of 4");
    }

    @Nested
    class ScalingDisabled {
        @Test
        void anAddToAPositionWithScalingOffIsBlocked() {
            ScenarioBuilder s = pyramid().scalingEnabled(false).maxEntries(1);
            assertVerdict(s, BLOCK, SCALING_DISABLED);
            ScalingResult r = s.evaluate();
            assertThat(assertCheck(r, SCALING_DISABLED, FAIL, 1.0, null)).contains("1 entry", "switched off");
            // every check is still evaluated: the entry cap fails too
            assertCheck(r, MAX_ENTRIES_REACHED, FAIL, 2.0, 1.0);
            assertThat(r.explanation()).isEqualTo(r.check(SCALING_DISABLED).message());
        }

        @Test
        void withScalingOnTheCheckPasses() {
            assertCheck(pyramid().evaluate(), SCALING_DISABLED, PASS, 1.0, null);
        }
    }

    @Nested
    class MaxEntries {
        // ladder: 100, 103, 106, 109 with sizes 10, 5, 2.5, 1.25; the add goes 3 higher than the last
        private ScenarioBuilder withEntries(int n) {
            ScenarioBuilder s = pyramid().firstEntry(100, 10);
            double q = 10;
            for (int i = 1; i < n; i++) {
                q /= 2;
                s.thenEntry(100 + 3 * i, q, 90, 6);
            }
            return s.price(100 + 3 * n).quantity(q / 2);
        }

        @Test
        void oneBelowTheCapPasses() {
            ScenarioBuilder s = withEntries(2);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), MAX_ENTRIES_REACHED, PASS, 3.0, 4.0)).contains("entry 3 of at most 4");
        }

        @Test
        void atTheCapPasses() {
            ScenarioBuilder s = withEntries(3);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertCheck(s.evaluate(), MAX_ENTRIES_REACHED, PASS, 4.0, 4.0);
        }

        @Test
        void oneOverTheCapIsBlocked() {
            ScenarioBuilder s = withEntries(4);
            assertVerdict(s, BLOCK, MAX_ENTRIES_REACHED);
            assertThat(assertCheck(s.evaluate(), MAX_ENTRIES_REACHED, FAIL, 5.0, 4.0))
                    .contains("entry 5", "at most 4");
        }
    }

    @Nested
    class MaxPosition {
        // 0.1 held + 0.2 added at 103 on equity 10,300: (0.1 + 0.2) x 103 / 10300 x 100 = 0.3%
        private ScenarioBuilder adding(double quantity) {
            return pyramid().firstEntry(100, 0.1).quantity(quantity).equity(10_300).maxPositionPct(0.3);
        }

        @Test
        void decimalSumLandingOnTheCapIsAtTheCap() {
            ScenarioBuilder s = adding(0.2);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            String message = assertCheck(s.evaluate(), MAX_POSITION_EXCEEDED, PASS, 0.3, 0.3);
            assertThat(message).isEqualTo("Position after this entry would be 0.3% of equity; the policy allows 0.3%.");
        }

        @Test
        void justBelowTheCapPasses() {
            ScenarioBuilder s = adding(0.1999);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertCheck(s.evaluate(), MAX_POSITION_EXCEEDED, PASS, 0.2999, 0.3);
        }

        @Test
        void justOverTheCapIsBlockedAndTheMessageShowsTheDifference() {
            ScenarioBuilder s = adding(0.2001);
            assertVerdict(s, BLOCK, MAX_POSITION_EXCEEDED);
            assertThat(assertCheck(s.evaluate(), MAX_POSITION_EXCEEDED, FAIL, 0.3001, 0.3))
                    .isEqualTo("Position after this entry would be 0.3001% of equity; the policy allows 0.3%.");
        }

        @Test
        void theIssueExampleReadsAsATraineeWouldSayIt() {
            // (10 + 5) x 150 / 10000 x 100 = 22.5%
            ScenarioBuilder s = pyramid().equity(10_000).price(150).noQualification();
            assertVerdict(s, BLOCK, MAX_POSITION_EXCEEDED);
            assertThat(s.evaluate().explanation())
                    .isEqualTo("Position after this entry would be 22.5% of equity; the policy allows 20%.");
        }
    }

    @Nested
    class PendingOrders {
        @Test
        void reduceOnlyOrdersDoNotConflict() {
            ScenarioBuilder s = pyramid().pendingOrder(OrderSide.SELL, 5, true);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), PENDING_ORDER_CONFLICT, PASS, 0.0, 0.0)).contains("reduce-only");
        }

        @Test
        void noPendingOrdersPass() {
            ScenarioBuilder s = pyramid().noPendingOrders();
            assertThat(assertCheck(s.evaluate(), PENDING_ORDER_CONFLICT, PASS, 0.0, 0.0)).isEqualTo("No pending orders.");
        }

        @Test
        void oneOrderThatCouldAddIsBlocked() {
            ScenarioBuilder s = pyramid().pendingOrder(OrderSide.BUY, 5, false);
            assertVerdict(s, BLOCK, PENDING_ORDER_CONFLICT);
            assertThat(assertCheck(s.evaluate(), PENDING_ORDER_CONFLICT, FAIL, 1.0, 0.0))
                    .contains("1 pending order is not reduce-only");
        }
    }

    @Nested
    class Ledger {
        // ledger is +10 (LONG 10); the broker's count is what moves
        @Test
        void aGapOfExactlyTheToleranceTypedInDecimalPasses() {
            ScenarioBuilder s = pyramid().ledgerTolerance(0.3).broker(10.3);
            assertThat(10.3 - 10).isNotEqualTo(0.3);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertCheck(s.evaluate(), LEDGER_MISMATCH, PASS, 0.3, 0.3);
            assertVerdict(pyramid().ledgerTolerance(0.3).broker(9.7), SCALE, SCALE_APPROVED);
        }

        @Test
        void aGapInsideTheTolerancePasses() {
            ScenarioBuilder s = pyramid().ledgerTolerance(0.3).broker(10.2999);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), LEDGER_MISMATCH, PASS, 0.2999, 0.3)).contains("10.2999", "10", "0.3");
        }

        @Test
        void aGapJustOverTheToleranceIsBlocked() {
            ScenarioBuilder s = pyramid().ledgerTolerance(0.3).broker(10.3001);
            assertVerdict(s, BLOCK, LEDGER_MISMATCH);
            assertThat(assertCheck(s.evaluate(), LEDGER_MISMATCH, FAIL, 0.3001, 0.3))
                    .contains("broker reports 10.3001", "add up to 10", "off by 0.3001", "tolerance 0.3");
        }

        @Test
        void aShortLedgerIsNegative() {
            ScenarioBuilder shortPosition = pyramid().direction(Direction.SHORT).stop(110).price(97);
            assertVerdict(shortPosition, SCALE, SCALE_APPROVED);
            assertThat(shortPosition.context().brokerPositionQuantity()).isEqualTo(-10);
            ScenarioBuilder unsigned = pyramid().direction(Direction.SHORT).stop(110).price(97).broker(10);
            assertVerdict(unsigned, BLOCK, LEDGER_MISMATCH);
            assertCheck(unsigned.evaluate(), LEDGER_MISMATCH, FAIL, 20.0, 0.0);
        }
    }

    @Nested
    class RiskBudget {
        // risk to the stop 95: 10 x (100 - 95) + 5 x (103 - 95) = 90, on 100,000 = 0.09%
        @Test
        void riskLandingOnTheBudgetPasses() {
            ScenarioBuilder s = pyramid().maxRiskPct(0.09);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), RISK_BUDGET_EXCEEDED, PASS, 0.09, 0.09))
                    .isEqualTo("Risk to the stop after this entry would be 90.00, 0.09% of equity; the policy allows 0.09%.");
        }

        @Test
        void riskJustUnderTheBudgetPasses() {
            assertVerdict(pyramid().maxRiskPct(0.0901), SCALE, SCALE_APPROVED);
        }

        @Test
        void riskJustOverTheBudgetIsBlocked() {
            ScenarioBuilder s = pyramid().maxRiskPct(0.0899);
            assertVerdict(s, BLOCK, RISK_BUDGET_EXCEEDED);
            assertThat(assertCheck(s.evaluate(), RISK_BUDGET_EXCEEDED, FAIL, 0.09, 0.0899))
                    .contains("90.00", "0.09%", "allows 0.0899%");
        }

        @Test
        void riskIsSignedByTheProposedDirection() {
            // A SHORT add on a LONG position: by the SHORT sign, -(90) clamps to 0, so the risk cap of
            // 0.05% passes and the direction check is what blocks.
            ScenarioBuilder s = pyramid().proposedDirection(Direction.SHORT).maxRiskPct(0.05);
            assertVerdict(s, BLOCK, DIRECTION_CONFLICT);
            ScalingResult r = s.evaluate();
            assertCheck(r, RISK_BUDGET_EXCEEDED, PASS, 0.0, 0.05);
            assertThat(r.metrics().riskAmountAfter()).isZero();
        }

        @Test
        void aStopAboveTheEntriesOfALongMeansNoRisk() {
            ScenarioBuilder s = pyramid().stop(102).maxRiskPct(0.001);
            // 10 x (100 - 102) + 5 x (103 - 102) = -15: locked-in profit, risk 0
            assertCheck(s.evaluate(), RISK_BUDGET_EXCEEDED, PASS, 0.0, 0.001);
        }
    }

    @Nested
    class DirectionConflict {
        @Test
        void aLongStopAtTheEntryPriceIsOnTheWrongSide() {
            ScenarioBuilder s = pyramid().stop(103);
            assertVerdict(s, BLOCK, DIRECTION_CONFLICT);
            assertThat(assertCheck(s.evaluate(), DIRECTION_CONFLICT, FAIL, 103.0, 103.0))
                    .contains("stop 103", "entry price 103", "below");
        }

        @Test
        void aLongStopThatOnlyDecimalNoiseSeparatesFromThePriceIsAtThePrice() {
            // a low-priced coin: 1000 held at 0.2, add 500 at 0.3, ATR 0.05
            ScenarioBuilder coin = pyramid().firstEntry(0.2, 1000).price(0.3).quantity(500).atr(0.05).noVolatilityBand();
            double stop = 0.1 + 0.2;
            assertThat(stop).isNotEqualTo(0.3);
            assertVerdict(coin.stop(stop), BLOCK, DIRECTION_CONFLICT);
            assertVerdict(coin.stop(0.29), SCALE, SCALE_APPROVED);
        }

        @Test
        void aLongStopJustBelowThePricePasses() {
            ScenarioBuilder s = pyramid().stop(102.99);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertCheck(s.evaluate(), DIRECTION_CONFLICT, PASS, 102.99, 103.0);
        }

        @Test
        void aLongStopJustAboveThePriceIsBlocked() {
            assertVerdict(pyramid().stop(103.01), BLOCK, DIRECTION_CONFLICT);
        }

        @Test
        void aShortNeedsItsStopAbove() {
            ScenarioBuilder base = pyramid().direction(Direction.SHORT).price(97);
            assertVerdict(base.stop(97.01), SCALE, SCALE_APPROVED);
            assertVerdict(base.stop(97), BLOCK, DIRECTION_CONFLICT);
            assertVerdict(base.stop(96.99), BLOCK, DIRECTION_CONFLICT);
            assertThat(base.stop(96.99).evaluate().explanation()).contains("SHORT", "above");
        }

        @Test
        void anAddAgainstThePositionIsBlocked() {
            ScenarioBuilder s = pyramid().proposedDirection(Direction.SHORT).stop(104);
            assertVerdict(s, BLOCK, DIRECTION_CONFLICT);
            assertThat(s.evaluate().explanation()).contains("SHORT", "LONG");
        }
    }

    @Nested
    class MinTime {
        @Test
        void fiftyNineMinutesAndSixtyThreeHundredthsOfASecondIsTooSoon() {
            ScenarioBuilder s = pyramid().minutesAfterLast(59.999);
            assertVerdict(s, SKIP, MIN_TIME_NOT_ELAPSED);
            assertThat(assertCheck(s.evaluate(), MIN_TIME_NOT_ELAPSED, FAIL, 59.999, 60.0))
                    .isEqualTo("Only 59.999 min since the last entry; the policy asks for 60.");
        }

        @Test
        void exactlyTheMinimumPasses() {
            ScenarioBuilder s = pyramid().minutesAfterLast(60);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), MIN_TIME_NOT_ELAPSED, PASS, 60.0, 60.0)).contains("60 min", "at least 60");
        }

        @Test
        void justOverTheMinimumPasses() {
            assertVerdict(pyramid().minutesAfterLast(60.001), SCALE, SCALE_APPROVED);
        }

        @Test
        void fractionalMinutesAtAFractionalMinimumPass() {
            // 59.999 min = 3599.94 s; the engine sees 3599/60 + 0.94/60, not exactly 59.999
            ScenarioBuilder s = pyramid().minMinutesBetween(59.999).minutesAfterLast(59.999);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertCheck(s.evaluate(), MIN_TIME_NOT_ELAPSED, PASS, 59.999, 59.999);
        }
    }

    @Nested
    class MinBars {
        @Test
        void oneBarShortIsSkipped() {
            ScenarioBuilder s = pyramid().barsAfterLast(2);
            assertVerdict(s, SKIP, MIN_BARS_NOT_ELAPSED);
            assertThat(assertCheck(s.evaluate(), MIN_BARS_NOT_ELAPSED, FAIL, 2.0, 3.0))
                    .isEqualTo("Only 2 bars since the last entry; the policy asks for 3.");
        }

        @Test
        void exactlyTheMinimumPasses() {
            ScenarioBuilder s = pyramid().barsAfterLast(3);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertCheck(s.evaluate(), MIN_BARS_NOT_ELAPSED, PASS, 3.0, 3.0);
        }

        @Test
        void oneMorePasses() {
            assertVerdict(pyramid().barsAfterLast(4), SCALE, SCALE_APPROVED);
        }
    }

    @Nested
    class Signal {
        @Test
        void signalEqualToTheMinimumPasses() {
            ScenarioBuilder s = pyramid().minSignalQuality(0.7).signal(0.7);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), SIGNAL_TOO_WEAK, PASS, 0.7, 0.7)).contains("0.7 meets", "0.7");
        }

        @Test
        void aMinimumComputedInDecimalIsStillTheMinimum() {
            double computed = 0.1 * 7;
            assertThat(computed).isGreaterThan(0.7);
            assertVerdict(pyramid().minSignalQuality(computed).signal(0.7), SCALE, SCALE_APPROVED);
        }

        @Test
        void justBelowIsSkipped() {
            ScenarioBuilder s = pyramid().minSignalQuality(0.7).signal(0.6999);
            assertVerdict(s, SKIP, SIGNAL_TOO_WEAK);
            assertThat(assertCheck(s.evaluate(), SIGNAL_TOO_WEAK, FAIL, 0.6999, 0.7))
                    .isEqualTo("Signal quality 0.6999 is below the policy's minimum of 0.7.");
        }

        @Test
        void justAbovePasses() {
            assertVerdict(pyramid().minSignalQuality(0.7).signal(0.7001), SCALE, SCALE_APPROVED);
        }
    }

    @Nested
    class PriceStructure {
        @Test
        void aPyramidAddsAfterAFavourableMove() {
            assertCheck(pyramid().evaluate(), PRICE_STRUCTURE_MISMATCH, PASS, 3.0, 0.0);
        }

        @Test
        void noMoveFailsAPyramid() {
            ScenarioBuilder s = pyramid().price(100);
            assertVerdict(s, SKIP, PRICE_STRUCTURE_MISMATCH);
            assertThat(assertCheck(s.evaluate(), PRICE_STRUCTURE_MISMATCH, FAIL, 0.0, 0.0))
                    .contains("has not moved", "100", "pyramid");
        }

        @Test
        void aMoveOfOnlyDecimalNoiseIsNoMove() {
            double price = 0.1 + 0.2;
            assertThat(price).isNotEqualTo(0.3);
            ScenarioBuilder coin = pyramid().firstEntry(0.3, 1000).price(price).quantity(500).stop(0.2).atr(0.05)
                    .noVolatilityBand().spacingAtr(0, null);
            assertVerdict(coin, SKIP, PRICE_STRUCTURE_MISMATCH);
            assertThat(coin.evaluate().explanation()).contains("has not moved");
            assertVerdict(coin.mode(ScalingMode.AVERAGE_DOWN), SKIP, PRICE_STRUCTURE_MISMATCH);
        }

        @Test
        void theSmallestRealFavourableMovePasses() {
            assertVerdict(pyramid().price(100.01).spacingAtr(0, null), SCALE, SCALE_APPROVED);
        }

        @Test
        void anAdverseMoveFailsAPyramid() {
            assertVerdict(pyramid().price(99.99).spacingAtr(0, null), SKIP, PRICE_STRUCTURE_MISMATCH);
        }

        @Test
        void averagingDownNeedsAnAdverseMove() {
            ScenarioBuilder down = pyramid().mode(ScalingMode.AVERAGE_DOWN).stop(90);
            assertVerdict(down.price(97), SCALE, SCALE_APPROVED);
            assertCheck(down.price(97).evaluate(), PRICE_STRUCTURE_MISMATCH, PASS, -3.0, 0.0);
            assertVerdict(down.price(100), SKIP, PRICE_STRUCTURE_MISMATCH);
            assertVerdict(down.price(103), SKIP, PRICE_STRUCTURE_MISMATCH);
            assertThat(down.price(103).evaluate().explanation()).contains("in the position's favour", "averaging down");
        }

        @Test
        void forAShortFavourableIsDown() {
            ScenarioBuilder shortPyramid = pyramid().direction(Direction.SHORT).stop(110);
            assertVerdict(shortPyramid.price(97), SCALE, SCALE_APPROVED);
            assertVerdict(shortPyramid.price(103), SKIP, PRICE_STRUCTURE_MISMATCH);
            ScenarioBuilder shortDown = pyramid().direction(Direction.SHORT).stop(110).mode(ScalingMode.AVERAGE_DOWN);
            assertVerdict(shortDown.price(103), SCALE, SCALE_APPROVED);
            assertVerdict(shortDown.price(97), SKIP, PRICE_STRUCTURE_MISMATCH);
        }
    }

    @Nested
    class Spacing {
        // ATR 0.1 above the last entry at 100; minimum 3 ATR, maximum 4 ATR; no volatility band
        private ScenarioBuilder at(double price) {
            return pyramid().atr(0.1).noVolatilityBand().spacingAtr(3.0, 4.0).price(price);
        }

        @Test
        void pointThreeOverPointOneIsThreeAtr() {
            assertThat(0.3 / 0.1).isNotEqualTo(3.0);
            ScenarioBuilder s = at(100.3);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), PRICE_SPACING_OUT_OF_RANGE, PASS, 3.0, 3.0))
                    .isEqualTo("The entry is 3 ATR from the last entry; the policy asks for 3 to 4 ATR.");
        }

        @Test
        void justUnderTheMinimumIsSkipped() {
            ScenarioBuilder s = at(100.2999);
            assertVerdict(s, SKIP, PRICE_SPACING_OUT_OF_RANGE);
            assertThat(assertCheck(s.evaluate(), PRICE_SPACING_OUT_OF_RANGE, FAIL, 2.999, 3.0)).contains("2.999 ATR");
        }

        @Test
        void insideTheRangePasses() {
            assertVerdict(at(100.3001), SCALE, SCALE_APPROVED);
            assertVerdict(at(100.3999), SCALE, SCALE_APPROVED);
        }

        @Test
        void atTheMaximumPasses() {
            ScenarioBuilder s = at(100.4);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertCheck(s.evaluate(), PRICE_SPACING_OUT_OF_RANGE, PASS, 4.0, 4.0);
        }

        @Test
        void justOverTheMaximumIsSkipped() {
            ScenarioBuilder s = at(100.4001);
            assertVerdict(s, SKIP, PRICE_SPACING_OUT_OF_RANGE);
            assertThat(assertCheck(s.evaluate(), PRICE_SPACING_OUT_OF_RANGE, FAIL, 4.001, 4.0)).contains("4.001 ATR");
        }

        @Test
        void withNoMaximumAnyDistanceAboveTheMinimumPasses() {
            ScenarioBuilder s = pyramid().atr(0.1).noVolatilityBand().spacingAtr(3.0, null).price(150);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), PRICE_SPACING_OUT_OF_RANGE, PASS, 500.0, 3.0)).contains("at least 3 ATR");
        }
    }

    @Nested
    class Volatility {
        // last entry 97, add at 100: ATR / 100 x 100 is the ATR itself in %; spacing unbounded
        private ScenarioBuilder withAtr(double atr) {
            return pyramid().firstEntry(97, 10).price(100).spacingAtr(0, null).atr(atr);
        }

        @Test
        void atTheLowerBandPasses() {
            ScenarioBuilder s = withAtr(0.5);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), VOLATILITY_OUT_OF_RANGE, PASS, 0.5, 0.5))
                    .isEqualTo("ATR is 0.5% of price; the policy's band is 0.5% to 5%.");
        }

        @Test
        void aDecimalDifferenceLandingOnTheLowerBandPasses() {
            double atr = 0.7 - 0.4 + 0.2;
            assertThat(atr).isNotEqualTo(0.5);
            assertVerdict(withAtr(atr), SCALE, SCALE_APPROVED);
        }

        @Test
        void justUnderTheBandIsSkipped() {
            ScenarioBuilder s = withAtr(0.4999);
            assertVerdict(s, SKIP, VOLATILITY_OUT_OF_RANGE);
            assertThat(assertCheck(s.evaluate(), VOLATILITY_OUT_OF_RANGE, FAIL, 0.4999, 0.5)).contains("0.4999%");
        }

        @Test
        void atTheUpperBandPasses() {
            ScenarioBuilder s = withAtr(5.0);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertCheck(s.evaluate(), VOLATILITY_OUT_OF_RANGE, PASS, 5.0, 5.0);
        }

        @Test
        void justOverTheBandIsSkipped() {
            ScenarioBuilder s = withAtr(5.0001);
            assertVerdict(s, SKIP, VOLATILITY_OUT_OF_RANGE);
            assertThat(assertCheck(s.evaluate(), VOLATILITY_OUT_OF_RANGE, FAIL, 5.0001, 5.0)).contains("5.0001%", "5%");
        }

        @Test
        void withNoBandAnyVolatilityPassesWithNoLimit() {
            ScenarioBuilder s = withAtr(50).noVolatilityBand();
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), VOLATILITY_OUT_OF_RANGE, PASS, 50.0, null)).contains("no volatility band");
        }
    }

    @Nested
    class Spread {
        @Test
        void atTheMaximumPasses() {
            ScenarioBuilder s = pyramid().spreadBps(20);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), EXECUTION_INFEASIBLE, PASS, 20.0, 20.0))
                    .isEqualTo("The spread is 20 bps; the policy allows 20 bps.");
        }

        @Test
        void aDecimalSumAtTheMaximumPasses() {
            assertVerdict(pyramid().maxSpreadBps(0.3).spreadBps(0.1 + 0.2), SCALE, SCALE_APPROVED);
        }

        @Test
        void justUnderPasses() {
            assertVerdict(pyramid().spreadBps(19.99), SCALE, SCALE_APPROVED);
        }

        @Test
        void justOverIsSkipped() {
            ScenarioBuilder s = pyramid().spreadBps(20.01);
            assertVerdict(s, SKIP, EXECUTION_INFEASIBLE);
            assertThat(assertCheck(s.evaluate(), EXECUTION_INFEASIBLE, FAIL, 20.01, 20.0))
                    .isEqualTo("The spread is 20.01 bps; the policy allows 20 bps.");
        }

        @Test
        void withNoMaximumAnySpreadPassesWithNoLimit() {
            ScenarioBuilder s = pyramid().maxSpreadBps(null).spreadBps(500);
            assertVerdict(s, SCALE, SCALE_APPROVED);
            assertThat(assertCheck(s.evaluate(), EXECUTION_INFEASIBLE, PASS, 500.0, null)).contains("no spread limit");
        }
    }

    @Nested
    class DecisionRule {
        @Test
        void theFirstFailureDecidesAndEveryFailureIsReported() {
            ScenarioBuilder s = pyramid().minutesAfterLast(10).signal(0.1).spreadBps(50);
            assertVerdict(s, SKIP, MIN_TIME_NOT_ELAPSED);
            ScalingResult r = s.evaluate();
            assertThat(r.checks()).filteredOn(CheckResult::failed).extracting(CheckResult::code)
                    .containsExactly(MIN_TIME_NOT_ELAPSED, SIGNAL_TOO_WEAK, EXECUTION_INFEASIBLE);
        }

        @Test
        void aSafetyFailureBlocksEvenWhenQualificationAlsoFails() {
            ScenarioBuilder s = pyramid().minutesAfterLast(10).maxRiskPct(0.01);
            assertVerdict(s, BLOCK, RISK_BUDGET_EXCEEDED);
            assertThat(s.evaluate().check(MIN_TIME_NOT_ELAPSED).status()).isEqualTo(FAIL);
        }
    }
}
