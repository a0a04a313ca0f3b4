package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.audit.Rfc4180Reader;
import com.scalelab.engine.Decision;
import com.scalelab.engine.Metrics;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.replay.ExitReason;
import com.scalelab.engine.replay.ProposalKind;
import com.scalelab.engine.replay.ReplayCycle;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayExit;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.engine.replay.ReplaySummary;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay lines of contract section 4 from hand-made records (the walk is tested on its own). */
class ReplayJsonTest {
    static final Instant T57 = Instant.parse("1991-09-18T00:00:00Z");

    /** The contract's example decision line. */
    static final ReplayDecision SKIP = new ReplayDecision(57, T57, ProposalKind.ADD, 1702.1, 1.47, 21.3, 1580.4,
            Decision.SKIP, ReasonCode.MIN_BARS_NOT_ELAPSED, new Metrics(3, 7.5, 900, 0.9, 1700, 1.47));

    static final ReplayDecision INVALID = new ReplayDecision(58, Instant.parse("1991-09-19T00:00:00Z"),
            ProposalKind.ADD, 1702.1, 1.0e-5, 0.0, 1580.4, Decision.BLOCK, ReasonCode.INVALID_INPUT, null);

    static final ReplayExit STOP = new ReplayExit(80, Instant.parse("1991-10-25T00:00:00Z"), ExitReason.STOP, 1580.4,
            3, 4.41, 1690.2, -484.2, 99515.8);

    @Test
    void aDecisionLineHasTheContractsFieldsInOrder() {
        assertThat(ReplayJson.decision(SKIP, null)).isEqualTo("{\"type\":\"decision\",\"bar\":57,"
                + "\"time\":\"1991-09-18T00:00:00Z\",\"kind\":\"ADD\",\"price\":1702.1,\"quantity\":1.47,\"atr\":21.3,"
                + "\"stopPrice\":1580.4,\"decision\":\"SKIP\",\"reasonCode\":\"MIN_BARS_NOT_ELAPSED\","
                + "\"entriesAfter\":3,\"positionPctAfter\":7.5,\"riskPctAfter\":0.9}");
    }

    @Test
    void invalidInputHasNullMetricsAndSmallNumbersPrintAsEvaluatePrintsThem() {
        // 1.0E-5 is how evaluate's writer (Jackson, Double.toString) prints 0.00001.
        assertThat(ReplayJson.decision(INVALID, null)).isEqualTo("{\"type\":\"decision\",\"bar\":58,"
                + "\"time\":\"1991-09-19T00:00:00Z\",\"kind\":\"ADD\",\"price\":1702.1,\"quantity\":1.0E-5,\"atr\":0.0,"
                + "\"stopPrice\":1580.4,\"decision\":\"BLOCK\",\"reasonCode\":\"INVALID_INPUT\","
                + "\"entriesAfter\":null,\"positionPctAfter\":null,\"riskPctAfter\":null}");
    }

    @Test
    void anExitLineAndTheSummaryLineWithAll17Codes() {
        assertThat(ReplayJson.exit(STOP)).isEqualTo("{\"type\":\"exit\",\"bar\":80,\"time\":\"1991-10-25T00:00:00Z\","
                + "\"reason\":\"STOP\",\"price\":1580.4,\"entries\":3,\"quantity\":4.41,\"averagePrice\":1690.2,"
                + "\"pnl\":-484.2,\"equityAfter\":99515.8}");
        String summary = ReplayJson.summary(summary());
        assertThat(summary).isEqualTo("{\"type\":\"summary\",\"bars\":1860,\"decisions\":1803,\"cycles\":12,"
                + "\"approvedEntries\":31,\"byReason\":{\"INVALID_INPUT\":0,\"SCALING_DISABLED\":0,"
                + "\"MAX_ENTRIES_REACHED\":0,\"MAX_POSITION_EXCEEDED\":0,\"PENDING_ORDER_CONFLICT\":0,"
                + "\"LEDGER_MISMATCH\":0,\"RISK_BUDGET_EXCEEDED\":0,\"DIRECTION_CONFLICT\":0,\"MIN_TIME_NOT_ELAPSED\":0,"
                + "\"MIN_BARS_NOT_ELAPSED\":640,\"SIGNAL_TOO_WEAK\":0,\"PRICE_STRUCTURE_MISMATCH\":0,"
                + "\"PRICE_SPACING_OUT_OF_RANGE\":0,\"VOLATILITY_OUT_OF_RANGE\":0,\"EXECUTION_INFEASIBLE\":0,"
                + "\"SCALE_APPROVED\":19,\"INITIAL_ENTRY\":12},\"pnl\":2315.0,\"equityEnd\":102315.0,"
                + "\"maxEntriesInACycle\":4,\"maxPositionPct\":19.8,\"maxRiskPct\":1.9,\"maxDrawdownPct\":3.2}");
    }

    static ReplaySummary summary() {
        Map<ReasonCode, Integer> by = new EnumMap<>(ReasonCode.class);
        by.put(ReasonCode.INITIAL_ENTRY, 12);
        by.put(ReasonCode.SCALE_APPROVED, 19);
        by.put(ReasonCode.MIN_BARS_NOT_ELAPSED, 640);
        return new ReplaySummary(1860, 1803, 12, 31, by, 2315.0, 102315.0, 4, 19.8, 1.9, 3.2);
    }

    /** A result with an exit between decisions and an END exit at the bar of the last decision. */
    static ReplayResult result() {
        ReplayDecision last = new ReplayDecision(81, Instant.parse("1991-10-28T00:00:00Z"), ProposalKind.OPEN, 1600,
                2, 20, 1540, Decision.SCALE, ReasonCode.INITIAL_ENTRY, new Metrics(1, 3.2, 120, 0.12, 1600, null));
        ReplayExit end = new ReplayExit(81, last.time(), ExitReason.END, 1600, 1, 2, 1600, 0, 99515.8);
        return new ReplayResult() {
            public List<ReplayDecision> decisions() {
                return List.of(SKIP, INVALID, last);
            }

            public List<ReplayExit> exits() {
                return List.of(STOP, end);
            }

            public List<ReplayCycle> cycles() {
                return List.of();
            }

            public double[] markToMarket() {
                return new double[0];
            }

            public double[] drawdownPct() {
                return new double[0];
            }

            public ReplaySummary summary() {
                return ReplayJsonTest.summary();
            }

            public ScalingContext contextAt(int index) {
                return null;
            }
        };
    }

    @Test
    void aWholeResultIsWrittenInBarOrderWithTheEndExitAfterItsBarsDecisionAndTheSummaryLast() throws Exception {
        StringWriter out = new StringWriter();
        ReplayJson.write(result(), out);
        ReplayResult r = result();
        assertThat(out.toString()).endsWith("\n");
        assertThat(out.toString().split("\n")).containsExactly(
                ReplayJson.decision(r.decisions().get(0), null),
                ReplayJson.decision(r.decisions().get(1), null),
                ReplayJson.exit(r.exits().get(0)),
                ReplayJson.decision(r.decisions().get(2), null),
                ReplayJson.exit(r.exits().get(1)),
                ReplayJson.summary(r.summary()));
    }

    @TempDir
    Path dir;

    @Test
    void exportsGoToFilesAtomicallyWithTheSameText() throws Exception {
        Path jsonl = dir.resolve("replay.jsonl");
        ReplayJson.export(result(), jsonl);
        StringWriter expected = new StringWriter();
        ReplayJson.write(result(), expected);
        assertThat(Files.readString(jsonl)).isEqualTo(expected.toString());

        Path csv = dir.resolve("decisions.csv");
        ReplayCsv.export(result().decisions(), csv);
        assertThat(Files.readString(csv)).isEqualTo(ReplayCsv.toCsv(result().decisions()));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("replay.jsonl",
                    "decisions.csv");
        }
    }

    @Test
    void theDecisionsCsvHasTheLineColumnsAndNumbersAsTheJsonPrintsThem() {
        String csv = ReplayCsv.toCsv(List.of(SKIP, INVALID));
        assertThat(csv).endsWith("\r\n");
        List<List<String>> rows = Rfc4180Reader.parse(csv);
        assertThat(rows.get(0)).containsExactly("bar", "time", "kind", "price", "quantity", "atr", "stopPrice",
                "decision", "reasonCode", "entriesAfter", "positionPctAfter", "riskPctAfter");
        assertThat(rows.get(1)).containsExactly("57", "1991-09-18T00:00:00Z", "ADD", "1702.1", "1.47", "21.3", "1580.4",
                "SKIP", "MIN_BARS_NOT_ELAPSED", "3", "7.5", "0.9");
        // The metrics of INVALID_INPUT are empty, where the JSON line has null.
        assertThat(rows.get(2)).containsExactly("58", "1991-09-19T00:00:00Z", "ADD", "1702.1", "1.0E-5", "0.0",
                "1580.4", "BLOCK", "INVALID_INPUT", "", "", "");
        assertThat(rows).hasSize(3);
    }
}
