package com.scalelab.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.replay.ReplayCases.Case;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of the walk over seeded random bar series, runs and valid policies (plain JUnit). The
 * seed is fixed unless {@code -Dscalelab.seed=N} is given, and printed; the number of cases per
 * property is {@code -Dscalelab.cases=N}. A failing case is printed whole (policy, run, bars as CSV)
 * with its own seed.
 */
class ReplayWalkPropertiesTest {
    private static final long SEED = com.scalelab.TestSeed.of("ReplayWalkPropertiesTest");
    private static final int CASES = Integer.getInteger("scalelab.cases", 300);

    @BeforeAll
    static void printSeed() {
        System.out.println("ReplayWalkPropertiesTest seed " + SEED + ", " + CASES
                + " cases per property " + com.scalelab.TestSeed.replayHint());
    }

    @Test
    void theWalkIsAPlainReadingOfTheContract() {
        forAll("walk == plain contract reading", c -> {
            ReplayResult r = ReplayWalk.run(c.policy(), c.run(), c.bars(), ReplayProgress.NONE);
            ReferenceWalk expected = ReferenceWalk.run(c.policy(), c.run(), c.bars());
            assertThat(r.decisions()).as("decisions").isEqualTo(expected.decisions);
            assertThat(r.exits()).as("exits").isEqualTo(expected.exits);
            assertThat(Arrays.equals(r.markToMarket(), expected.markToMarket)).as("mark-to-market per bar").isTrue();
            ReplaySummary s = r.summary();
            assertThat(s.equityEnd()).as("equityEnd").isEqualTo(expected.summary.equityEnd());
            assertThat(s.approvedEntries()).as("approvedEntries").isEqualTo(expected.summary.approvedEntries());
            assertThat(s.maxPositionPct()).as("maxPositionPct").isEqualTo(expected.summary.maxPositionPct());
            assertThat(s.maxRiskPct()).as("maxRiskPct").isEqualTo(expected.summary.maxRiskPct());
            assertThat(s.maxDrawdownPct()).as("maxDrawdownPct").isEqualTo(maxDrawdown(expected.markToMarket));
        });
    }

    @Test
    void everyDecisionIsTheEnginesVerdictOnTheContextItRebuilds() {
        forAll("decision == evaluate(contextAt(i))", c -> {
            ReplayResult r = ReplayWalk.run(c.policy(), c.run(), c.bars(), ReplayProgress.NONE);
            for (int i = 0; i < r.decisions().size(); i++) {
                ReplayDecision d = r.decisions().get(i);
                ScalingContext ctx = r.contextAt(i);
                ScalingResult engine = ScalingEngine.evaluate(c.policy(), ctx);
                assertThat(d.decision()).as("decision %d", i).isEqualTo(engine.decision());
                assertThat(d.reasonCode()).as("reason %d", i).isEqualTo(engine.reasonCode());
                assertThat(d.metrics()).as("metrics %d", i).isEqualTo(engine.metrics());
                assertThat(ScalingEngine.decide(c.policy(), ctx)).as("decide %d", i).isEqualTo(engine.reasonCode());
                // the scenario is the proposal's: price, quantity, stop, ATR, bar and time
                assertThat(ctx.proposed().price()).isEqualTo(d.price()).isEqualTo(c.bars().close()[d.bar()]);
                assertThat(ctx.proposed().quantity()).isEqualTo(d.quantity());
                assertThat(ctx.proposed().bar()).isEqualTo(d.bar());
                assertThat(ctx.proposed().time()).isEqualTo(c.bars().time()[d.bar()]);
                assertThat(ctx.position().stopPrice()).isEqualTo(d.stopPrice());
                assertThat(ctx.market().atr()).isEqualTo(d.atr());
                assertThat(ctx.position().entries().isEmpty()).isEqualTo(d.kind() == ProposalKind.OPEN);
                if (d.kind() == ProposalKind.ADD && d.metrics() != null) {
                    // the add is the engine's own suggestedQuantity, to the last bit
                    assertThat(d.quantity()).as("add quantity %d", i).isEqualTo(d.metrics().suggestedQuantity());
                }
                if (d.decision() != Decision.SCALE || d.kind() == ProposalKind.ADD) {
                    continue;
                }
                // an approved OPEN: quantity E x notionalPct / 100 / close and stop close -+ stopAtr x ATR
                double e = ctx.equity();
                assertThat(d.quantity()).isEqualTo(e * c.run().notionalPct() / 100 / d.price());
                assertThat(d.stopPrice())
                        .isEqualTo(d.price() - c.run().direction().sign() * c.run().stopAtr() * d.atr());
            }
        });
    }

    @Test
    void equityMovesOnlyByTheExitsPnl() {
        forAll("equityEnd == equity + sum of exit pnl", c -> {
            ReplayResult r = ReplayWalk.run(c.policy(), c.run(), c.bars(), ReplayProgress.NONE);
            double equity = c.run().equity();
            for (ReplayExit x : r.exits()) {
                equity += x.pnl();
                assertThat(x.equityAfter()).as("equity after the exit at bar %d", x.bar()).isEqualTo(equity);
                if (x.reason() != ExitReason.END) {
                    // flat after the exit: the bar's mark is the cash equity
                    assertThat(r.markToMarket()[x.bar()]).isEqualTo(equity);
                }
            }
            ReplaySummary s = r.summary();
            assertThat(s.equityEnd()).isEqualTo(equity);
            assertThat(s.pnl()).isEqualTo(s.equityEnd() - c.run().equity());
            double[] m = r.markToMarket();
            if (c.bars().size() > c.run().warmUp()) {
                assertThat(m[m.length - 1]).as("the last bar's mark").isEqualTo(s.equityEnd());
            }
            // each decision was judged with the cash equity left by the exits before it
            int exit = 0;
            double cash = c.run().equity();
            for (int i = 0; i < r.decisions().size(); i++) {
                int bar = r.decisions().get(i).bar();
                while (exit < r.exits().size() && r.exits().get(exit).bar() < bar) {
                    cash = r.exits().get(exit++).equityAfter();
                }
                assertThat(r.contextAt(i).equity()).as("equity judged at bar %d", bar).isEqualTo(cash);
            }
        });
    }

    @Test
    void anEntryIsAddedExactlyWhenTheVerdictIsScale() {
        forAll("entries == SCALE verdicts", c -> {
            ReplayResult r = ReplayWalk.run(c.policy(), c.run(), c.bars(), ReplayProgress.NONE);
            List<Integer> scaleBars = new ArrayList<>();
            int scales = 0;
            for (ReplayDecision d : r.decisions()) {
                if (d.decision() == Decision.SCALE) {
                    scales++;
                    scaleBars.add(d.bar());
                }
            }
            List<Integer> entryBars = new ArrayList<>();
            int entries = 0;
            int most = 0;
            for (ReplayCycle cycle : r.cycles()) {
                entries += cycle.entries().size();
                most = Math.max(most, cycle.entries().size());
                for (Entry e : cycle.entries()) {
                    entryBars.add((int) e.bar());
                }
                assertThat(cycle.stopAfterEntry()).hasSameSizeAs(cycle.entries());
                assertThat(cycle.openBar()).isEqualTo((int) cycle.entries().get(0).bar());
                assertThat(cycle.closeBar()).isEqualTo(cycle.exit().bar());
                assertThat(cycle.exit().entries()).isEqualTo(cycle.entries().size());
                assertThat(cycle.largestAdverseMove()).isGreaterThanOrEqualTo(0);
                if (c.run().stopMode() == StopMode.FIXED) {
                    assertThat(cycle.stopAfterEntry()).containsOnly(cycle.stopAfterEntry().get(0));
                }
            }
            ReplaySummary s = r.summary();
            assertThat(entries).isEqualTo(scales).isEqualTo(s.approvedEntries());
            assertThat(entryBars).isEqualTo(scaleBars);
            assertThat(r.cycles()).hasSize(s.cycles());
            assertThat(r.exits()).hasSize(s.cycles());
            assertThat(s.maxEntriesInACycle()).isEqualTo(most);
            assertThat(s.bars()).isEqualTo(c.bars().size());
            assertThat(s.decisions()).isEqualTo(r.decisions().size());
            long initial = r.decisions().stream().filter(d -> d.reasonCode() == ReasonCode.INITIAL_ENTRY).count();
            assertThat(initial).as("every position opens with an INITIAL_ENTRY").isEqualTo(s.cycles());
        });
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        forAll("deterministic", c -> {
            ReplayResult first = ReplayWalk.run(c.policy(), c.run(), c.bars(), ReplayProgress.NONE);
            ReplayResult second = ReplayWalk.run(c.policy(), c.run(), c.bars(), ReplayProgress.NONE);
            assertThat(second.decisions()).isEqualTo(first.decisions());
            assertThat(second.exits()).isEqualTo(first.exits());
            assertThat(second.cycles()).isEqualTo(first.cycles());
            assertThat(second.summary()).isEqualTo(first.summary());
            assertThat(Arrays.equals(second.markToMarket(), first.markToMarket())).isTrue();
            assertThat(Arrays.equals(second.drawdownPct(), first.drawdownPct())).isTrue();
        });
    }

    @Test
    void streamAndRunAgree() {
        forAll("stream == run", c -> {
            ReplayResult run = ReplayWalk.run(c.policy(), c.run(), c.bars(), ReplayProgress.NONE);
            List<ReplayDecision> decisions = new ArrayList<>();
            List<ScalingResult> results = new ArrayList<>();
            List<ReplayExit> exits = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            ReplaySummary summary = ReplayWalk.stream(c.policy(), c.run(), c.bars(), new ReplaySink() {
                @Override
                public void decision(ReplayDecision decision, ScalingResult result) {
                    decisions.add(decision);
                    results.add(result);
                    order.add(decision.bar());
                }

                @Override
                public void exit(ReplayExit exit) {
                    exits.add(exit);
                    order.add(exit.bar());
                }
            }, ReplayProgress.NONE);
            assertThat(summary).isEqualTo(run.summary());
            assertThat(decisions).isEqualTo(run.decisions());
            assertThat(exits).isEqualTo(run.exits());
            // records arrive in bar order; decisions are one per bar at most
            assertThat(order).isSorted();
            assertThat(decisions).extracting(ReplayDecision::bar).doesNotHaveDuplicates()
                    .allMatch(bar -> bar >= c.run().warmUp());
            // the traced result handed to the sink is the engine's on the judged scenario
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i)).as("traced result %d", i)
                        .isEqualTo(ScalingEngine.evaluate(c.policy(), run.contextAt(i)));
            }
        });
    }

    @Test
    void byReasonCountsEveryDecisionUnderAll17CodesInOrder() {
        forAll("byReason", c -> {
            ReplayResult r = ReplayWalk.run(c.policy(), c.run(), c.bars(), ReplayProgress.NONE);
            ReplaySummary s = r.summary();
            assertThat(List.copyOf(s.byReason().keySet())).containsExactly(ReasonCode.values());
            assertThat(s.byReason().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(s.decisions());
            for (ReasonCode code : ReasonCode.values()) {
                long n = r.decisions().stream().filter(d -> d.reasonCode() == code).count();
                assertThat(s.byReason().get(code).longValue()).as("%s", code).isEqualTo(n);
            }
            long scale = r.decisions().stream().filter(d -> d.decision() == Decision.SCALE).count();
            assertThat(s.byReason().get(ReasonCode.SCALE_APPROVED) + s.byReason().get(ReasonCode.INITIAL_ENTRY))
                    .isEqualTo((int) scale);
        });
    }

    @Test
    void theGeneratorReachesTheCasesThePropertiesAreAbout() {
        // guards the properties above against a generator that never exits, adds or gaps
        int[] seen = new int[8];
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Case c = ReplayCases.generate(random.nextLong());
            ReplayResult r = ReplayWalk.run(c.policy(), c.run(), c.bars(), ReplayProgress.NONE);
            for (ReplayExit x : r.exits()) {
                seen[x.reason().ordinal()]++;
                double open = c.bars().open()[x.bar()];
                if (x.reason() != ExitReason.END && x.price() == open) {
                    seen[3]++; // a gap: out at the open
                }
            }
            seen[4] += r.summary().byReason().get(ReasonCode.SCALE_APPROVED);
            seen[5] += r.summary().byReason().get(ReasonCode.INVALID_INPUT);
            seen[6] += c.run().direction() == Direction.SHORT && !r.exits().isEmpty() ? 1 : 0;
            seen[7] += r.summary().decisions() - r.summary().approvedEntries();
        }
        System.out.println("generated: STOP " + seen[0] + ", TAKE_PROFIT " + seen[1] + ", END " + seen[2] + ", gaps "
                + seen[3] + ", approved adds " + seen[4] + ", INVALID_INPUT " + seen[5] + ", SHORT runs with exits "
                + seen[6] + ", held back " + seen[7]);
        assertThat(Arrays.stream(seen).min().getAsInt()).as("every kind seen").isPositive();
    }

    @Test
    void badValuesNeverThrow() {
        forAll("never throws", seed -> chaos(seed), c -> assertThatCode(() -> {
            ReplaySummary s = ReplayWalk.stream(c.policy(), c.run(), c.bars(), new ReplaySink() {
            }, ReplayProgress.NONE);
            ReplayResult r = ReplayWalk.run(c.policy(), c.run(), c.bars(), ReplayProgress.NONE);
            assertThat(r.summary()).isEqualTo(s);
            for (int i = 0; i < r.decisions().size(); i++) {
                ReplayDecision d = r.decisions().get(i);
                assertThat(d.reasonCode()).isEqualTo(ScalingEngine.evaluate(c.policy(), r.contextAt(i)).reasonCode());
                if (d.reasonCode() == ReasonCode.INVALID_INPUT) {
                    assertThat(d.metrics()).isNull();
                }
            }
        }).doesNotThrowAnyException());
    }

    /** A generated case with values outside their domains: bars, run settings or the policy. */
    private static Case chaos(long seed) {
        Case c = ReplayCases.generate(seed);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        BarSeries b = c.bars();
        double[][] columns = {b.open().clone(), b.high().clone(), b.low().clone(), b.close().clone()};
        Instant[] time = b.time().clone();
        double[] odd = {Double.NaN, 0, -1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300, 1e300,
                Double.MIN_VALUE, Double.MAX_VALUE};
        int hits = 1 + r.nextInt(5);
        for (int k = 0; k < hits; k++) {
            int t = r.nextInt(time.length);
            if (r.nextInt(6) == 0) {
                time[t] = r.nextBoolean() ? null : Instant.EPOCH;
            } else {
                columns[r.nextInt(4)][t] = odd[r.nextInt(odd.length)];
            }
        }
        double[] signal = b.signal() == null ? null : b.signal().clone();
        if (signal != null && r.nextBoolean()) {
            signal[r.nextInt(signal.length)] = odd[r.nextInt(odd.length)];
        }
        BarSeries bars = new BarSeries(time, columns[0], columns[1], columns[2], columns[3], b.volume(), signal);
        RunSettings run = c.run();
        if (r.nextBoolean()) {
            run = new RunSettings(run.name(), run.symbol(), r.nextInt(8) == 0 ? null : run.direction(), null,
                    pick(r, run.equity(), odd), r.nextInt(4) == 0 ? new int[] {0, -3, 100_000}[r.nextInt(3)]
                    : run.atrPeriod(), pick(r, run.spreadBps(), odd), r.nextInt(8) == 0 ? null : run.openRule(),
                    r.nextInt(6) == 0 ? (r.nextBoolean() ? null : 0) : run.lookback(), pick(r, run.notionalPct(), odd),
                    pick(r, run.signalQuality(), odd), pick(r, run.stopAtr(), odd), run.stopMode(),
                    r.nextInt(4) == 0 ? Double.valueOf(pick(r, 1, odd)) : run.takeProfitPct());
        }
        ScalingPolicy policy = c.policy();
        if (r.nextInt(4) == 0) {
            policy = r.nextInt(3) == 0 ? null : policy.withSizing(new ScalingPolicy.Sizing(pick(r, 1, odd)));
        }
        return new Case(seed, policy, run, bars);
    }

    private static double pick(Random r, double usual, double[] odd) {
        return r.nextInt(3) == 0 ? odd[r.nextInt(odd.length)] : usual;
    }

    private static double maxDrawdown(double[] m) {
        double peak = Double.NaN;
        double max = 0;
        for (double v : m) {
            if (Double.isNaN(v)) {
                continue;
            }
            peak = Double.isNaN(peak) ? v : Math.max(peak, v);
            max = Math.max(max, (peak - v) / peak * 100);
        }
        return max;
    }

    private void forAll(String property, Consumer<Case> check) {
        forAll(property, ReplayCases::generate, check);
    }

    private void forAll(String property, LongFunction<Case> generate, Consumer<Case> check) {
        Random random = new Random(SEED ^ property.hashCode());
        for (int i = 0; i < CASES; i++) {
            long caseSeed = random.nextLong();
            Case c = generate.apply(caseSeed);
            try {
                check.accept(c);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property '" + property + "' failed at case " + i + " (run seed " + SEED
                        + ")\n" + c.describe() + "\n" + e.getMessage(), e);
            }
        }
    }
}
