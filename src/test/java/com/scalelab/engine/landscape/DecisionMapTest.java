package com.scalelab.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecisionMapTest {

    private static DecisionMap map(ScalingPolicy policy, ScalingContext ctx, WhatIfInput axis, int cols, int rows) {
        return new MapComputation(policy, ctx, MapFrame.defaults(policy, ctx, axis, cols, rows)).run().orElseThrow();
    }

    /** Each sampled cell, and the marked cell, says what a full traced evaluation of that point says. */
    private static void assertAgreesWithEngine(ScalingPolicy policy, ScalingContext ctx, DecisionMap map, Random rnd,
                                               int samples) {
        int markedCol = map.frame().columnOfPoint(map.at());
        int markedRow = map.frame().rowOfPoint(map.at());
        for (int i = 0; i <= samples; i++) {
            int c = i == 0 ? markedCol : rnd.nextInt(map.columns());
            int r = i == 0 ? markedRow : rnd.nextInt(map.rows());
            ScalingContext cell = map.pointAt(c, r).applyTo(ctx);
            ReasonCode expected = ScalingEngine.evaluate(policy, cell).reasonCode();
            assertThat(map.reasonAt(c, r)).as("cell (%d, %d) on axis %s: %s", c, r, map.frame().yAxis(), cell.proposed())
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(value = WhatIfInput.class, names = {"TIME", "BARS", "SIGNAL_QUALITY", "ATR", "SPREAD"})
    void samplesOfThePyramidMapAgreeWithTheEngine(WhatIfInput axis) {
        Random rnd = com.scalelab.TestSeed.random("DecisionMapTest pyramid " + axis);
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext ctx = Samples.pyramidScenario();
        DecisionMap map = map(policy, ctx, axis, 256, 256);
        assertAgreesWithEngine(policy, ctx, map, rnd, 300);
        // a pyramid map has both allowed and refused cells
        int[] counts = map.countByReason();
        assertThat(counts[ReasonCode.SCALE_APPROVED.ordinal()]).isPositive();
        assertThat(counts[ReasonCode.PRICE_STRUCTURE_MISMATCH.ordinal()]).isPositive();
    }

    @ParameterizedTest
    @EnumSource(value = WhatIfInput.class, names = {"TIME", "BARS", "SIGNAL_QUALITY", "ATR", "SPREAD"})
    void samplesOfRandomMapsAgreeWithTheEngine(WhatIfInput axis) {
        Random rnd = com.scalelab.TestSeed.random("DecisionMapTest random " + axis);
        for (int k = 0; k < 40; k++) {
            ScalingPolicy policy = Samples.randomPolicy(rnd);
            ScalingContext ctx = Samples.randomScenario(rnd);
            DecisionMap map = map(policy, ctx, axis, 64, 48);
            assertAgreesWithEngine(policy, ctx, map, rnd, 60);
        }
    }

    @Test
    void theMarkedCellHoldsTheCurrentPoint() {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext ctx = Samples.pyramidScenario();
        DecisionMap map = map(policy, ctx, WhatIfInput.TIME, 256, 256);
        WhatIfPoint marked = map.pointAt(map.frame().columnOfPoint(map.at()), map.frame().rowOfPoint(map.at()));
        // within half a cell of the scenario's price (103) and minutes (90)
        assertThat(Math.abs(marked.price() - 103.0)).isLessThanOrEqualTo(16 * 2.0 / 255 / 2 + 1e-9);
        assertThat(Math.abs(marked.minutes() - 90.0)).isLessThanOrEqualTo(240.0 / 255 / 2 + 1e-9);
        assertThat(map.reasonAt(map.frame().columnOfPoint(map.at()), map.frame().rowOfPoint(map.at())))
                .isEqualTo(ScalingEngine.evaluate(policy, ctx).reasonCode());
    }

    @Test
    void defaultRangesFollowThePolicyAndKeepTheCurrentValueInside() {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext ctx = Samples.pyramidScenario();
        assertThat(AxisRange.defaultFor(WhatIfInput.TIME, policy, ctx)).isEqualTo(new AxisRange(0, 240));
        assertThat(AxisRange.defaultFor(WhatIfInput.BARS, policy, ctx)).isEqualTo(new AxisRange(0, 20));
        assertThat(AxisRange.defaultFor(WhatIfInput.SIGNAL_QUALITY, policy, ctx)).isEqualTo(new AxisRange(0, 1));
        assertThat(AxisRange.defaultFor(WhatIfInput.ATR, policy, ctx)).isEqualTo(new AxisRange(0.5, 6.0));
        // max(3 x the scenario's 4 bps, 20, 2 x maxSpreadBps 20) = 40: the what-if sliders' rule
        assertThat(AxisRange.defaultFor(WhatIfInput.SPREAD, policy, ctx)).isEqualTo(new AxisRange(0, 40));
        assertThat(AxisRange.offsetRange(ctx)).isEqualTo(new AxisRange(-8, 8));
        ScalingContext late = Samples.withProposal(ctx, 103, 600, 6, 0.8);
        AxisRange time = AxisRange.defaultFor(WhatIfInput.TIME, policy, late);
        assertThat(time.contains(600)).isTrue();
        assertThat(time.max()).isLessThan(700);
    }

    @Test
    void aMapCoversPointsThatDifferOnlyOnItsTwoAxes() {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext ctx = Samples.pyramidScenario();
        DecisionMap map = map(policy, ctx, WhatIfInput.TIME, 64, 64);
        WhatIfPoint moved = map.at().with(WhatIfInput.PRICE, 105).with(WhatIfInput.TIME, 200);
        assertThat(map.covers(moved)).isTrue();
        assertThat(map.withPoint(moved).at()).isEqualTo(moved);
        assertThat(map.withPoint(moved).reasonAt(10, 10)).isEqualTo(map.reasonAt(10, 10));
        assertThat(map.covers(map.at().with(WhatIfInput.SIGNAL_QUALITY, 0.5))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.withPoint(map.at().with(WhatIfInput.ATR, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parallelRowsGiveTheSameMapAsOneThread() {
        ScalingPolicy policy = Samples.averageDown();
        ScalingContext ctx = Samples.averageDownScenario();
        MapFrame frame = MapFrame.defaults(policy, ctx, WhatIfInput.TIME, 256, 256);
        DecisionMap single = new MapComputation(policy, ctx, frame).run().orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            DecisionMap parallel = new MapComputation(policy, ctx, frame).run(pool, 2).orElseThrow();
            for (int r = 0; r < 256; r++) {
                for (int c = 0; c < 256; c++) {
                    assertThat(parallel.reasonAt(c, r)).isEqualTo(single.reasonAt(c, r));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aComputationCancelledBeforeItStartsReportsCancelled() {
        MapComputation job = new MapComputation(Samples.pyramid(), Samples.pyramidScenario(),
                MapFrame.defaults(Samples.pyramid(), Samples.pyramidScenario(), WhatIfInput.TIME, 256, 256));
        job.cancel();
        assertThat(job.run()).isEmpty();
        assertThat(job.isCancelled()).isTrue();
        assertThat(job.rowsDone()).isZero();
    }

    @Test
    void aComputationCancelledWhileRunningStopsAndReportsCancelled() throws Exception {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext ctx = Samples.pyramidScenario();
        // big enough to take a while: 4,000 rows
        MapFrame frame = MapFrame.defaults(policy, ctx, WhatIfInput.SIGNAL_QUALITY, 4000, 4000);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            MapComputation job = new MapComputation(policy, ctx, frame);
            Future<Optional<DecisionMap>> result = pool.submit(() -> job.run(pool, 2));
            while (job.rowsDone() == 0) {
                Thread.onSpinWait();
            }
            job.cancel();
            assertThat(result.get()).isEmpty();
            assertThat(job.isCancelled()).isTrue();
            assertThat(job.rowsDone()).isLessThan(4000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSliderTrackShowsTheVerdictAlongTheWholeRange() {
        Random rnd = com.scalelab.TestSeed.random("DecisionMapTest track");
        for (int k = 0; k < 30; k++) {
            ScalingPolicy policy = Samples.randomPolicy(rnd);
            ScalingContext ctx = Samples.randomScenario(rnd);
            for (WhatIfInput input : WhatIfInput.values()) {
                DecisionTrack track = DecisionTrack.compute(policy, ctx, input, 50);
                for (int i = 0; i < track.samples(); i += 7) {
                    ScalingContext at = WhatIfPoint.of(ctx).with(input, track.valueAt(i)).applyTo(ctx);
                    assertThat(track.reasonAt(i)).as("%s sample %d", input, i)
                            .isEqualTo(ScalingEngine.evaluate(policy, at).reasonCode());
                }
            }
        }
        // the pyramid's price track is refused below the last entry and allowed from 1 ATR above it
        DecisionTrack price = DecisionTrack.compute(Samples.pyramid(), Samples.pyramidScenario(), WhatIfInput.PRICE, 161);
        assertThat(price.reasonNear(97)).isEqualTo(ReasonCode.PRICE_STRUCTURE_MISMATCH);
        assertThat(price.reasonNear(101)).isEqualTo(ReasonCode.PRICE_SPACING_OUT_OF_RANGE);
        assertThat(price.reasonNear(104)).isEqualTo(ReasonCode.SCALE_APPROVED);
    }
}
