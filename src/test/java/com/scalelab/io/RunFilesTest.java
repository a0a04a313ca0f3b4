package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scalelab.engine.Direction;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.OpenRule;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.replay.StopMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Run files of replay contract section 2: as strict as policy files, saved canonically. */
class RunFilesTest {
    /** The contract's run without its inline policy; line numbers in the catalogue refer to this text. */
    static final String RUN = """
            {
              "schemaVersion": 1,
              "name": "DAX trend pyramid, daily",
              "symbol": "DAX",
              "direction": "LONG",
              "bars": "dax-daily.csv",
              "account": { "equity": 100000 },
              "market": { "atrPeriod": 14, "spreadBps": 2.0 },
              "open": { "rule": "BREAKOUT", "lookback": 20, "notionalPct": 5.0 },
              "adds": { "signalQuality": 0.8 },
              "stop": { "atr": 3.0, "mode": "FIXED" },
              "exit": { "takeProfitPct": 6.0 }
            }
            """;

    private static String runWith(String from, String to) {
        assertThat(RUN).contains(from);
        return RUN.replace(from, to);
    }

    @Test
    void theContractsRunLoadsWithEveryValue() throws Exception {
        Loaded<RunFile> loaded = RunFiles.parseWithWarnings(RUN, "r.json", Path.of("runs"));
        RunFile f = loaded.value();
        assertThat(f.settings()).isEqualTo(new RunSettings("DAX trend pyramid, daily", "DAX", Direction.LONG,
                "dax-daily.csv", 100000, 14, 2.0, OpenRule.BREAKOUT, 20, 5.0, 0.8, 3.0, StopMode.FIXED, 6.0));
        assertThat(f.inlinePolicy()).isNull();
        assertThat(f.barsPath()).isEqualTo(Path.of("runs", "dax-daily.csv"));
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void aMinimalRunTakesTheContractsDefaults() throws Exception {
        RunFile f = RunFiles.parse("""
                { "schemaVersion": 1, "direction": "SHORT", "account": { "equity": 5000 },
                  "open": { "rule": "EVERY_BAR", "notionalPct": 10 }, "stop": { "atr": 2 } }
                """, "min.json");
        // name "", symbol "", no bars, atrPeriod 14, spreadBps 0, no lookback, signalQuality 1, FIXED, no take-profit
        assertThat(f.settings()).isEqualTo(new RunSettings("", "", Direction.SHORT, null, 5000, 14, 0.0,
                OpenRule.EVERY_BAR, null, 10, 1.0, 2.0, StopMode.FIXED, null));
        assertThat(f.barsPath()).isNull();
        assertThat(f.settings().warmUp()).isEqualTo(13);
    }

    @Test
    void anInlinePolicyIsLoadedLikeAPolicyFileWithItsWarnings() throws Exception {
        String withPolicy = RUN.replace("\"exit\": { \"takeProfitPct\": 6.0 }", "\"exit\": { \"takeProfitPct\": 6.0 },\n"
                + "  \"policy\": " + TestFiles.POLICY.replace("\"maxEntries\": 4", "\"maxEntries\": 1").strip());
        Loaded<RunFile> loaded = RunFiles.parseWithWarnings(withPolicy, "r.json", null);
        assertThat(loaded.value().inlinePolicy()).isEqualTo(PolicyFiles.parse(
                TestFiles.POLICY.replace("\"maxEntries\": 4", "\"maxEntries\": 1"), "p.json"));
        assertThat(loaded.warnings()).map(FileProblem::toString).singleElement().asString()
                .endsWith("policy.scaling.maxEntries: warning: scaling is enabled but maxEntries is 1, so no add can "
                        + "ever pass");
    }

    @Test
    void anInvalidInlinePolicyIsALoadErrorNamingItsPath() {
        String bad = RUN.replace("\"exit\": { \"takeProfitPct\": 6.0 }", "\"exit\": { \"takeProfitPct\": 6.0 },\n"
                + "  \"policy\": " + TestFiles.POLICY.replace("\"maxRiskPct\": 2.0", "\"maxRiskPct\": -2").strip());
        assertThatThrownBy(() -> RunFiles.parse(bad, "r.json")).isInstanceOfSatisfying(FileRefusedException.class,
                e -> assertThat(e.problems()).map(FileProblem::toString).singleElement().asString()
                        .endsWith("policy.limits.maxRiskPct: must be a finite number above 0 and at most 100 "
                                + "(% of equity); got -2"));
    }

    private static final String KNOWN = "schemaVersion, name, symbol, direction, bars, account, market, open, adds, "
            + "stop, exit, policy";

    static Stream<Arguments> badRuns() {
        return Stream.of(
                // Columns: line 7 equity value 26; line 8 atrPeriod 28, spreadBps 45; line 9 rule 21, lookback 45,
                // notionalPct 64; line 10 signalQuality 30; line 11 atr 20, mode 33; line 12 takeProfitPct 30.
                Arguments.of("signal 1.2", runWith("\"signalQuality\": 0.8", "\"signalQuality\": 1.2"),
                        List.of("r.json:10:30: adds.signalQuality: must be a number from 0 to 1 (the signal quality of "
                                + "every proposal when the bar file has no signal column); got 1.2")),
                Arguments.of("lookback for EVERY_BAR", runWith("\"BREAKOUT\"", "\"EVERY_BAR\""),
                        // "EVERY_BAR" is one character longer than "BREAKOUT": the field name moves from 33 to 34.
                        List.of("r.json:9:34: open.lookback: EVERY_BAR opens at every bar close and looks back at no "
                                + "bars; leave 'lookback' out (it is for BREAKOUT and PULLBACK)")),
                Arguments.of("no lookback for BREAKOUT", runWith("\"lookback\": 20, ", ""),
                        List.of("r.json:9:11: open.lookback: missing required field 'lookback' (a whole number from 1 "
                                + "to 1000): BREAKOUT compares the close with the previous lookback bars")),
                Arguments.of("lookback 7.9", runWith("\"lookback\": 20", "\"lookback\": 7.9"),
                        List.of("r.json:9:45: open.lookback: expected a whole number; got the number 7.9")),
                Arguments.of("lookback 1001", runWith("\"lookback\": 20", "\"lookback\": 1001"),
                        List.of("r.json:9:45: open.lookback: must be a whole number from 1 to 1000 (bars before the "
                                + "close that BREAKOUT compares with); got 1001")),
                Arguments.of("lookback beyond an int", runWith("\"lookback\": 20", "\"lookback\": 99999999999"),
                        List.of("r.json:9:45: open.lookback: must be a whole number from 1 to 1000 (bars before the "
                                + "close that BREAKOUT compares with); got 99999999999")),
                Arguments.of("atrPeriod beyond an int", runWith("\"atrPeriod\": 14", "\"atrPeriod\": -99999999999"),
                        List.of("r.json:8:28: market.atrPeriod: must be a whole number from 1 to 1000 (bars in the "
                                + "ATR); got -99999999999")),
                Arguments.of("missing direction", runWith("  \"direction\": \"LONG\",\n", ""),
                        List.of("r.json:1:1: direction: missing required field 'direction' (one of LONG, SHORT)")),
                Arguments.of("lower-case direction", runWith("\"LONG\"", "\"long\""),
                        List.of("r.json:5:16: direction: expected one of LONG, SHORT (a string, in capitals); got the "
                                + "string \"long\"")),
                Arguments.of("equity 0", runWith("\"equity\": 100000", "\"equity\": 0"),
                        List.of("r.json:7:26: account.equity: must be a finite number above 0 (the account's cash "
                                + "equity); got 0")),
                Arguments.of("equity as a string", runWith("\"equity\": 100000", "\"equity\": \"100000\""),
                        List.of("r.json:7:26: account.equity: expected a number without quotes; got the string "
                                + "\"100000\"")),
                Arguments.of("notionalPct 1001", runWith("\"notionalPct\": 5.0", "\"notionalPct\": 1001"),
                        List.of("r.json:9:64: open.notionalPct: must be above 0 and at most 1000 (% of equity put into "
                                + "the initial entry); got 1001")),
                Arguments.of("notionalPct 0", runWith("\"notionalPct\": 5.0", "\"notionalPct\": 0"),
                        List.of("r.json:9:64: open.notionalPct: must be above 0 and at most 1000 (% of equity put into "
                                + "the initial entry); got 0")),
                Arguments.of("atrPeriod 7.9", runWith("\"atrPeriod\": 14", "\"atrPeriod\": 7.9"),
                        List.of("r.json:8:28: market.atrPeriod: expected a whole number; got the number 7.9")),
                Arguments.of("atrPeriod 0", runWith("\"atrPeriod\": 14", "\"atrPeriod\": 0"),
                        List.of("r.json:8:28: market.atrPeriod: must be a whole number from 1 to 1000 (bars in the "
                                + "ATR); got 0")),
                Arguments.of("negative spread", runWith("\"spreadBps\": 2.0", "\"spreadBps\": -1"),
                        List.of("r.json:8:45: market.spreadBps: must be a finite number at or above 0 (basis points); "
                                + "got -1")),
                Arguments.of("stop 0 ATR", runWith("\"atr\": 3.0", "\"atr\": 0"),
                        List.of("r.json:11:20: stop.atr: must be a finite number above 0 (the stop's distance from the "
                                + "entry in ATRs); got 0")),
                Arguments.of("lower-case stop mode", runWith("\"FIXED\"", "\"fixed\""),
                        List.of("r.json:11:33: stop.mode: expected one of FIXED, FROM_AVERAGE (a string, in capitals); "
                                + "got the string \"fixed\"")),
                Arguments.of("unknown open rule", runWith("\"BREAKOUT\"", "\"DONCHIAN\""),
                        List.of("r.json:9:21: open.rule: expected one of EVERY_BAR, BREAKOUT, PULLBACK (a string, in "
                                + "capitals); got the string \"DONCHIAN\"")),
                Arguments.of("take-profit 0", runWith("\"takeProfitPct\": 6.0", "\"takeProfitPct\": 0"),
                        List.of("r.json:12:30: exit.takeProfitPct: must be a finite number above 0 (% from the average "
                                + "price); leave it out for no take-profit; got 0")),
                Arguments.of("take-profit null", runWith("\"takeProfitPct\": 6.0", "\"takeProfitPct\": null"),
                        List.of("r.json:12:30: exit.takeProfitPct: expected a number (leave the field out to set none); "
                                + "got null")),
                Arguments.of("unknown field with a likely typo", runWith("\"takeProfitPct\"", "\"takeProfit\""),
                        List.of("r.json:12:13: exit.takeProfit: unknown field 'takeProfit' (did you mean "
                                + "'takeProfitPct'?); known fields: takeProfitPct")),
                Arguments.of("unknown top-level field", runWith("\"adds\"", "\"add\""),
                        List.of("r.json:10:3: add: unknown field 'add' (did you mean 'adds'?); known fields: " + KNOWN)),
                Arguments.of("newer schemaVersion", runWith("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
                        List.of("r.json:2:20: schemaVersion: schemaVersion 2 is newer than this program knows (1); "
                                + "upgrade ScaleLab to read this run file")),
                Arguments.of("schemaVersion missing", runWith("  \"schemaVersion\": 1,\n", ""),
                        List.of("r.json:1:1: schemaVersion: missing required field 'schemaVersion' (a whole number); "
                                + "this program reads run files of schemaVersion 1")),
                Arguments.of("missing open", runWith("  \"open\": { \"rule\": \"BREAKOUT\", \"lookback\": 20, "
                                + "\"notionalPct\": 5.0 },\n", ""),
                        List.of("r.json:1:1: open: missing required field 'open' (an object { ... })")),
                Arguments.of("empty bars", runWith("\"dax-daily.csv\"", "\"\""),
                        List.of("r.json:6:11: bars: an empty path; name the bar file, or leave the field out and give "
                                + "--bars")),
                Arguments.of("bars as a number", runWith("\"dax-daily.csv\"", "5"),
                        List.of("r.json:6:11: bars: expected a string in double quotes; got the number 5")),
                Arguments.of("several problems, all listed", runWith("\"equity\": 100000", "\"equity\": -1")
                                .replace("\"atr\": 3.0", "\"atr\": -3"),
                        List.of("r.json:7:26: account.equity: must be a finite number above 0 (the account's cash "
                                + "equity); got -1",
                                "r.json:11:20: stop.atr: must be a finite number above 0 (the stop's distance from the "
                                        + "entry in ATRs); got -3")),
                Arguments.of("a policy file given as a run", TestFiles.POLICY,
                        List.of("r.json:1:1: (root): this is a policy file (it has 'scaling' or 'limits'), not a run "
                                + "file; give it to replay with --policy, or put it in the run's \"policy\" field")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRuns")
    void badRunFilesAreRefusedWithFileLineColumnAndPath(String label, String text, List<String> expected) {
        assertThatThrownBy(() -> RunFiles.parse(text, "r.json"))
                .isInstanceOfSatisfying(FileRefusedException.class, e ->
                        assertThat(e.problems()).map(FileProblem::toString).containsExactlyElementsOf(expected));
    }

    @Test
    void aDuplicateKeyIsRefused() {
        assertThatThrownBy(() -> RunFiles.parse(runWith("\"equity\": 100000", "\"equity\": 100000, \"equity\": 5"),
                "r.json")).isInstanceOfSatisfying(FileRefusedException.class, e ->
                assertThat(e.problems()).map(FileProblem::toString).singleElement().asString()
                        .startsWith("r.json:7:").endsWith(
                                "account.equity: duplicate field 'equity'; each field may appear only once"));
    }

    // --- saving

    @TempDir
    Path dir;

    @Test
    void savesCanonicallyInContractOrderAndLoadsBackTheSame() throws Exception {
        RunFile f = RunFiles.parse(RUN, "r.json");
        Path file = dir.resolve("run.json");
        RunFiles.save(f.settings(), null, file);
        assertThat(Files.readString(file)).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "name": "DAX trend pyramid, daily",
                  "symbol": "DAX",
                  "direction": "LONG",
                  "bars": "dax-daily.csv",
                  "account": {
                    "equity": 100000.0
                  },
                  "market": {
                    "atrPeriod": 14,
                    "spreadBps": 2.0
                  },
                  "open": {
                    "rule": "BREAKOUT",
                    "lookback": 20,
                    "notionalPct": 5.0
                  },
                  "adds": {
                    "signalQuality": 0.8
                  },
                  "stop": {
                    "atr": 3.0,
                    "mode": "FIXED"
                  },
                  "exit": {
                    "takeProfitPct": 6.0
                  }
                }
                """);
        RunFile back = RunFiles.load(file);
        assertThat(back.settings()).isEqualTo(f.settings());
        assertThat(back.barsPath()).isEqualTo(dir.toAbsolutePath().resolve("dax-daily.csv"));
    }

    @Test
    void anInvalidRunIsNotSavedAndTheOldFileStays() throws Exception {
        Path file = dir.resolve("run.json");
        Files.writeString(file, RUN);
        RunSettings bad = RunFiles.parse(RUN, "r.json").settings();
        RunSettings zeroEquity = new RunSettings(bad.name(), bad.symbol(), bad.direction(), bad.bars(), 0,
                bad.atrPeriod(), bad.spreadBps(), OpenRule.EVERY_BAR, 20, bad.notionalPct(), bad.signalQuality(),
                bad.stopAtr(), bad.stopMode(), bad.takeProfitPct());
        assertThatThrownBy(() -> RunFiles.save(zeroEquity, null, file))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> assertThat(e.problems())
                        .map(FileProblem::toString).containsExactly(
                                file + ": account.equity: must be a finite number above 0 (the account's cash equity);"
                                        + " got 0",
                                file + ": open.lookback: EVERY_BAR looks back at no bars; leave it unset"));
        assertThat(Files.readString(file)).isEqualTo(RUN);
    }

    @Test
    void randomRunsSurviveASaveAndLoadUnchanged() throws Exception {
        long seed = Long.getLong("scalelab.seed", 20261202L);
        System.out.println("RunFilesTest round trip seed: " + seed + " (rerun with -Dscalelab.seed=" + seed + ")");
        Random r = new Random(seed);
        for (int i = 0; i < 300; i++) {
            RunSettings s = randomRun(r);
            ScalingPolicy p = r.nextBoolean() ? null : TestFiles.randomValidPolicy(r);
            assertThat(RunFiles.problems(s)).as("generator, seed %d case %d", seed, i).isEmpty();
            String json = RunFiles.toJson(s, p);
            RunFile back;
            try {
                back = RunFiles.parse(json, "random.json");
            } catch (FileRefusedException e) {
                throw new AssertionError("seed " + seed + " case " + i + " refused:\n" + e.getMessage() + "\n" + json);
            }
            assertThat(back.settings()).as("seed %d case %d:%n%s", seed, i, json).isEqualTo(s);
            assertThat(back.inlinePolicy()).as("seed %d case %d:%n%s", seed, i, json).isEqualTo(p);
            assertThat(RunFiles.toJson(back.settings(), back.inlinePolicy())).isEqualTo(json);
        }
    }

    static RunSettings randomRun(Random r) {
        OpenRule rule = OpenRule.values()[r.nextInt(3)];
        return new RunSettings(r.nextBoolean() ? "" : TestFiles.words(r, 3), r.nextBoolean() ? "" : TestFiles.words(r, 1),
                r.nextBoolean() ? Direction.LONG : Direction.SHORT,
                r.nextBoolean() ? null : "bars/" + r.nextInt(100) + " daily.csv",
                TestFiles.awkward(r, 1e-3, 1e9), 1 + r.nextInt(1000), r.nextBoolean() ? 0 : TestFiles.awkward(r, 0, 500),
                rule, rule == OpenRule.EVERY_BAR ? null : 1 + r.nextInt(1000), TestFiles.awkward(r, 1e-6, 1000),
                r.nextDouble(), TestFiles.awkward(r, 1e-6, 50), r.nextBoolean() ? StopMode.FIXED : StopMode.FROM_AVERAGE,
                r.nextBoolean() ? null : TestFiles.awkward(r, 1e-6, 100));
    }
}
