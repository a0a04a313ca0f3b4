package com.scalelab.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scalelab.cli.ScaleLabCommand;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.OpenRule;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplaySink;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.engine.replay.ReplayWalk;
import com.scalelab.io.BarFiles;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.PolicyFiles;
import com.scalelab.io.RunFile;
import com.scalelab.io.RunFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample runs are a lesson each: a newcomer replays one and should see several cycles, adds
 * let through and adds held back for more than one reason. These tests keep that true after any
 * change to the engine, the walk, the policies or the bar files.
 */
class SampleRunsTest {
    private static final Path SAMPLES = Path.of("sample-policies");
    private static final Path RUNS = SAMPLES.resolve("runs");
    private static final Path HISTORY = SAMPLES.resolve("history");

    /** Hold-back codes: any verdict other than SCALE. */
    private static final Set<ReasonCode> APPROVALS = EnumSet.of(ReasonCode.INITIAL_ENTRY, ReasonCode.SCALE_APPROVED);

    static List<Path> runFiles() throws IOException {
        return list(RUNS, ".json");
    }

    static List<Path> historyFiles() throws IOException {
        try (Stream<Path> s = Files.list(HISTORY)) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The sample policy a run teaches: the run file's name starts with the policy file's base name. */
    private static Path policyOf(Path run) throws IOException {
        String name = run.getFileName().toString();
        List<Path> matches = list(SAMPLES, ".json").stream()
                .filter(p -> name.startsWith(p.getFileName().toString().replace(".json", "-")))
                .toList();
        assertThat(matches).as("the sample policy of %s", run).hasSize(1);
        return matches.get(0);
    }

    @Test
    void everySamplePolicyHasARun() throws IOException {
        Set<Path> taught = new java.util.HashSet<>();
        for (Path run : runFiles()) {
            taught.add(policyOf(run));
        }
        assertThat(taught).containsExactlyInAnyOrderElementsOf(list(SAMPLES, ".json"));
    }

    @ParameterizedTest
    @MethodSource("runFiles")
    void runCarriesItsSamplePolicyInlineAndItsBarsBesideIt(Path run) throws Exception {
        RunFile file = RunFiles.load(run);
        ScalingPolicy sample = PolicyFiles.load(policyOf(run));
        // inline, so `replay RUN` works alone; equal to the sample so the run teaches that policy
        assertThat(file.inlinePolicy()).isEqualTo(sample);
        assertThat(file.settings().bars()).startsWith("../history/");
        assertThat(file.barsPath()).exists();
        OpenRule expected = sample.scaling().mode() == com.scalelab.engine.ScalingMode.AVERAGE_DOWN
                ? OpenRule.PULLBACK : OpenRule.BREAKOUT;
        assertThat(file.settings().openRule()).as("pyramids open on a breakout, averaging down on a pullback")
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("runFiles")
    void replayShowsCyclesApprovedAddsAndAddsHeldBackForSeveralReasons(Path run) throws Exception {
        RunFile file = RunFiles.load(run);
        BarSeries bars = BarFiles.load(file.barsPath(), file.settings());
        ReplaySummary s = ReplayWalk.stream(file.inlinePolicy(), file.settings(), bars, new ReplaySink() {
        }, ReplayProgress.NONE);
        Map<ReasonCode, Integer> held = s.byReason().entrySet().stream()
                .filter(e -> !APPROVALS.contains(e.getKey()) && e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.println(run.getFileName() + ": " + s);

        assertThat(s.cycles()).as("cycles").isGreaterThanOrEqualTo(5);
        assertThat(s.byReason().get(ReasonCode.INITIAL_ENTRY)).isEqualTo(s.cycles());
        if (file.inlinePolicy().scaling().enabled()) {
            assertThat(s.byReason().get(ReasonCode.SCALE_APPROVED)).as("approved adds").isGreaterThanOrEqualTo(5);
            assertThat(s.maxEntriesInACycle()).isGreaterThan(1);
            assertThat(held.keySet()).as("reasons adds were held back").hasSizeGreaterThanOrEqualTo(4);
        } else {
            // the baseline: one entry a cycle, every add blocked because scaling is off
            assertThat(s.byReason().get(ReasonCode.SCALE_APPROVED)).isZero();
            assertThat(held.keySet()).containsExactly(ReasonCode.SCALING_DISABLED);
        }
        assertThat(held).as("no sample proposal is malformed").doesNotContainKey(ReasonCode.INVALID_INPUT);
    }

    @ParameterizedTest
    @MethodSource("runFiles")
    void replayCommandPrintsTheSummaryOfEachRun(Path run) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ScaleLabCommand.run(new String[] {"replay", "--summary", run.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode summary = new ObjectMapper().readTree(lines[0]);
        assertThat(summary.get("type").asText()).isEqualTo("summary");
        assertThat(summary.get("cycles").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(summary.get("approvedEntries").asInt()).isGreaterThanOrEqualTo(summary.get("cycles").asInt());
    }

    @ParameterizedTest
    @MethodSource("historyFiles")
    void everyBarFileLoads(Path history) throws FileRefusedException {
        BarSeries bars = BarFiles.load(history);
        assertThat(bars.size()).isBetween(200, 5000);
        assertThat(history.toFile().length()).as("kept small").isLessThan(1_000_000L);
    }

    @Test
    void realMicrosoftFileHasTheDataSetsRowsAndTimes() throws FileRefusedException {
        BarSeries bars = BarFiles.load(HISTORY.resolve("msft-daily-2000-2001.csv"));
        // timeSeries' MSFT: 249 trading days from 2000-09-27 to 2001-09-27 (its help page)
        assertThat(bars.size()).isEqualTo(249);
        assertThat(bars.time()[0]).hasToString("2000-09-27T00:00:00Z");
        assertThat(bars.time()[248]).hasToString("2001-09-27T00:00:00Z");
        assertThat(bars.close()[0]).isEqualTo(60.625);
    }

    @Test
    void esFileCarriesASignalColumnAndTheOthersDoNot() throws FileRefusedException {
        assertThat(BarFiles.load(HISTORY.resolve("es-15min-trend-synthetic.csv")).hasSignal()).isTrue();
        assertThat(BarFiles.load(HISTORY.resolve("stock-daily-range-synthetic.csv")).hasSignal()).isFalse();
    }
}
