package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.OrderSide;
import com.scalelab.engine.PendingOrder;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {

    @TempDir
    Path dir;

    @Test
    void contractExampleLoadsIntoTheEngineContext() throws Exception {
        Scenario s = ScenarioFiles.parse(TestFiles.SCENARIO_INLINE, "s.json");
        ScalingContext c = s.context();
        assertThat(s.name()).isEqualTo("optional label");
        assertThat(c.symbol()).isEqualTo("ES");
        assertThat(c.equity()).isEqualTo(100000);
        assertThat(c.position()).isEqualTo(new Position(Direction.LONG, 95.0,
                List.of(new Entry(100.0, 10, Instant.parse("2026-01-05T14:30:00Z"), 120))));
        assertThat(c.brokerPositionQuantity()).isEqualTo(10);
        assertThat(c.pendingOrders()).containsExactly(new PendingOrder(OrderSide.SELL, 10, true));
        assertThat(c.market()).isEqualTo(new Market(2.0, 4.0));
        assertThat(c.proposed()).isEqualTo(new ProposedEntry(Direction.LONG, 103.0, 5,
                Instant.parse("2026-01-05T16:00:00Z"), 126, 0.8));
        assertThat(s.inlinePolicy()).isEqualTo(PolicyFiles.parse(TestFiles.POLICY, "p.json"));
        assertThat(s.expect()).isEqualTo(new Expectation(Decision.SCALE, ReasonCode.SCALE_APPROVED));
        assertThat(s.expect().isMetBy(ScalingEngine.evaluate(s.inlinePolicy(), c))).isTrue();
    }

    @Test
    void initialEntryNeedsNoDirectionEntriesOrPendingOrders() throws Exception {
        String json = """
                {"schemaVersion": 1, "symbol": "BTC", "account": {"equity": 5000},
                 "position": {"stopPrice": 90},
                 "broker": {"positionQuantity": 0},
                 "market": {"atr": 2, "spreadBps": 1},
                 "proposed": {"direction": "LONG", "price": 100, "quantity": 1,
                              "time": "2026-01-05T16:00:00+02:00", "bar": 0, "signalQuality": 0.5}}
                """;
        Scenario s = ScenarioFiles.parse(json, "s.json");
        assertThat(s.name()).isNull();
        assertThat(s.inlinePolicy()).isNull();
        assertThat(s.expect()).isNull();
        assertThat(s.context().position().direction()).isNull();
        assertThat(s.context().position().entries()).isEmpty();
        assertThat(s.context().pendingOrders()).isEmpty();
        // The offset is honoured: 16:00 at +02:00 is 14:00 UTC.
        assertThat(s.context().proposed().time()).isEqualTo(Instant.parse("2026-01-05T14:00:00Z"));
    }

    @Test
    void valuesOutsideTheirDomainLoadAndTheEngineBlocksThemNamingTheField() throws Exception {
        String json = TestFiles.SCENARIO_INLINE.replace("\"price\": 103.0", "\"price\": -3")
                .replace("\"bar\": 126", "\"bar\": 100");
        Scenario s = ScenarioFiles.parse(json, "s.json");
        ScalingResult r = ScalingEngine.evaluate(s.inlinePolicy(), s.context());
        assertThat(r.decision()).isEqualTo(Decision.BLOCK);
        assertThat(r.reasonCode()).isEqualTo(ReasonCode.INVALID_INPUT);
        assertThat(r.explanation()).contains("proposed.price").contains("proposed.bar");
        assertThat(s.expect().isMetBy(r)).isFalse();
    }

    @Test
    void expectationWithoutReasonCodeIsMetByTheDecisionAlone() throws Exception {
        Scenario s = ScenarioFiles.parse(TestFiles.SCENARIO_INLINE.replace(", \"reasonCode\": \"SCALE_APPROVED\"", ""),
                "s.json");
        assertThat(s.expect()).isEqualTo(new Expectation(Decision.SCALE, null));
        ScalingResult r = ScalingEngine.evaluate(s.inlinePolicy(), s.context());
        assertThat(s.expect().isMetBy(r)).isTrue();
        assertThat(new Expectation(Decision.SKIP, null).isMetBy(r)).isFalse();
        assertThat(new Expectation(Decision.SCALE, ReasonCode.INITIAL_ENTRY).isMetBy(r)).isFalse();
    }

    @Test
    void savedScenarioLoadsBackEqualWithItsInlinePolicyAndExpectation() throws Exception {
        Scenario s = ScenarioFiles.parse(TestFiles.SCENARIO_INLINE, "s.json");
        Path file = dir.resolve("lesson.json");
        ScenarioFiles.save(s, file);
        assertThat(ScenarioFiles.load(file)).isEqualTo(s);
        String text = Files.readString(file);
        assertThat(text).containsSubsequence("\"schemaVersion\"", "\"name\"", "\"symbol\"", "\"account\"",
                "\"position\"", "\"broker\"", "\"pendingOrders\"", "\"market\"", "\"proposed\"", "\"policy\"",
                "\"expect\"");
        assertThat(ScenarioFiles.toJson(ScenarioFiles.load(file))).isEqualTo(text);
    }

    @Test
    void manyRandomScenariosSurviveTheRoundTrip() throws Exception {
        long seed = com.scalelab.TestSeed.of("ScenarioFilesTest round trip");
        Random r = new Random(seed);
        for (int i = 0; i < 1500; i++) {
            Scenario s = randomScenario(r);
            String json = ScenarioFiles.toJson(s);
            Scenario back;
            try {
                back = ScenarioFiles.parse(json, "random.json");
            } catch (FileRefusedException e) {
                throw new AssertionError("seed " + seed + " " + com.scalelab.TestSeed.replayHint() + " case " + i + " refused:\n" + e.getMessage() + "\n" + json);
            }
            assertThat(back).as("seed %d %s case %d:%n%s", seed, com.scalelab.TestSeed.replayHint(), i, json).isEqualTo(s);
            String line = ScenarioFiles.toCompactJson(s);
            assertThat(line).doesNotContain("\n");
            assertThat(ScenarioFiles.parse(line, "line.json")).isEqualTo(s);
        }
    }

    /** Any well-typed scenario, domain errors included (negative prices, bars going backwards). */
    static Scenario randomScenario(Random r) {
        int n = r.nextInt(5);
        Direction dir = r.nextBoolean() ? Direction.LONG : Direction.SHORT;
        Instant t0 = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(r.nextInt(200_000_000));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(new Entry(number(r), number(r), t0.plusSeconds(r.nextInt(1_000_000)), r.nextInt(10_000) - 10));
        }
        List<PendingOrder> orders = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            orders.add(new PendingOrder(r.nextBoolean() ? OrderSide.BUY : OrderSide.SELL, number(r), r.nextBoolean()));
        }
        ScalingContext c = new ScalingContext(TestFiles.words(r, 1), number(r),
                new Position(n == 0 && r.nextBoolean() ? null : dir, number(r), entries), number(r) - 50, orders,
                new Market(number(r), number(r)),
                new ProposedEntry(r.nextBoolean() ? dir : Direction.SHORT, number(r), number(r),
                        t0.plusMillis(r.nextInt(1_000_000_000)), r.nextLong(), r.nextDouble() * 1.4 - 0.2));
        ScalingPolicy inline = r.nextBoolean() ? TestFiles.randomValidPolicy(r) : null;
        Expectation expect = switch (r.nextInt(3)) {
            case 0 -> null;
            case 1 -> new Expectation(Decision.values()[r.nextInt(3)], null);
            default -> {
                ReasonCode code = ReasonCode.values()[r.nextInt(ReasonCode.values().length)];
                yield new Expectation(code.decision(), code);
            }
        };
        return new Scenario(r.nextBoolean() ? null : TestFiles.words(r, 2), c, inline, expect);
    }

    private static double number(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.nextInt(1000);
            case 1 -> -r.nextDouble() * 10;
            case 2 -> r.nextDouble() * 1e-5;
            default -> r.nextDouble() * Math.pow(10, r.nextInt(12));
        };
    }
}
