package com.scalelab.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Direction;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walk against {@link ReferenceWalk}, an independent plain reading of the replay contract, over
 * seeded random histories, runs and policies: every decision, exit and summary figure must be the
 * same to the last bit. Default seed fixed; replay another with {@code -Dscalelab.seed=N}
 * ({@code -Dscalelab.seed=random} draws one), {@code -Dscalelab.cases=N} for more cases.
 */
class WalkMatchesReferenceTest {
    private static final long SEED = seed();
    private static final int CASES = Integer.getInteger("scalelab.cases", 300);

    private static long seed() {
        return com.scalelab.TestSeed.of("WalkMatchesReferenceTest");
    }

    @BeforeAll
    static void printSeed() {
        System.out.println("WalkMatchesReferenceTest seed " + SEED + ", " + CASES
                + " cases " + com.scalelab.TestSeed.replayHint());
    }

    @Test
    void everyLineOfTheWalkEqualsTheReferenceReading() {
        Random random = new Random(SEED);
        int withAdds = 0;
        int withExits = 0;
        for (int i = 0; i < CASES; i++) {
            long caseSeed = random.nextLong();
            Case c = Case.random(new Random(caseSeed));
            ReferenceWalk expected = ReferenceWalk.run(c.policy, c.run, c.bars);
            List<ReplayDecision> decisions = new ArrayList<>();
            List<ReplayExit> exits = new ArrayList<>();
            ReplaySummary summary = ReplayWalk.stream(c.policy, c.run, c.bars, new ReplaySink() {
                @Override
                public void decision(ReplayDecision decision, com.scalelab.engine.ScalingResult result) {
                    decisions.add(decision);
                }

                @Override
                public void exit(ReplayExit exit) {
                    exits.add(exit);
                }
            }, ReplayProgress.NONE);
            String where = "case seed " + caseSeed + " (" + c + ")";
            assertThat(decisions).as(where).isEqualTo(expected.decisions);
            assertThat(exits).as(where).isEqualTo(expected.exits);
            assertThat(summary).as(where).isEqualTo(expected.summary);

            ReplayResult kept = ReplayWalk.run(c.policy, c.run, c.bars, ReplayProgress.NONE);
            assertThat(kept.decisions()).as(where).isEqualTo(expected.decisions);
            assertThat(kept.summary()).as(where).isEqualTo(expected.summary);
            double[] m = kept.markToMarket();
            int w = c.run.warmUp();
            for (int t = w; t < c.bars.size(); t++) {
                assertThat(m[t]).as(where + " M at bar " + t).isEqualTo(expected.markToMarket[t]);
            }
            if (summary.approvedEntries() > summary.cycles()) {
                withAdds++;
            }
            if (!exits.isEmpty() && exits.stream().anyMatch(e -> e.reason() != ExitReason.END)) {
                withExits++;
            }
        }
        // the generator must reach the interesting paths, or the comparison proves little
        assertThat(withAdds).as("cases with an approved add").isGreaterThan(CASES / 25);
        assertThat(withExits).as("cases with a stop or take-profit exit").isGreaterThan(CASES / 25);
    }

    @Test
    void everySampleRunEqualsTheReferenceReadingLineByLine() throws Exception {
        java.util.List<java.nio.file.Path> runs;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("sample-policies/runs"))) {
            runs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(runs).hasSizeGreaterThanOrEqualTo(5);
        for (java.nio.file.Path file : runs) {
            com.scalelab.io.RunFile run = com.scalelab.io.RunFiles.load(file);
            BarSeries bars = com.scalelab.io.BarFiles.load(run.barsPath(), run.settings());
            ReferenceWalk expected = ReferenceWalk.run(run.inlinePolicy(), run.settings(), bars);
            ReplayResult actual = ReplayWalk.run(run.inlinePolicy(), run.settings(), bars, ReplayProgress.NONE);
            assertThat(actual.decisions()).as(file.toString()).isEqualTo(expected.decisions);
            assertThat(actual.exits()).as(file.toString()).isEqualTo(expected.exits);
            assertThat(actual.summary()).as(file.toString()).isEqualTo(expected.summary);
            // and the sweep's decision-only path gives the same summary
            assertThat(ReplayWalk.summary(run.inlinePolicy(), run.settings(), bars,
                    ReplayWalk.atr(bars, run.settings().atrPeriod()), ReplayProgress.NONE))
                    .as(file + " (decision-only)").isEqualTo(expected.summary);
        }
    }

    @Test
    void theDecisionOnlySummaryEqualsTheReference() {
        Random random = new Random(SEED + 17);
        for (int i = 0; i < CASES; i++) {
            Case c = Case.random(random);
            ReferenceWalk expected = ReferenceWalk.run(c.policy, c.run, c.bars);
            assertThat(ReplayWalk.summary(c.policy, c.run, c.bars, ReplayWalk.atr(c.bars, c.run.atrPeriod()),
                    ReplayProgress.NONE)).as("case %d (%s)", i, c).isEqualTo(expected.summary);
        }
    }

    @Test
    void theAtrIsWildersAsTheContractWritesIt() {
        Random random = new Random(SEED ^ 0x5DEECE66DL);
        for (int i = 0; i < 50; i++) {
            Case c = Case.random(random);
            double[] expected = ReferenceWalk.atr(c.bars, c.run.atrPeriod());
            assertThat(ReplayWalk.atr(c.bars, c.run.atrPeriod())).isEqualTo(expected);
        }
    }

    /** A random history (a walk with gaps and wide bars), run and policy. */
    record Case(ScalingPolicy policy, RunSettings run, BarSeries bars) {
        static Case random(Random r) {
            int n = 30 + r.nextInt(220);
            Instant[] time = new Instant[n];
            double[] open = new double[n];
            double[] high = new double[n];
            double[] low = new double[n];
            double[] close = new double[n];
            double[] volume = new double[n];
            double[] signal = r.nextBoolean() ? new double[n] : null;
            double price = 50 + r.nextDouble() * 5000;
            double drift = (r.nextDouble() - 0.5) * 0.01;
            long start = 1_600_000_000L + r.nextInt(100_000_000);
            long step = new long[]{60, 300, 3600, 86400}[r.nextInt(4)];
            for (int t = 0; t < n; t++) {
                time[t] = Instant.ofEpochSecond(start + t * step);
                double gap = r.nextInt(15) == 0 ? (r.nextDouble() - 0.5) * 0.08 : (r.nextDouble() - 0.5) * 0.004;
                double o = Math.max(0.01, round(price * (1 + gap), 2));
                double c = Math.max(0.01, round(o * (1 + drift + (r.nextDouble() - 0.5) * 0.03), 2));
                double h = round(Math.max(o, c) * (1 + r.nextDouble() * 0.015), 2);
                double l = Math.max(0.005, round(Math.min(o, c) * (1 - r.nextDouble() * 0.015), 2));
                open[t] = o;
                high[t] = Math.max(h, Math.max(o, c));
                low[t] = Math.min(l, Math.min(o, c));
                close[t] = c;
                volume[t] = r.nextBoolean() ? Double.NaN : r.nextInt(10_000);
                if (signal != null) {
                    signal[t] = round(r.nextDouble(), 2);
                }
                price = c;
            }
            BarSeries bars = new BarSeries(time, open, high, low, close, volume, signal);
            OpenRule rule = OpenRule.values()[r.nextInt(3)];
            int atrPeriod = 1 + r.nextInt(20);
            Integer lookback = rule == OpenRule.EVERY_BAR ? null : 1 + r.nextInt(25);
            int w = rule == OpenRule.EVERY_BAR ? atrPeriod - 1 : Math.max(atrPeriod - 1, lookback);
            if (w + 1 > n) {
                atrPeriod = 2;
                lookback = lookback == null ? null : 2;
            }
            RunSettings run = new RunSettings("random", "RND", r.nextBoolean() ? Direction.LONG : Direction.SHORT, null,
                    round(1_000 + r.nextDouble() * 1_000_000, 2), atrPeriod, round(r.nextDouble() * 10, 1), rule,
                    lookback, round(0.5 + r.nextDouble() * 30, 1), round(r.nextDouble(), 2),
                    round(0.5 + r.nextDouble() * 5, 1), r.nextBoolean() ? StopMode.FIXED : StopMode.FROM_AVERAGE,
                    r.nextInt(3) == 0 ? null : round(0.5 + r.nextDouble() * 10, 1));
            return new Case(policy(r), run, bars);
        }

        private static ScalingPolicy policy(Random r) {
            boolean enabled = r.nextInt(8) != 0;
            ScalingMode mode = r.nextBoolean() ? ScalingMode.PYRAMID : ScalingMode.AVERAGE_DOWN;
            Double maxSpacing = r.nextBoolean() ? null : round(1 + r.nextDouble() * 5, 1);
            double minSpacing = maxSpacing == null ? round(r.nextDouble() * 2, 1) : round(r.nextDouble() * 1, 1);
            ScalingPolicy.Band band = r.nextInt(3) == 0 ? new ScalingPolicy.Band(0.0, round(r.nextDouble() * 4, 1)) : null;
            return new ScalingPolicy("random policy", "", "",
                    enabled ? new ScalingPolicy.Scaling(true, mode, 1 + r.nextInt(6)) : ScalingPolicy.Scaling.disabled(),
                    new ScalingPolicy.Limits(round(5 + r.nextDouble() * 200, 1), round(0.2 + r.nextDouble() * 10, 1), 0),
                    new ScalingPolicy.Qualification(r.nextInt(3) == 0 ? 0 : r.nextInt(600), r.nextInt(4),
                            round(r.nextDouble() * 0.8, 2), minSpacing, maxSpacing, band),
                    new ScalingPolicy.Execution(r.nextBoolean() ? null : round(r.nextDouble() * 8, 1)),
                    new ScalingPolicy.Sizing(round(0.25 + r.nextDouble() * 1.5, 2)));
        }

        private static double round(double v, int decimals) {
            double f = Math.pow(10, decimals);
            return Math.round(v * f) / f;
        }

        @Override
        public String toString() {
            return run + ", " + bars.size() + " bars, policy " + policy;
        }
    }
}
