package com.scalelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ScenarioGenerator.Case;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine over thousands of seeded random scenarios per run (plain JUnit, no
 * framework). The seed is printed at start; replay a run with {@code -Dscalelab.seed=N} and change
 * the number of cases with {@code -Dscalelab.cases=N}. A failing case is printed as a scenario file
 * with its policy inline, ready to become an example test or a scenario pack entry.
 */
class EnginePropertiesTest {
    private static final long SEED = com.scalelab.TestSeed.run();
    private static final int CASES = Integer.getInteger("scalelab.cases", 4000);

    @BeforeAll
    static void printSeed() {
        System.out.println("EnginePropertiesTest seed " + SEED + ", " + CASES
                + " cases per property " + com.scalelab.TestSeed.replayHint());
    }

    // ------------------------------------------------------------------------------------ verdicts

    @Test
    void everyVerdictFollowsItsTrace() {
        forAll("verdict follows the trace", ScenarioGenerator::valid, c -> assertVerdictFollowsTrace(c, evaluate(c)));
    }

    @Test
    void theEngineAgreesWithAPlainReadingOfTheContract() {
        forAll("engine == contract reading", ScenarioGenerator::valid, c -> {
            ReasonCode expected = ContractReading.decide(c.policy(), c.context());
            assertThat(evaluate(c).reasonCode()).as("reason (contract reading says %s)", expected).isEqualTo(expected);
        });
    }

    @Test
    void theSameInputAlwaysGivesTheSameResult() {
        forAll("deterministic", ScenarioGenerator::valid, c -> {
            ScalingResult first = evaluate(c);
            assertThat(evaluate(c)).isEqualTo(first);
            assertThat(ScalingEngine.evaluate(copy(c.policy()), copy(c.context()))).isEqualTo(first);
            // a result rebuilt from what a reader sees (messages written out) is the same result
            List<CheckResult> written = new ArrayList<>();
            for (CheckResult k : first.checks()) {
                written.add(new CheckResult(k.code(), k.status(), k.observed(), k.limit(), k.message()));
            }
            ScalingResult rebuilt = new ScalingResult(first.decision(), first.reasonCode(), first.explanation(), written,
                    first.metrics());
            assertThat(rebuilt).isEqualTo(evaluate(c)).hasSameHashCodeAs(evaluate(c));
            assertThat(rebuilt.toString()).isEqualTo(evaluate(c).toString());
        });
    }

    @Test
    void theDecisionOnlyPathAgreesWithTheTracedPath() {
        forAll("decide == evaluate", ScenarioGenerator::valid,
                c -> assertThat(ScalingEngine.decide(c.policy(), c.context())).isEqualTo(evaluate(c).reasonCode()));
        forAll("decide == evaluate (out of domain)", g -> {
            Case c = g.valid();
            return g.corruption(c).apply().apply(c);
        }, c -> assertThat(ScalingEngine.decide(c.policy(), c.context())).isEqualTo(evaluate(c).reasonCode()));
    }

    @Test
    void aSweepAgreesWithEvaluatingTheSameValues() {
        forAll("sweep == evaluate", g -> sweepCase(g), c -> {
            // the case's context is the varied one; the sweep is built on the generator's original
            SweepPoint s = pendingSweep;
            ReasonCode bySweep = new DecisionSweep(s.base.policy(), s.base.context())
                    .decide(s.price, s.minutes, s.bars, s.signal, s.atr, s.spread);
            assertThat(bySweep).as("sweep at price %s, %s min, %s bars, signal %s, ATR %s, spread %s",
                    s.price, s.minutes, s.bars, s.signal, s.atr, s.spread).isEqualTo(evaluate(c).reasonCode());
        });
    }

    // ------------------------------------------------------------------------------------ fail closed

    @Test
    void aValueOutsideItsDomainIsBlockedAndNamed() {
        String[] field = new String[1];
        forAll("out of domain -> BLOCK / INVALID_INPUT", g -> {
            Case c = g.valid();
            ScenarioGenerator.Corruption bad = g.corruption(c);
            field[0] = bad.field();
            return bad.apply().apply(c);
        }, c -> {
            ScalingResult r = evaluate(c);
            assertThat(r.decision()).as("decision").isEqualTo(Decision.BLOCK);
            assertThat(r.reasonCode()).as("reason").isEqualTo(ReasonCode.INVALID_INPUT);
            assertThat(r.explanation()).as("explanation names the field").contains(field[0]);
            assertThat(r.metrics()).isNull();
            assertThat(r.checks().subList(1, CheckCatalogue.size())).allMatch(k -> k.status() == CheckStatus.NOT_EVALUATED);
        });
    }

    @Test
    void nothingEverThrowsAndNothingUnforeseenSlipsThrough() {
        forAll("never throws", ScenarioGenerator::chaos, c -> {
            ScalingResult r = evaluate(c);
            assertThat(r).isNotNull();
            assertTraceShape(r);
            // INVALID_INPUT must come from the domain check naming a field, not from a caught exception
            assertThat(r.explanation()).doesNotContain("could not judge");
            assertThat(ScalingEngine.decide(c.policy(), c.context())).isEqualTo(r.reasonCode());
            if (r.decision() == Decision.SCALE) {
                assertThat(r.reasonCode()).isEqualTo(ContractReading.decide(c.policy(), c.context()));
            }
            DecisionSweep sweep = new DecisionSweep(c.policy(), c.context());
            sweep.decide(Double.NaN, Double.POSITIVE_INFINITY, Long.MIN_VALUE, 2, -1, Double.NaN);
            sweep.decide(1e308, 1e308, Long.MAX_VALUE, 0.5, Double.MIN_VALUE, 0);
        });
    }

    @Test
    void theFastValidityChecksAgreeWithTheListedProblems() {
        forAll("isValid == no problems listed", ScenarioGenerator::mixed, c -> {
            if (c.policy() != null) {
                assertThat(c.policy().isValid()).as("policy.isValid() vs %s", c.policy().errors())
                        .isEqualTo(c.policy().errors().isEmpty());
            }
            List<String> problems = InputCheck.problems(c.policy(), c.context());
            assertThat(InputCheck.isValid(c.policy(), c.context())).as("isValid vs %s", problems)
                    .isEqualTo(problems.isEmpty());
        });
    }

    // ------------------------------------------------------------------------------------ monotonic limits

    @Test
    void tighteningALimitNeverApprovesWhatWasRefused() {
        forAll("tighten: non-SCALE stays non-SCALE", ScenarioGenerator::valid, c -> {
            ScalingResult before = evaluate(c);
            if (before.decision() == Decision.SCALE) {
                return;
            }
            for (PolicyLimit limit : PolicyLimit.values()) {
                ScalingPolicy tighter = limit.tighten(c.policy(), before, rng);
                if (tighter != null) {
                    ScalingResult after = ScalingEngine.evaluate(tighter, c.context());
                    assertThat(after.decision()).as("%s tightened %s -> %s: %s", limit, limit.read(c.policy()),
                            limit.read(tighter), after.explanation()).isNotEqualTo(Decision.SCALE);
                }
            }
        });
    }

    @Test
    void looseningALimitNeverRefusesWhatWasApproved() {
        forAll("loosen: SCALE stays SCALE", ScenarioGenerator::valid, c -> {
            ScalingResult before = evaluate(c);
            if (before.decision() != Decision.SCALE) {
                return;
            }
            for (PolicyLimit limit : PolicyLimit.values()) {
                ScalingPolicy looser = limit.loosen(c.policy(), before, rng);
                if (looser != null) {
                    ScalingResult after = ScalingEngine.evaluate(looser, c.context());
                    assertThat(after.decision()).as("%s loosened %s -> %s: %s", limit, limit.read(c.policy()),
                            limit.read(looser), after.explanation()).isEqualTo(Decision.SCALE);
                }
            }
        });
    }

    /** The generators hit the boundaries and every verdict often enough for the properties to mean something. */
    @Test
    void theGeneratedCasesCoverEveryVerdict() {
        Random random = new Random(SEED);
        ScenarioGenerator g = new ScenarioGenerator(random);
        java.util.EnumMap<ReasonCode, Integer> seen = new java.util.EnumMap<>(ReasonCode.class);
        int atALimit = 0;
        for (int i = 0; i < CASES; i++) {
            ScalingResult r = evaluate(g.valid());
            seen.merge(r.reasonCode(), 1, Integer::sum);
            for (CheckResult k : r.checks()) {
                if (k.status() == CheckStatus.PASS && k.observed() != null && k.limit() != null
                        && k.code() != ReasonCode.DIRECTION_CONFLICT && k.code() != ReasonCode.PRICE_STRUCTURE_MISMATCH
                        && Tolerance.equal(k.observed(), k.limit()) && k.observed() > 0) {
                    atALimit++;
                }
            }
        }
        System.out.println("Generated verdicts: " + seen + "; checks passing exactly at their limit: " + atALimit);
        assertThat(seen.keySet()).as("reason codes produced").containsAll(
                List.of(ReasonCode.values()).subList(1, ReasonCode.values().length));
        assertThat(atALimit).isGreaterThan(CASES / 10);
    }

    // ------------------------------------------------------------------------------------ the machinery

    private Random rng;
    private SweepPoint pendingSweep;

    /** Runs the property over CASES generated cases; on failure reports the case as a scenario file. */
    private void forAll(String property, Function<ScenarioGenerator, Case> generate, Consumer<Case> check) {
        long seed = SEED ^ property.hashCode();
        rng = new Random(seed);
        ScenarioGenerator g = new ScenarioGenerator(rng);
        for (int i = 0; i < CASES; i++) {
            Case c = generate.apply(g);
            try {
                check.accept(c);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Property '" + property + "' failed on case " + i + " (run seed " + SEED
                        + "; replay with -Dscalelab.seed=" + SEED + "):\n" + e.getMessage()
                        + "\nThe case as a scenario file with its policy inline:\n" + asScenarioJson(c), e);
            }
        }
    }

    static String asScenarioJson(Case c) {
        try {
            ScalingResult r = ScalingEngine.evaluate(c.policy(), c.context());
            return ScenarioFiles.toJson(new Scenario("property failure (engine said " + r.decision() + " / "
                    + r.reasonCode() + ")", c.context(), c.policy(), null));
        } catch (RuntimeException e) {
            // a case the file format cannot hold (a null, NaN): fall back to the records
            return c.policy() + "\n" + c.context();
        }
    }

    private static ScalingResult evaluate(Case c) {
        return ScalingEngine.evaluate(c.policy(), c.context());
    }

    static void assertTraceShape(ScalingResult r) {
        assertThat(r.checks()).hasSize(CheckCatalogue.size());
        for (int i = 0; i < CheckCatalogue.size(); i++) {
            CheckResult k = r.checks().get(i);
            assertThat(k.code()).isEqualTo(CheckCatalogue.codes().get(i));
            assertThat(k.phase()).isEqualTo(CheckCatalogue.codes().get(i).phase());
            assertThat(k.status()).isNotNull();
            assertThat(k.message()).isNotBlank();
            if (k.status() == CheckStatus.NOT_EVALUATED || k.status() == CheckStatus.NOT_APPLICABLE) {
                assertThat(k.observed()).isNull();
                assertThat(k.limit()).isNull();
            }
        }
        assertThat(r.reasonCode().decision()).isEqualTo(r.decision());
    }

    private static void assertVerdictFollowsTrace(Case c, ScalingResult r) {
        assertTraceShape(r);
        List<CheckResult> checks = r.checks();
        assertThat(checks.get(0).status()).isEqualTo(CheckStatus.PASS);
        boolean initial = c.context().position().entries().isEmpty();
        for (int i = 1; i < CheckCatalogue.size(); i++) {
            CheckStatus expected = initial && !CheckCatalogue.checks().get(i).appliesToInitialEntry()
                    ? CheckStatus.NOT_APPLICABLE : null;
            if (expected != null) {
                assertThat(checks.get(i).status()).isEqualTo(expected);
            } else {
                assertThat(checks.get(i).status()).isIn(CheckStatus.PASS, CheckStatus.FAIL);
            }
        }
        if (initial) {
            assertThat(checks.get(1).status()).isEqualTo(CheckStatus.PASS);
        }
        CheckResult firstFailure = checks.stream().filter(CheckResult::failed).findFirst().orElse(null);
        // SCALE exactly when no check fails
        assertThat(r.decision() == Decision.SCALE).isEqualTo(firstFailure == null);
        if (firstFailure == null) {
            assertThat(r.reasonCode()).isEqualTo(initial ? ReasonCode.INITIAL_ENTRY : ReasonCode.SCALE_APPROVED);
            assertThat(r.metrics().entriesAfter()).isEqualTo(c.context().position().entries().size() + 1);
        } else {
            // BLOCK exactly when the first failure is INPUT, SAFETY or DIRECTION
            Phase phase = firstFailure.phase();
            boolean blocks = phase == Phase.INPUT || phase == Phase.SAFETY || phase == Phase.DIRECTION;
            assertThat(r.decision()).isEqualTo(blocks ? Decision.BLOCK : Decision.SKIP);
            assertThat(r.reasonCode()).isEqualTo(firstFailure.code());
            assertThat(r.explanation()).isEqualTo(firstFailure.message());
        }
    }

    // ------------------------------------------------------------------------------------ sweeps

    /** The sweep's inputs and the case it came from. */
    private record SweepPoint(Case base, double price, double minutes, long bars, double signal, double atr,
                              double spread) {
    }

    /** A valid case moved to new price, timing, signal and market values, remembering the sweep inputs. */
    private Case sweepCase(ScenarioGenerator g) {
        Case base = g.valid();
        ScalingContext ctx = base.context();
        ProposedEntry p = ctx.proposed();
        List<Entry> entries = ctx.position().entries();
        Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        double atr = g.oneOf(ctx.market().atr(), ScenarioGenerator.decimal(ctx.market().atr() * g.uniform(0.3, 3), 4),
                0.0, Double.NaN);
        double price = g.oneOf(p.price(), ScenarioGenerator.decimal(p.price() + ctx.market().atr() * g.uniform(-5, 5), 4),
                last == null ? p.price() : last.price(), -1.0);
        double signal = g.oneOf(p.signalQuality(), ScenarioGenerator.decimal(rng.nextDouble(), 2), 1.0, 0.0, 1.5);
        double spread = g.oneOf(ctx.market().spreadBps(), ScenarioGenerator.decimal(g.uniform(0, 40), 1), -1.0);
        Duration gap = Duration.ofSeconds(rng.nextInt(4 * 3600) - (rng.nextInt(20) == 0 ? 5000 : 0),
                rng.nextBoolean() ? 0 : rng.nextInt(1000) * 1_000_000L);
        long bars = rng.nextInt(14) - (rng.nextInt(20) == 0 ? 3 : 0);
        double minutes = ScenarioGenerator.minutes(gap);
        Instant time = last == null ? p.time() : last.time().plus(gap);
        long bar = last == null ? p.bar() : last.bar() + bars;
        ScalingContext moved = ctx.withMarket(new Market(atr, spread))
                .withProposed(new ProposedEntry(p.direction(), price, p.quantity(), time, bar, signal));
        pendingSweep = new SweepPoint(base, price, minutes, bars, signal, atr, spread);
        return new Case(base.policy(), moved);
    }

    // ------------------------------------------------------------------------------------ copies

    private static ScalingPolicy copy(ScalingPolicy p) {
        ScalingPolicy.Qualification q = p.qualification();
        return new ScalingPolicy(new String(p.name()), p.strategy(), p.description(),
                new ScalingPolicy.Scaling(p.scaling().enabled(), p.scaling().mode(), p.scaling().maxEntries()),
                new ScalingPolicy.Limits(p.limits().maxPositionPct(), p.limits().maxRiskPct(), p.limits().ledgerTolerance()),
                new ScalingPolicy.Qualification(q.minMinutesBetween(), q.minBarsBetween(), q.minSignalQuality(),
                        q.minSpacingAtr(), q.maxSpacingAtr() == null ? null : Double.valueOf(q.maxSpacingAtr()),
                        q.volatilityPct() == null ? null : new ScalingPolicy.Band(q.volatilityPct().min(), q.volatilityPct().max())),
                new ScalingPolicy.Execution(p.execution().maxSpreadBps()), new ScalingPolicy.Sizing(p.sizing().scale()));
    }

    private static ScalingContext copy(ScalingContext c) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : c.position().entries()) {
            entries.add(new Entry(e.price(), e.quantity(), Instant.ofEpochSecond(e.time().getEpochSecond(), e.time().getNano()), e.bar()));
        }
        return new ScalingContext(c.symbol(), c.equity(), new Position(c.position().direction(), c.position().stopPrice(), entries),
                c.brokerPositionQuantity(), new ArrayList<>(c.pendingOrders()), new Market(c.market().atr(), c.market().spreadBps()),
                c.proposed());
    }
}
