package com.scalelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay} through {@link ScaleLabCommand#run}, as a pipeline would call it (replay contract section 4). */
class ReplayCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String POLICY = """
            {
              "schemaVersion": 1,
              "name": "Two-step pyramid",
              "scaling": { "enabled": true, "mode": "PYRAMID", "maxEntries": 2 },
              "limits": { "maxPositionPct": 100, "maxRiskPct": 100 },
              "sizing": { "scale": 0.5 }
            }
            """;

    /** LONG, equity 10000, ATR over 2 bars, a new position at every bar close while flat, 10% notional, stop 1 ATR. */
    private static String run(String extra) {
        return """
                {
                  "schemaVersion": 1,
                  "name": "tiny",
                  "symbol": "T",
                  "direction": "LONG",
                  "bars": "bars.csv",
                  "account": { "equity": 10000 },
                  "market": { "atrPeriod": 2 },
                  "open": { "rule": "EVERY_BAR", "notionalPct": 10 },
                  "stop": { "atr": 1 }
                """ + extra + "}\n";
    }

    private static final String BARS = """
            date,open,high,low,close
            2024-01-01,100,102,98,100
            2024-01-02,100,104,98,100
            2024-01-03,101,106,100,105
            2024-01-04,104,107,103,106
            2024-01-05,100,101,94,96
            2024-01-06,96,100,95,99
            """;

    @TempDir
    Path dir;

    Path inline;
    Path bare;
    Path policy;
    Path bars;

    record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    @BeforeEach
    void writeFiles() throws Exception {
        bars = write("bars.csv", BARS);
        inline = write("run.json", run(",\"policy\": " + POLICY));
        bare = write("bare-run.json", run(""));
        policy = write("policy.json", POLICY);
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private static Run replay(Object... args) {
        List<String> strings = new ArrayList<>(List.of("replay"));
        for (Object a : args) {
            strings.add(a.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ScaleLabCommand.run(strings.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /*
     * The tiny replay by hand (contract 3). n = 2, w = n - 1 = 1, E = 10000, stop 1 ATR, FIXED, scale 0.5.
     * TR_0 = 102 - 98 = 4; TR_1 = max(6, |104-100|, |98-100|) = 6; ATR_1 = (4 + 6) / 2 = 5.
     * t=1 flat: OPEN at 100, quantity 10000 x 10 / 100 / 100 = 10, stop 100 - 5 = 95.
     *     positionPct 10 x 100 / 10000 x 100 = 10; risk 10 x (100 - 95) = 50 -> 0.5 %. SCALE INITIAL_ENTRY.
     * t=2 no exit (open 101 > 95, low 100 > 95). TR_2 = max(6, 6, 0) = 6; ATR_2 = (5 x 1 + 6) / 2 = 5.5.
     *     ADD at 105, quantity 10 x 0.5^1 = 5, stop 95. positionPct (10 + 5) x 105 / 10000 x 100 = 15.75;
     *     risk 50 + 5 x 10 = 100 -> 1 %. move +5 > 0, 2 entries <= 2: SCALE SCALE_APPROVED.
     * t=3 no exit. TR_3 = max(4, 2, 2) = 4; ATR_3 = (5.5 + 4) / 2 = 4.75. ADD at 106, quantity 10 x 0.5^2 = 2.5:
     *     3 entries > maxEntries 2: BLOCK MAX_ENTRIES_REACHED. positionPct 17.5 x 106 / 10000 x 100 = 18.55;
     *     risk 50 + 50 + 2.5 x 11 = 127.5 -> 1.275 %.
     * t=4 open 100 > 95 but low 94 <= 95: STOP at 95. pnl 10 x (95 - 100) + 5 x (95 - 105) = -100, E = 9900;
     *     average (1000 + 525) / 15 = 101.66666666666667. No proposal on the bar of an exit.
     *     TR_4 = max(7, |101-106|, |94-106|) = 12; ATR_4 = (4.75 + 12) / 2 = 8.375.
     * t=5 flat. TR_5 = max(5, 4, 1) = 5; ATR_5 = (8.375 + 5) / 2 = 6.6875. OPEN at 99, quantity 9900 x 10 / 100 / 99
     *     = 10, stop 99 - 6.6875 = 92.3125; positionPct 10 x 99 / 9900 x 100 = 10; risk 10 x 6.6875 = 66.875
     *     -> 66.875 / 9900 x 100 = 0.6755050505050505 (jshell, in the contract's order). SCALE INITIAL_ENTRY.
     * End: END at the last close 99, pnl 0, equity 9900.
     * M: t1 10000, t2 10000 + 50 + 0 = 10050, t3 10000 + 60 + 5 = 10065, t4 9900, t5 9900:
     *     maxDrawdown (10065 - 9900) / 10065 x 100 = 1.639344262295082 (jshell).
     * Summary: 6 bars, 4 decisions, 2 cycles, 3 approved; pnl -100; max entries 2; max position 15.75 %,
     *     max risk 1 %.
     */
    private static final List<String> TINY_LINES = List.of(
            "{\"type\":\"decision\",\"bar\":1,\"time\":\"2024-01-02T00:00:00Z\",\"kind\":\"OPEN\",\"price\":100.0,"
                    + "\"quantity\":10.0,\"atr\":5.0,\"stopPrice\":95.0,\"decision\":\"SCALE\",\"reasonCode\":"
                    + "\"INITIAL_ENTRY\",\"entriesAfter\":1,\"positionPctAfter\":10.0,\"riskPctAfter\":0.5}",
            "{\"type\":\"decision\",\"bar\":2,\"time\":\"2024-01-03T00:00:00Z\",\"kind\":\"ADD\",\"price\":105.0,"
                    + "\"quantity\":5.0,\"atr\":5.5,\"stopPrice\":95.0,\"decision\":\"SCALE\",\"reasonCode\":"
                    + "\"SCALE_APPROVED\",\"entriesAfter\":2,\"positionPctAfter\":15.75,\"riskPctAfter\":1.0}",
            "{\"type\":\"decision\",\"bar\":3,\"time\":\"2024-01-04T00:00:00Z\",\"kind\":\"ADD\",\"price\":106.0,"
                    + "\"quantity\":2.5,\"atr\":4.75,\"stopPrice\":95.0,\"decision\":\"BLOCK\",\"reasonCode\":"
                    + "\"MAX_ENTRIES_REACHED\",\"entriesAfter\":3,\"positionPctAfter\":18.55,\"riskPctAfter\":1.275}",
            "{\"type\":\"exit\",\"bar\":4,\"time\":\"2024-01-05T00:00:00Z\",\"reason\":\"STOP\",\"price\":95.0,"
                    + "\"entries\":2,\"quantity\":15.0,\"averagePrice\":101.66666666666667,\"pnl\":-100.0,"
                    + "\"equityAfter\":9900.0}",
            "{\"type\":\"decision\",\"bar\":5,\"time\":\"2024-01-06T00:00:00Z\",\"kind\":\"OPEN\",\"price\":99.0,"
                    + "\"quantity\":10.0,\"atr\":6.6875,\"stopPrice\":92.3125,\"decision\":\"SCALE\",\"reasonCode\":"
                    + "\"INITIAL_ENTRY\",\"entriesAfter\":1,\"positionPctAfter\":10.0,"
                    + "\"riskPctAfter\":0.6755050505050505}",
            "{\"type\":\"exit\",\"bar\":5,\"time\":\"2024-01-06T00:00:00Z\",\"reason\":\"END\",\"price\":99.0,"
                    + "\"entries\":1,\"quantity\":10.0,\"averagePrice\":99.0,\"pnl\":0.0,\"equityAfter\":9900.0}",
            "{\"type\":\"summary\",\"bars\":6,\"decisions\":4,\"cycles\":2,\"approvedEntries\":3,\"byReason\":{"
                    + "\"INVALID_INPUT\":0,\"SCALING_DISABLED\":0,\"MAX_ENTRIES_REACHED\":1,\"MAX_POSITION_EXCEEDED\":0,"
                    + "\"PENDING_ORDER_CONFLICT\":0,\"LEDGER_MISMATCH\":0,\"RISK_BUDGET_EXCEEDED\":0,"
                    + "\"DIRECTION_CONFLICT\":0,\"MIN_TIME_NOT_ELAPSED\":0,\"MIN_BARS_NOT_ELAPSED\":0,"
                    + "\"SIGNAL_TOO_WEAK\":0,\"PRICE_STRUCTURE_MISMATCH\":0,\"PRICE_SPACING_OUT_OF_RANGE\":0,"
                    + "\"VOLATILITY_OUT_OF_RANGE\":0,\"EXECUTION_INFEASIBLE\":0,\"SCALE_APPROVED\":1,\"INITIAL_ENTRY\":2},"
                    + "\"pnl\":-100.0,\"equityEnd\":9900.0,\"maxEntriesInACycle\":2,\"maxPositionPct\":15.75,"
                    + "\"maxRiskPct\":1.0,\"maxDrawdownPct\":1.639344262295082}");

    @Test
    void aHandComputedTinyReplayPrintsExactlyTheseLines() {
        Run r = replay(inline);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.outLines()).containsExactlyElementsOf(TINY_LINES);
    }

    @Test
    void summaryPrintsOnlyTheSummaryLineAlsoWithTrace() {
        Run r = replay("--summary", inline);
        assertThat(r.code()).isZero();
        assertThat(r.outLines()).containsExactly(TINY_LINES.get(TINY_LINES.size() - 1));
        assertThat(replay("--summary", "--trace", inline).outLines()).containsExactly(TINY_LINES.get(TINY_LINES.size() - 1));
    }

    @Test
    void traceAddsTheFifteenChecksExactlyAsEvaluatePrintsThem() throws Exception {
        Run r = replay("--trace", inline);
        assertThat(r.code()).isZero();
        JsonNode add = JSON.readTree(r.outLines().get(1));
        List<String> names = new ArrayList<>();
        add.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("type", "bar", "time", "kind", "price", "quantity", "atr", "stopPrice",
                "decision", "reasonCode", "entriesAfter", "positionPctAfter", "riskPctAfter", "checks");
        assertThat(add.get("checks")).hasSize(15);
        // Without "checks" the traced line is the plain one.
        String plain = r.outLines().get(1).replaceFirst(",\"checks\":\\[.*]}$", "}");
        assertThat(plain).isEqualTo(TINY_LINES.get(1));

        // The scenario the engine judged at bar 2 (contract 3.3 step 3), written by hand, through evaluate.
        Path scenario = write("bar2.json", """
                {
                  "schemaVersion": 1, "symbol": "T", "account": { "equity": 10000 },
                  "position": { "direction": "LONG", "stopPrice": 95,
                    "entries": [ { "price": 100, "quantity": 10, "time": "2024-01-02T00:00:00Z", "bar": 1 } ] },
                  "broker": { "positionQuantity": 10 },
                  "market": { "atr": 5.5, "spreadBps": 0 },
                  "proposed": { "direction": "LONG", "price": 105, "quantity": 5,
                                "time": "2024-01-03T00:00:00Z", "bar": 2, "signalQuality": 1 }
                }
                """);
        StringWriter out = new StringWriter();
        int code = ScaleLabCommand.run(new String[] {"evaluate", "--policy", policy.toString(), scenario.toString()},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        String evaluated = out.toString().trim();
        String evaluateChecks = evaluated.substring(evaluated.indexOf("\"checks\":"), evaluated.indexOf(",\"metrics\":"));
        String replayLine = r.outLines().get(1);
        assertThat(replayLine.substring(replayLine.indexOf("\"checks\":"), replayLine.length() - 1))
                .isEqualTo(evaluateChecks);
    }

    @Test
    void theInlinePolicyWinsOverPolicyAndPolicyServesARunWithout() throws Exception {
        Path looser = write("three.json", POLICY.replace("\"maxEntries\": 2", "\"maxEntries\": 3"));
        Run withInline = replay("--policy", looser, inline);
        assertThat(withInline.code()).isZero();
        assertThat(withInline.outLines()).containsExactlyElementsOf(TINY_LINES);

        Run withoutInline = replay("--policy", looser, bare);
        assertThat(withoutInline.code()).isZero();
        // maxEntries 3 lets the third entry in at bar 3.
        assertThat(JSON.readTree(withoutInline.outLines().get(2)).get("reasonCode").asText()).isEqualTo("SCALE_APPROVED");
    }

    @Test
    void aRunWithNeitherInlinePolicyNorPolicyIsALoadError() {
        Run r = replay(bare);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().trim()).isEqualTo(bare + ": policy: the run has no inline policy and no --policy was given;"
                + " add a \"policy\" object to the run or run with --policy POLICY");
    }

    @Test
    void aPolicyThatCannotBeLoadedIsALoadErrorEvenWithAnInlinePolicy() {
        Run r = replay("--policy", dir.resolve("nope.json"), inline);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().trim()).isEqualTo(dir.resolve("nope.json") + ": (file): no such file");
    }

    @Test
    void barsWinsOverTheRunsBarsAndTheRunsBarsAreRelativeToItsFolder() throws Exception {
        // The run in a sub-folder names bars.csv next to itself, which does not exist there.
        Path nested = write("runs/run.json", run(",\"policy\": " + POLICY));
        Run missing = replay(nested);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().trim()).isEqualTo(dir.resolve("runs").toAbsolutePath().resolve("bars.csv")
                + ": (file): no such file");

        Run given = replay("--bars", bars, nested);
        assertThat(given.code()).isZero();
        assertThat(given.outLines()).containsExactlyElementsOf(TINY_LINES);

        write("runs/bars.csv", BARS);
        assertThat(replay(nested).outLines()).containsExactlyElementsOf(TINY_LINES);
    }

    @Test
    void aRunWithoutBarsNeedsBars() throws Exception {
        Path noBars = write("no-bars.json", run(",\"policy\": " + POLICY).replace("\"bars\": \"bars.csv\",", ""));
        Run r = replay(noBars);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().trim()).isEqualTo(noBars + ": bars: the run names no bar file and no --bars was given; add "
                + "\"bars\": \"FILE\" to the run or run with --bars BARS");
        assertThat(replay("--bars", bars, noBars).outLines()).containsExactlyElementsOf(TINY_LINES);
    }

    @Test
    void aBadBarFileIsReportedByLineOnStderrWithoutAStackTrace() throws Exception {
        Path bad = write("bad.csv", BARS.replace("2024-01-04,104,107,103,106", "2024-01-04,104,null,103,106"));
        Run r = replay("--bars", bad, inline);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        // Line 5 of the file; "2024-01-04,104," is 15 characters, so high starts at column 16.
        assertThat(r.err().trim()).isEqualTo(bad + ":5:16: high: expected a price (a number above 0); got \"null\"");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void tooFewBarsForTheWarmUpIsALoadError() throws Exception {
        Path shortBars = write("short.csv", "date,open,high,low,close\n2024-01-01,100,102,98,100\n");
        Run r = replay("--bars", shortBars, inline);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().trim()).isEqualTo(shortBars + ": (file): has 1 bar; fewer bars than the run's warm-up "
                + "needs: at least 2 (the run's warm-up is atrPeriod - 1 = 1 bar, and it needs one more bar to act on)");
    }

    @Test
    void aBadRunFileIsALoadErrorWithItsLineAndPath() throws Exception {
        Path bad = write("bad-run.json", run("").replace("\"notionalPct\": 10", "\"notionalPct\": 1001"));
        Run r = replay("--policy", policy, bad);
        assertThat(r.code()).isEqualTo(1);
        // Line 9: '  "open": { "rule": "EVERY_BAR", "notionalPct": ' is 48 characters, the value starts at 49.
        assertThat(r.err().trim()).isEqualTo(bad + ":9:49: open.notionalPct: must be above 0 and at most 1000 (% of "
                + "equity put into the initial entry); got 1001");
    }

    @Test
    void usageErrorsExitTwo() {
        Run none = replay();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("Missing required parameter: 'RUN'").contains("Usage: scalelab replay");
        assertThat(replay("--bar", bars, inline).code()).isEqualTo(2);
        assertThat(replay(inline, bare).code()).isEqualTo(2);
    }

    @Test
    void helpListsTheOptionsAndExitCodes() {
        Run help = replay("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--policy=POLICY", "--bars=BARS", "--trace", "--summary", "RUN", "Exit codes");
    }
}
