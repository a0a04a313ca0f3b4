package com.scalelab.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.scalelab.engine.CheckStatus;
import com.scalelab.engine.Decision;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Loaded;
import com.scalelab.io.PolicyFiles;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped samples are what a newcomer sees first and what trainees learn from, so each must
 * load, and each scenario pack must still teach what its name says after any engine or policy change.
 */
class SamplePacksTest {
    private static final Path SAMPLES = Path.of("sample-policies");
    private static final Path SCENARIOS = SAMPLES.resolve("scenarios");
    private static final String DEFAULT_POLICY = "trend-pyramid-conservative.json";
    private static final String DEFAULT_SCENARIO = "pyramid-add-approved.json";

    static List<Path> policyFiles() throws IOException {
        return jsonFiles(SAMPLES);
    }

    static List<Path> scenarioFiles() throws IOException {
        return jsonFiles(SCENARIOS);
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static ScalingPolicy loadPolicy(Path file) {
        try {
            Loaded<ScalingPolicy> loaded = PolicyFiles.loadWithWarnings(file);
            assertThat(loaded.warnings()).as("warnings of %s", file).isEmpty();
            return loaded.value();
        } catch (FileRefusedException e) {
            return fail("%s does not load:%n%s", file, e.getMessage());
        }
    }

    private static Scenario loadScenario(Path file) {
        try {
            return ScenarioFiles.load(file);
        } catch (FileRefusedException e) {
            return fail("%s does not load:%n%s", file, e.getMessage());
        }
    }

    @Test
    void theFiveStrategistProfilesAreShipped() throws IOException {
        assertThat(policyFiles()).extracting(p -> p.getFileName().toString()).contains(
                "single-entry-legacy.json", DEFAULT_POLICY, "trend-pyramid-aggressive.json",
                "crypto-dca-volume-scale.json", "mean-reversion-average-down.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policyFiles")
    void everySamplePolicyLoadsCleanAndSaysWhatItIsFor(Path file) {
        ScalingPolicy policy = loadPolicy(file);

        assertThat(policy.problems()).as("problems of %s", file).isEmpty();
        assertThat(policy.description()).as("description of %s", file).isNotBlank();
        assertThat(policy.strategy()).as("strategy of %s", file).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void everyScenarioPackMeetsItsOwnExpectation(Path file) {
        Scenario scenario = loadScenario(file);
        assertThat(scenario.name()).as("lesson of %s", file).isNotBlank();
        assertThat(scenario.inlinePolicy()).as("inline policy of %s (packs are self-contained)", file).isNotNull();
        assertThat(scenario.expect()).as("expect of %s", file).isNotNull();
        assertThat(scenario.expect().reasonCode()).as("expected reason code of %s", file).isNotNull();

        ScalingResult result = ScalingEngine.evaluate(scenario.inlinePolicy(), scenario.context());

        assertThat(scenario.expect().isMetBy(result))
                .as("%s expects %s / %s but the engine says %s / %s: %s", file, scenario.expect().decision(),
                        scenario.expect().reasonCode(), result.decision(), result.reasonCode(), result.explanation())
                .isTrue();
        assertThat(ScalingEngine.decide(scenario.inlinePolicy(), scenario.context()))
                .as("decision-only path on %s", file).isEqualTo(result.reasonCode());
    }

    @Test
    void togetherThePacksProduceAllSeventeenReasonCodes() throws IOException {
        Map<ReasonCode, List<String>> producedBy = new TreeMap<>();
        for (Path file : scenarioFiles()) {
            Scenario s = loadScenario(file);
            ReasonCode code = ScalingEngine.evaluate(s.inlinePolicy(), s.context()).reasonCode();
            producedBy.computeIfAbsent(code, c -> new ArrayList<>()).add(file.getFileName().toString());
        }

        Set<ReasonCode> missing = EnumSet.allOf(ReasonCode.class);
        missing.removeAll(producedBy.keySet());
        assertThat(missing).as("reason codes no pack produces (produced: %s)", producedBy).isEmpty();
        assertThat(ReasonCode.values()).hasSize(17);
    }

    @Test
    void aPackThatCopiesASamplePolicyByNameCopiesItExactly() throws IOException {
        // A retuned sample policy must not leave packs teaching with a stale copy under the same name.
        Map<String, ScalingPolicy> samplesByName = new TreeMap<>();
        for (Path file : policyFiles()) {
            ScalingPolicy p = loadPolicy(file);
            samplesByName.put(p.name(), p);
        }
        for (Path file : scenarioFiles()) {
            ScalingPolicy inline = loadScenario(file).inlinePolicy();
            ScalingPolicy sample = samplesByName.get(inline.name());
            if (sample != null) {
                assertThat(inline).as("inline policy \"%s\" of %s", inline.name(), file).isEqualTo(sample);
            }
        }
    }

    @Test
    void theDefaultPairIsOnTheClassPathAndApprovesTheAdd() throws URISyntaxException {
        // The app opens with these two, read from the class path.
        ScalingPolicy policy = loadPolicy(classPathFile("/sample-policies/" + DEFAULT_POLICY));
        Scenario scenario = loadScenario(classPathFile("/sample-policies/scenarios/" + DEFAULT_SCENARIO));

        assertThat(scenario.inlinePolicy()).isEqualTo(policy);
        ScalingResult result = ScalingEngine.evaluate(policy, scenario.context());
        assertThat(result.decision()).isEqualTo(Decision.SCALE);
        assertThat(result.reasonCode()).isEqualTo(ReasonCode.SCALE_APPROVED);
        assertThat(scenario.context().position().entries()).hasSizeBetween(1, 2);
        assertThat(scenario.context().proposed().quantity()).isEqualTo(result.metrics().suggestedQuantity());
    }

    @Test
    void draggingTheDefaultProposedPriceDownTwoAtrTurnsItToSkip() {
        ScalingPolicy policy = loadPolicy(SAMPLES.resolve(DEFAULT_POLICY));
        ScalingContext ctx = loadScenario(SCENARIOS.resolve(DEFAULT_SCENARIO)).context();
        double atr = ctx.market().atr();

        ReasonCode oneAtrDown = ScalingEngine.evaluate(policy, withPrice(ctx, ctx.proposed().price() - atr)).reasonCode();
        ReasonCode twoAtrDown = ScalingEngine.evaluate(policy, withPrice(ctx, ctx.proposed().price() - 2 * atr)).reasonCode();

        assertThat(oneAtrDown).isEqualTo(ReasonCode.PRICE_SPACING_OUT_OF_RANGE);
        assertThat(twoAtrDown).isEqualTo(ReasonCode.PRICE_STRUCTURE_MISMATCH);
    }

    @Test
    void aTraineeCanBuildTheDefaultLadderToFourEntriesBeforeItIsFull() {
        // Each step adds the proposed entry at the suggested size, then proposes the next one
        // 1.5 ATR higher, 90 minutes and 6 bars later: the ladder must fill before the position cap bites.
        ScalingPolicy policy = loadPolicy(SAMPLES.resolve(DEFAULT_POLICY));
        ScalingContext ctx = loadScenario(SCENARIOS.resolve(DEFAULT_SCENARIO)).context();
        List<ReasonCode> verdicts = new ArrayList<>();
        for (int step = 0; step < 3; step++) {
            verdicts.add(ScalingEngine.evaluate(policy, ctx).reasonCode());
            ctx = fillAndProposeNext(ctx);
            // The suggestion depends on the entries only, so any proposed quantity yields it.
            ctx = withQuantity(ctx, ScalingEngine.evaluate(policy, ctx).metrics().suggestedQuantity());
        }
        assertThat(verdicts).containsExactly(ReasonCode.SCALE_APPROVED, ReasonCode.SCALE_APPROVED,
                ReasonCode.MAX_ENTRIES_REACHED);
    }

    @Test
    void theAtTheLimitPackReallyLandsBelowTheLimitInBinary() {
        // Guards the lesson: if the numbers were ever "fixed" to land exactly on 1.0 ATR, the pack
        // would no longer show the tolerance at work.
        Scenario s = loadScenario(SCENARIOS.resolve("spacing-exactly-at-minimum-passes.json"));
        ScalingResult r = ScalingEngine.evaluate(s.inlinePolicy(), s.context());

        var spacing = r.check(ReasonCode.PRICE_SPACING_OUT_OF_RANGE);
        assertThat(spacing.observed()).isLessThan(s.inlinePolicy().qualification().minSpacingAtr());
        assertThat(spacing.status()).isEqualTo(CheckStatus.PASS);
        assertThat(r.reasonCode()).isEqualTo(ReasonCode.SCALE_APPROVED);
    }

    private static ScalingContext withPrice(ScalingContext ctx, double price) {
        ProposedEntry p = ctx.proposed();
        return ctx.withProposed(new ProposedEntry(p.direction(), price, p.quantity(), p.time(), p.bar(), p.signalQuality()));
    }

    private static ScalingContext withQuantity(ScalingContext ctx, double quantity) {
        ProposedEntry p = ctx.proposed();
        return ctx.withProposed(new ProposedEntry(p.direction(), p.price(), quantity, p.time(), p.bar(), p.signalQuality()));
    }

    /** The proposed entry is filled (entries and broker follow); the next one comes 1.5 ATR higher, 90 min and 6 bars on. */
    private static ScalingContext fillAndProposeNext(ScalingContext ctx) {
        ProposedEntry p = ctx.proposed();
        List<Entry> entries = new ArrayList<>(ctx.position().entries());
        entries.add(new Entry(p.price(), p.quantity(), p.time(), p.bar()));
        Position position = new Position(ctx.position().direction(), ctx.position().stopPrice(), entries);
        double atr = ctx.market().atr();
        ProposedEntry next = new ProposedEntry(p.direction(), p.price() + 1.5 * atr, p.quantity(),
                p.time().plusSeconds(90 * 60), p.bar() + 6, p.signalQuality());
        return ctx.withPosition(position)
                .withBrokerPositionQuantity(ctx.brokerPositionQuantity() + p.quantity())
                .withProposed(next);
    }

    private static Path classPathFile(String resource) throws URISyntaxException {
        URL url = SamplePacksTest.class.getResource(resource);
        assertThat(url).as("class path resource %s", resource).isNotNull();
        return Path.of(url.toURI());
    }
}
