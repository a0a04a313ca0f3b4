package com.scalelab.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Position;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WhatWouldFlipTest {

    private static WhatWouldFlip.Suggestion only(WhatWouldFlip flip, WhatIfInput input) {
        List<WhatWouldFlip.Suggestion> of = flip.suggestions().stream().filter(s -> s.input() == input).toList();
        assertThat(of).as("suggestions for %s in %s", input, flip.suggestions()).hasSize(1);
        return of.get(0);
    }

    /** Applied, the suggestion gives SCALE; one step less of the same change does not. */
    private static void assertMinimal(ScalingPolicy policy, ScalingContext ctx, WhatWouldFlip.Suggestion s) {
        ScalingContext applied = s.applyTo(ctx);
        assertThat(ScalingEngine.evaluate(policy, applied).decision()).as("applied %s", s).isEqualTo(Decision.SCALE);
        int sign = s.move() == WhatWouldFlip.Move.UP ? 1 : -1;
        double less = s.input().isWhole() ? s.to() - sign : s.to() - sign * 1e-6 * Math.max(1, Math.abs(s.to()));
        ScalingContext short1 = WhatIfPoint.of(ctx).with(s.input(), less).applyTo(ctx);
        assertThat(ScalingEngine.evaluate(policy, short1).decision()).as("one step short of %s", s)
                .isNotEqualTo(Decision.SCALE);
    }

    @Test
    void tooSoonFlipsAtTheMinimumTimeWithTheClockShown() {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext ctx = Samples.withProposal(Samples.pyramidScenario(), 103, 30, 6, 0.8);
        WhatWouldFlip flip = WhatWouldFlip.find(policy, ctx);
        assertThat(flip.reason()).isEqualTo(ReasonCode.MIN_TIME_NOT_ELAPSED);
        WhatWouldFlip.Suggestion s = only(flip, WhatIfInput.TIME);
        assertThat(s.to()).isEqualTo(60.0);
        assertThat(s.sentence()).isEqualTo("SCALE from 15:30 UTC (60 min after the last entry)");
        assertMinimal(policy, ctx, s);
        assertThat(flip.suggestions()).extracting(WhatWouldFlip.Suggestion::input).containsOnly(WhatIfInput.TIME);
    }

    @Test
    void tooCloseFlipsOnPriceWithinTheSpacingBandAndOnAtr() {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext ctx = Samples.withProposal(Samples.pyramidScenario(), 101, 90, 6, 0.8);
        WhatWouldFlip flip = WhatWouldFlip.find(policy, ctx);
        assertThat(flip.reason()).isEqualTo(ReasonCode.PRICE_SPACING_OUT_OF_RANGE);
        WhatWouldFlip.Suggestion price = only(flip, WhatIfInput.PRICE);
        assertThat(price.move()).isEqualTo(WhatWouldFlip.Move.UP);
        assertThat(price.to()).isEqualTo(102.0);
        assertThat(price.until()).isEqualTo(108.0);
        assertThat(price.sentence()).isEqualTo("SCALE from price 102.00 up to 108.00");
        assertMinimal(policy, ctx, price);
        // spacing 1 ATR needs ATR <= 1; the volatility band (0.5% of 101) needs ATR >= 0.505
        WhatWouldFlip.Suggestion atr = only(flip, WhatIfInput.ATR);
        assertThat(atr.move()).isEqualTo(WhatWouldFlip.Move.DOWN);
        assertThat(atr.to()).isEqualTo(1.0);
        assertThat(atr.until()).isEqualTo(0.505);
        assertThat(atr.sentence()).isEqualTo("SCALE with ATR between 0.51 and 1");
        assertMinimal(policy, ctx, atr);
    }

    @Test
    void weakSignalAndWideSpreadFlipOnTheirOwnInput() {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext weak = Samples.withProposal(Samples.pyramidScenario(), 103, 90, 6, 0.45);
        WhatWouldFlip.Suggestion signal = only(WhatWouldFlip.find(policy, weak), WhatIfInput.SIGNAL_QUALITY);
        assertThat(signal.to()).isEqualTo(0.6);
        assertThat(signal.sentence()).isEqualTo("SCALE with signal quality 0.6 or more");
        assertMinimal(policy, weak, signal);

        ScalingContext wide = Samples.pyramidScenario().withMarket(new com.scalelab.engine.Market(2.0, 27.5));
        WhatWouldFlip.Suggestion spread = only(WhatWouldFlip.find(policy, wide), WhatIfInput.SPREAD);
        assertThat(spread.to()).isEqualTo(20.0);
        assertThat(spread.sentence()).isEqualTo("SCALE with the spread at 20 bps or less");
        assertMinimal(policy, wide, spread);
    }

    @Test
    void tooFewBarsNamesTheBar() {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext ctx = Samples.withProposal(Samples.pyramidScenario(), 103, 90, 1, 0.8);
        WhatWouldFlip.Suggestion bars = only(WhatWouldFlip.find(policy, ctx), WhatIfInput.BARS);
        assertThat(bars.to()).isEqualTo(3.0);
        assertThat(bars.sentence()).isEqualTo("SCALE from bar 123 (3 bars after the last entry)");
        assertMinimal(policy, ctx, bars);
    }

    @Test
    void anOversizedAddFlipsOnQuantity() {
        ScalingPolicy policy = Samples.pyramid();
        // 10 held + 10 at 103 on 10,000 equity is 20.6% against a 20% cap: at most 9.417... may be added
        ScalingContext ctx = Samples.pyramidScenario().withProposed(new com.scalelab.engine.ProposedEntry(
                Direction.LONG, 103, 10, Samples.T0.plusSeconds(5400), 126, 0.8));
        WhatWouldFlip flip = WhatWouldFlip.find(policy, ctx);
        assertThat(flip.reason()).isEqualTo(ReasonCode.MAX_POSITION_EXCEEDED);
        WhatWouldFlip.Suggestion q = only(flip, WhatIfInput.QUANTITY);
        assertThat(q.move()).isEqualTo(WhatWouldFlip.Move.DOWN);
        assertThat(q.to()).isCloseTo(20.0 * 10_000 / 100 / 103 - 10, org.assertj.core.data.Offset.offset(1e-6));
        assertMinimal(policy, ctx, q);
        assertThat(q.sentence()).isEqualTo("SCALE with quantity 9.4174 or less");
    }

    @Test
    void aFullPositionHasNoSingleChangeAndNamesTheLimit() {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext base = Samples.pyramidScenario();
        List<Entry> four = List.of(new Entry(90, 1, Samples.T0.minusSeconds(3 * 3600), 100),
                new Entry(93, 1, Samples.T0.minusSeconds(2 * 3600), 105),
                new Entry(96, 1, Samples.T0.minusSeconds(3600), 110), new Entry(100, 1, Samples.T0, 120));
        ScalingContext ctx = base.withPosition(new Position(Direction.LONG, 85, four)).withBrokerPositionQuantity(4);
        WhatWouldFlip flip = WhatWouldFlip.find(policy, ctx);
        assertThat(flip.suggestions()).isEmpty();
        assertThat(flip.summary()).isEqualTo("No single change gives SCALE: blocked by MAX_ENTRIES_REACHED limit 4.");
        assertThat(flip.blockers()).extracting(WhatWouldFlip.Blocker::code).contains(ReasonCode.MAX_ENTRIES_REACHED);
    }

    @Test
    void twoQualificationFailuresNeedMoreThanOneChange() {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext ctx = Samples.withProposal(Samples.pyramidScenario(), 103, 30, 6, 0.4);
        WhatWouldFlip flip = WhatWouldFlip.find(policy, ctx);
        assertThat(flip.suggestions()).isEmpty();
        assertThat(flip.summary()).isEqualTo("No single change gives SCALE: it takes more than one change "
                + "(MIN_TIME_NOT_ELAPSED limit 60, SIGNAL_TOO_WEAK limit 0.6).");
    }

    @Test
    void aScaleHasNothingToFlip() {
        WhatWouldFlip flip = WhatWouldFlip.find(Samples.pyramid(), Samples.pyramidScenario());
        assertThat(flip.reason()).isEqualTo(ReasonCode.SCALE_APPROVED);
        assertThat(flip.suggestions()).isEmpty();
    }

    @Test
    void everySuggestionOnRandomScenariosIsRealAndMinimal() {
        Random rnd = com.scalelab.TestSeed.random("WhatWouldFlipTest.everySuggestionOnRandomScenariosIsRealAndMinimal");
        int checked = 0;
        for (int k = 0; k < 150; k++) {
            ScalingPolicy policy = Samples.randomPolicy(rnd);
            ScalingContext ctx = Samples.randomScenario(rnd);
            WhatWouldFlip flip = WhatWouldFlip.find(policy, ctx);
            for (WhatWouldFlip.Suggestion s : flip.suggestions()) {
                assertMinimal(policy, ctx, s);
                assertThat(s.sentence()).startsWith("SCALE ");
                checked++;
            }
            if (flip.suggestions().isEmpty() && flip.reason().decision() != Decision.SCALE) {
                assertThat(flip.summary()).startsWith("No single change gives SCALE");
                if (flip.reason() != ReasonCode.INVALID_INPUT) {
                    assertThat(flip.blockers()).isNotEmpty();
                }
            }
        }
        assertThat(checked).as("suggestions checked").isPositive();
    }
}
