package com.scalelab.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import org.junit.jupiter.api.Test;

/** The one what-if rule: spans, decimals and the figures every panel writes. */
class WhatIfModelTest {
    private final ScalingPolicy policy = Samples.pyramid();
    /** One entry at 100 (quantity 10), ATR 2, spread 4 bps; the policy: 60 min, 3 bars, 0.5..5% band, 20 bps. */
    private final ScalingContext ctx = Samples.pyramidScenario();
    private final WhatIfModel model = WhatIfModel.of(policy, ctx);

    @Test
    void spansFollowThePolicyAndTheScenarioAsLoaded() {
        // 100 +/- 8 x 2
        assertThat(model.span(WhatIfInput.PRICE, ctx)).isEqualTo(new AxisRange(84, 116));
        // max(4 x 60, 240), max(4 x 3, 20)
        assertThat(model.span(WhatIfInput.TIME, ctx)).isEqualTo(new AxisRange(0, 240));
        assertThat(model.span(WhatIfInput.BARS, ctx)).isEqualTo(new AxisRange(0, 20));
        assertThat(model.span(WhatIfInput.SIGNAL_QUALITY, ctx)).isEqualTo(new AxisRange(0, 1));
        // 2 / 4 .. max(3 x 2, 100 x 5% x 1.2)
        assertThat(model.span(WhatIfInput.ATR, ctx)).isEqualTo(new AxisRange(0.5, 6));
        // 0 .. max(3 x 4, 20, 2 x 20)
        assertThat(model.span(WhatIfInput.SPREAD, ctx)).isEqualTo(new AxisRange(0, 40));
        // 0 .. 3 x the first entry's 10
        assertThat(model.span(WhatIfInput.QUANTITY, ctx)).isEqualTo(new AxisRange(0, 30));
    }

    @Test
    void aWhatIfMoveKeepsTheReferencesButThePriceSpanFollowsTheCurrentAtr() {
        ScalingContext moved = WhatIfPoint.of(ctx).with(WhatIfInput.ATR, 3).with(WhatIfInput.SPREAD, 10).applyTo(ctx);
        assertThat(model.span(WhatIfInput.ATR, moved)).isEqualTo(new AxisRange(0.5, 6));
        assertThat(model.span(WhatIfInput.SPREAD, moved)).isEqualTo(new AxisRange(0, 40));
        // 100 +/- 8 x 3
        assertThat(model.span(WhatIfInput.PRICE, moved)).isEqualTo(new AxisRange(76, 124));
        // the map's columns: -8..+8 ATR, whatever the ATR
        assertThat(model.priceOffsets(moved)).isEqualTo(new AxisRange(-8, 8));
    }

    @Test
    void aValueOutsideItsSpanWidensItFivePercentPastTheValue() {
        ScalingContext late = Samples.withProposal(ctx, 103, 600, 6, 0.8);
        // 600 + 5% of (600 - 0)
        assertThat(model.span(WhatIfInput.TIME, late)).isEqualTo(new AxisRange(0, 630));
    }

    @Test
    void theMapFrameCoversTheSliderSpans() {
        MapFrame f = model.frame(WhatIfInput.SPREAD, ctx, 256, 256);
        assertThat(f.priceAt(0)).isEqualTo(84.0);
        assertThat(f.priceAt(255)).isEqualTo(116.0);
        assertThat(f.y()).isEqualTo(model.span(WhatIfInput.SPREAD, ctx));
    }

    @Test
    void priceDecimalsShowAHundredthOfTheAtrAndThePriceAsTyped() {
        // ATR 2: a hundredth is 0.02, 2 decimals; 100 was typed with none; at least 2
        assertThat(Figures.priceDecimals(2, 100)).isEqualTo(2);
        assertThat(model.priceDecimals()).isEqualTo(2);
        // ATR 0.001: 0.00001, 5 decimals
        assertThat(Figures.priceDecimals(0.001, 1.1)).isEqualTo(5);
        // ATR 0.01: 0.0001, 4 decimals beat the 3 of 1.265
        assertThat(Figures.priceDecimals(0.01, 1.265)).isEqualTo(4);
        // ATR 2 but a price typed 100.125: 3
        assertThat(Figures.priceDecimals(2, 100.125)).isEqualTo(3);
        // ATR 40 on 5060: a hundredth is 0.4, still 2
        assertThat(Figures.priceDecimals(40, 5060)).isEqualTo(2);
        // never more than 8
        assertThat(Figures.priceDecimals(1e-9, 1)).isEqualTo(8);
    }

    @Test
    void figuresAreWrittenOneWay() {
        assertThat(Figures.price(1.27, 4)).isEqualTo("1.2700");
        assertThat(Figures.price(103, 2)).isEqualTo("103.00");
        assertThat(Figures.priceBound(102.401, 2, true)).isEqualTo("102.41");
        assertThat(Figures.priceBound(102.409, 2, false)).isEqualTo("102.40");
        assertThat(Figures.percent(1.941748)).isEqualTo("1.942%");
        assertThat(Figures.percent(20.0)).isEqualTo("20%");
        assertThat(Figures.quantity(1 / 3.0)).isEqualTo("0.3333");
        assertThat(Figures.quantity(7.5)).isEqualTo("7.5");
        assertThat(Figures.atrOffset(1.5)).isEqualTo("+1.50 ATR");
        assertThat(Figures.atrOffset(-0.25)).isEqualTo("-0.25 ATR");
        assertThat(Figures.atrOffset(Double.NaN)).isEqualTo("? ATR");
    }

    @Test
    void captionsSayWhereTheProposedEntryIs() {
        // 103 is (103 - 100) / 2 = 1.5 ATR above the last entry
        assertThat(model.priceCaption(ctx)).isEqualTo("103.00 · +1.50 ATR from last entry");
        assertThat(WhatIfModel.quantityCaption(false, 5.0)).isEqualTo("policy suggests 5");
        assertThat(WhatIfModel.quantityCaption(true, null)).isEqualTo("initial entry: any size within the limits");
    }
}
