package com.scalelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep} and {@code diff} as a pipeline calls them, on a seeded synthetic daily trend
 * (fixed seed: the files are the same every run) with a breakout run and a pyramid policy.
 */
class TuningCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String POLICY = """
            {"schemaVersion": 1, "name": "Trend pyramid",
             "scaling": {"enabled": true, "mode": "PYRAMID", "maxEntries": 4},
             "limits": {"maxPositionPct": 40.0, "maxRiskPct": 3.0},
             "qualification": {"minBarsBetween": 2, "minSignalQuality": 0.5, "minSpacingAtr": 1.5, "maxSpacingAtr": 4.0},
             "sizing": {"scale": 0.5}}
            """;
    /** Looser: adds sooner (1 ATR) and more of them (6): approves adds A held back. */
    static final String LOOSER = POLICY.replace("\"minSpacingAtr\": 1.5", "\"minSpacingAtr\": 0.5")
            .replace("\"maxEntries\": 4", "\"maxEntries\": 6");
    /** Tighter: a signal quality the run's 0.8 never reaches: no add at all, opens still pass. */
    static final String TIGHTER = POLICY.replace("\"minSignalQuality\": 0.5", "\"minSignalQuality\": 0.9");

    @TempDir
    Path dir;
    Path run;
    Path policyA;
    Path looser;
    Path tighter;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\r?\n"));
        }

        List<JsonNode> json() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String l : lines()) {
                nodes.add(JSON.readTree(l));
            }
            return nodes;
        }
    }

    static Run cli(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ScaleLabCommand.run(Stream.of(args).map(Object::toString).toArray(String[]::new),
                new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void files() throws Exception {
        StringBuilder csv = new StringBuilder("date,open,high,low,close\n");
        Random r = new Random(7);
        double price = 100;
        LocalDate day = LocalDate.parse("2024-01-01");
        for (int t = 0; t < 400; t++) {
            double open = price * (1 + (r.nextDouble() - 0.5) * 0.01);
            double close = open * (1 + 0.002 + r.nextGaussian() * 0.015);
            double high = Math.max(open, close) * (1 + r.nextDouble() * 0.01);
            double low = Math.min(open, close) * (1 - r.nextDouble() * 0.01);
            csv.append(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.2f%n", day.plusDays(t), open,
                    Math.max(high, Math.max(open, close) + 0.01), Math.min(low, Math.min(open, close) - 0.01), close));
            price = close;
        }
        Files.writeString(dir.resolve("trend.csv"), csv);
        run = dir.resolve("run.json");
        Files.writeString(run, """
                {"schemaVersion": 1, "name": "trend", "direction": "LONG", "bars": "trend.csv",
                 "account": {"equity": 100000}, "open": {"rule": "BREAKOUT", "lookback": 20, "notionalPct": 10},
                 "adds": {"signalQuality": 0.8}, "stop": {"atr": 3.0, "mode": "FROM_AVERAGE"},
                 "exit": {"takeProfitPct": 15}}
                """);
        policyA = write("a.json", POLICY);
        looser = write("looser.json", LOOSER);
        tighter = write("tighter.json", TIGHTER);
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void sweepPrintsOneRowPerCellAndEachCellIsThatReplay() throws Exception {
        Run s = cli("sweep", "--policy", policyA, "--x", "qualification.minSpacingAtr=0.5:2.5:3",
                "--y", "scaling.maxEntries=2:6:3", run);
        assertThat(s.code()).as(s.err()).isZero();
        List<String> rows = s.lines();
        assertThat(rows.get(0)).isEqualTo("qualification.minSpacingAtr,scaling.maxEntries,valid,pnl,maxDrawdownPct,"
                + "approvedEntries,cycles,maxRiskPct,topHoldingReason,invalid");
        assertThat(rows).hasSize(1 + 9);
        // the cell (1.5, 4) is policy A as it is: the same figures as replaying A
        JsonNode summary = cli("replay", "--summary", "--policy", policyA, run).json().get(0);
        String[] cell = rows.stream().filter(l -> l.startsWith("1.5,4,")).findFirst().orElseThrow().split(",", -1);
        assertThat(cell[2]).isEqualTo("true");
        assertThat(Double.parseDouble(cell[3])).isEqualTo(summary.get("pnl").asDouble());
        assertThat(Double.parseDouble(cell[4])).isEqualTo(summary.get("maxDrawdownPct").asDouble());
        assertThat(Integer.parseInt(cell[5])).isEqualTo(summary.get("approvedEntries").asInt());
        assertThat(Integer.parseInt(cell[6])).isEqualTo(summary.get("cycles").asInt());
        assertThat(s.err()).contains("9 cells (0 invalid) over 400 bars").contains("best pnl: ")
                .contains("the policy as it is: ");
    }

    @Test
    void aSweepCellThePolicyRulesRefuseIsListedAsInvalid() {
        Run s = cli("sweep", "--policy", policyA, "--x", "qualification.minSpacingAtr=1:5:2",
                "--y", "qualification.maxSpacingAtr=2:4:2", "--out", dir.resolve("grid.csv"), run);
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(s.out()).isEmpty();
        assertThat(s.err()).contains("4 cells (2 invalid)");
    }

    @Test
    void sweepUsageErrorsSayWhatWasExpected() {
        Run badField = cli("sweep", "--policy", policyA, "--x", "qualification.minSpacing=1:2:2",
                "--y", "scaling.maxEntries=2:6:3", run);
        assertThat(badField.code()).isEqualTo(2);
        assertThat(badField.err()).contains("--x must be FIELD=FROM:TO:STEPS with FIELD one of")
                .contains("qualification.minSpacingAtr");
        assertThat(cli("sweep", "--policy", policyA, "--x", "scaling.maxEntries=1:2:2", "--y",
                "scaling.maxEntries=2:6:3", run).code()).isEqualTo(2);
        assertThat(cli("sweep", "--policy", policyA, "--x", "stop.atr=1:2:2", "--y", "scaling.maxEntries=2:6:3",
                "--figure", "sharpe", run).err()).contains("--figure must be one of pnl, maxDrawdownPct");
        Run missing = cli("sweep", "--policy", policyA, "--x", "stop.atr=1:2:2", "--y", "scaling.maxEntries=2:6:3",
                dir.resolve("no-such-run.json"));
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).doesNotContain("Exception");
    }

    @Test
    void aPolicyComparedWithItselfHasNoDifferences() throws Exception {
        Run d = cli("diff", "--policy", policyA, "--policy", policyA, "--no-new-scale", "--run", run);
        assertThat(d.code()).as(d.err()).isZero();
        List<JsonNode> lines = d.json();
        assertThat(lines).hasSize(1);
        JsonNode summary = lines.get(0);
        assertThat(summary.get("type").asText()).isEqualTo("summary");
        assertThat(summary.get("fieldDifferences").asInt()).isZero();
        assertThat(summary.get("barDifferences").asInt()).isZero();
        assertThat(summary.get("newScale").asInt()).isZero();
        assertThat(summary.get("replayA")).isEqualTo(summary.get("replayB"));
    }

    @Test
    void aLoosenedPolicyFailsTheGateAndListsTheFieldsAndTheBars() throws Exception {
        Run d = cli("diff", "--policy", policyA, "--policy", looser, "--no-new-scale", "--run", run);
        assertThat(d.code()).as(d.err()).isEqualTo(4);
        List<JsonNode> lines = d.json();
        assertThat(lines).filteredOn(l -> l.get("type").asText().equals("field"))
                .extracting(l -> l.get("path").asText() + ": " + l.get("a") + " -> " + l.get("b"))
                .containsExactly("scaling.maxEntries: 4 -> 6", "qualification.minSpacingAtr: 1.5 -> 0.5");
        List<JsonNode> bars = lines.stream().filter(l -> l.get("type").asText().equals("bar")).toList();
        assertThat(bars).isNotEmpty();
        assertThat(bars).anyMatch(l -> l.get("newScale").asBoolean() && l.get("b").get("decision").asText().equals("SCALE"));
        JsonNode summary = lines.get(lines.size() - 1);
        assertThat(summary.get("barDifferences").asInt()).isEqualTo(bars.size());
        assertThat(summary.get("newScale").asInt()).isEqualTo((int) bars.stream().filter(l -> l.get("newScale").asBoolean()).count());
        assertThat(d.err()).contains("B gives SCALE in ");
        // without the gate the same comparison exits 0
        assertThat(cli("diff", "--policy", policyA, "--policy", looser, "--run", run).code()).isZero();
    }

    @Test
    void aTightenedPolicyPassesTheGate() throws Exception {
        // no add passes a 0.9 signal minimum at the run's 0.8. The walks drift apart (B, never adding,
        // exits and re-opens at other bars), yet judged on the same scenarios B approves nothing A refuses
        Run d = cli("diff", "--policy", policyA, "--policy", tighter, "--no-new-scale", "--run", run);
        assertThat(d.code()).as(d.out()).isZero();
        List<JsonNode> bars = d.json().stream().filter(l -> l.get("type").asText().equals("bar")).toList();
        assertThat(bars).isNotEmpty().noneMatch(l -> l.get("newScale").asBoolean());
    }

    @Test
    void overScenariosTheGateFailsExactlyOnANewScale() throws Exception {
        // A (1.5 ATR minimum) skips an add 1 ATR away; the looser B (0.5) approves it; the tighter keeps it skipped
        Path oneAtr = write("one-atr.json", """
                {"schemaVersion": 1, "symbol": "ES", "account": {"equity": 100000},
                 "position": {"direction": "LONG", "stopPrice": 95.0,
                   "entries": [{"price": 100.0, "quantity": 10, "time": "2026-01-05T14:30:00Z", "bar": 120}]},
                 "broker": {"positionQuantity": 10}, "market": {"atr": 2.0, "spreadBps": 4.0},
                 "proposed": {"direction": "LONG", "price": 102.0, "quantity": 5,
                              "time": "2026-01-05T16:00:00Z", "bar": 126, "signalQuality": 0.8}}
                """);
        Run loose = cli("diff", "--policy", policyA, "--policy", looser, "--no-new-scale", oneAtr);
        assertThat(loose.code()).isEqualTo(4);
        JsonNode line = loose.json().stream().filter(l -> l.get("type").asText().equals("scenario")).findFirst().orElseThrow();
        assertThat(line.get("a").get("reasonCode").asText()).isEqualTo("PRICE_SPACING_OUT_OF_RANGE");
        assertThat(line.get("b").get("reasonCode").asText()).isEqualTo("SCALE_APPROVED");
        assertThat(line.get("newScale").asBoolean()).isTrue();

        Run tight = cli("diff", "--policy", policyA, "--policy", tighter, "--no-new-scale", oneAtr);
        assertThat(tight.code()).isZero();
        // both skip, for different reasons (spacing first in contract order for A, signal first for B)
        JsonNode t = tight.json().stream().filter(l -> l.get("type").asText().equals("scenario")).findFirst().orElseThrow();
        assertThat(t.get("a").get("reasonCode").asText()).isEqualTo("PRICE_SPACING_OUT_OF_RANGE");
        assertThat(t.get("b").get("reasonCode").asText()).isEqualTo("SIGNAL_TOO_WEAK");
        assertThat(t.get("newScale").asBoolean()).isFalse();
    }

    @Test
    void diffUsageAndLoadErrors() {
        assertThat(cli("diff", "--policy", policyA, run).code()).isEqualTo(2);
        assertThat(cli("diff", "--policy", policyA, "--policy", looser).err()).contains("nothing to compare on");
        Run bad = cli("diff", "--policy", policyA, "--policy", dir.resolve("none.json"), "--run", run);
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("none.json").doesNotContain("Exception");
    }
}
