package com.scalelab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.landscape.WhatWouldFlip;
import com.scalelab.io.PolicyFiles;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {
    private final AuditRecorder recorder = new AuditRecorder(false, "1.2.3");

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void headerNamesEveryColumnInOrder() {
        List<List<String>> rows = Rfc4180Reader.parse(AuditCsv.toCsv(List.of()));

        assertThat(rows).containsExactly(List.of("time", "trigger", "symbol", "strategy", "policy", "fingerprint",
                "decision", "reasonCode", "entriesAfter", "positionPct", "riskAmount", "riskPct", "explanation",
                "whatWouldFlip", "programVersion", "scenario"));
    }

    @Test
    void everyColumnOfAnApprovedAdd() throws Exception {
        AuditRecord r = AuditFixtures.record(recorder, "slider-release", AuditFixtures.approvedAdd());

        List<List<String>> rows = Rfc4180Reader.parse(AuditCsv.toCsv(List.of(r)));

        assertThat(rows).hasSize(2);
        List<String> row = rows.get(1);
        assertThat(row).hasSize(16);
        assertThat(row.subList(0, 12)).containsExactly("2026-01-05T16:00:05Z", "slider-release", "ES",
                "donchian-breakout", "Trend pyramid", sha256(PolicyFiles.toJson(AuditFixtures.pyramid())),
                "SCALE", "SCALE_APPROVED", "2",
                // 15 x 103 / 100,000 x 100; risk 10 x (100-95) + 5 x (103-95) = 90, 0.09 % of equity
                "1.545", "90.0", "0.09");
        assertThat(row.get(12)).isEqualTo(r.explanation()).isNotBlank();
        assertThat(row.get(13)).as("a SCALE has nothing to flip").isEmpty();
        assertThat(row.get(14)).isEqualTo("1.2.3");
        Scenario replay = ScenarioFiles.parse(row.get(15), "csv scenario column");
        assertThat(replay.context()).isEqualTo(AuditFixtures.approvedAdd());
        assertThat(replay.inlinePolicy()).isEqualTo(AuditFixtures.pyramid());
        assertThat(replay.expect().decision()).isEqualTo(Decision.SCALE);
        assertThat(replay.expect().reasonCode()).isEqualTo(ReasonCode.SCALE_APPROVED);
    }

    @Test
    void scenarioColumnIsOneLineOfCompactJson() {
        AuditRecord r = AuditFixtures.record(recorder, "record", AuditFixtures.approvedAdd());

        String scenario = Rfc4180Reader.parse(AuditCsv.toCsv(List.of(r))).get(1).get(15);

        assertThat(scenario).startsWith("{\"schemaVersion\":1,").doesNotContain("\n", "\r", ": ");
    }

    @Test
    void invalidInputLeavesTheMetricsEmpty() {
        AuditRecord r = AuditFixtures.record(recorder, "record", AuditFixtures.zeroAtr());

        List<String> row = Rfc4180Reader.parse(AuditCsv.toCsv(List.of(r))).get(1);

        assertThat(row.subList(6, 12)).containsExactly("BLOCK", "INVALID_INPUT", "", "", "", "");
        assertThat(row.get(12)).contains("atr");
    }

    @Test
    void commasQuotesAndLineBreaksSurviveTheRoundTrip() {
        ScalingPolicy policy = AuditFixtures.pyramid().withName("Trend, \"careful\" pyramid");
        String explanation = "Spread 25 bps, above the 20 allowed;\r\nthe desk calls this \"wide\".\nSecond line, too";
        AuditRecord engineRecord = recorder.record(AuditFixtures.RECORDED, "record", policy,
                AuditFixtures.approvedAdd(), ScalingEngine.evaluate(policy, AuditFixtures.approvedAdd()));
        AuditRecord r = new AuditRecord(engineRecord.time(), "a \"manual\", odd trigger", policy,
                engineRecord.policyFingerprint(), engineRecord.context(), Decision.SKIP,
                ReasonCode.EXECUTION_INFEASIBLE, explanation, engineRecord.metrics(), null, "dev");

        String csv = AuditCsv.toCsv(List.of(r, r));
        List<List<String>> rows = Rfc4180Reader.parse(csv);

        assertThat(rows).hasSize(3);
        for (List<String> row : rows.subList(1, 3)) {
            assertThat(row).hasSize(16);
            assertThat(row.get(1)).isEqualTo("a \"manual\", odd trigger");
            assertThat(row.get(4)).isEqualTo("Trend, \"careful\" pyramid");
            assertThat(row.get(12)).isEqualTo(explanation);
        }
        assertThat(csv).contains("\"Trend, \"\"careful\"\" pyramid\"");
    }

    @Test
    void plainFieldsAreNotQuotedAndEveryLineEndsWithCrlf() {
        AuditRecord r = AuditFixtures.record(recorder, "record", AuditFixtures.tooSoon());

        String csv = AuditCsv.toCsv(List.of(r));

        assertThat(csv).startsWith("time,trigger,symbol,strategy,policy,fingerprint,decision,reasonCode,"
                + "entriesAfter,positionPct,riskAmount,riskPct,explanation,whatWouldFlip,programVersion,scenario\r\n");
        assertThat(csv).contains(",record,ES,donchian-breakout,Trend pyramid,").endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void aSkipCarriesWhatWouldFlipItJoinedInOneField() {
        AuditRecord r = AuditFixtures.record(recorder, "record", AuditFixtures.tooSoon());
        List<String> expected = WhatWouldFlip.find(AuditFixtures.pyramid(), AuditFixtures.tooSoon()).sentences();

        List<String> row = Rfc4180Reader.parse(AuditCsv.toCsv(List.of(r))).get(1);

        assertThat(r.decision()).isEqualTo(Decision.SKIP);
        assertThat(r.whatWouldFlip()).isEqualTo(expected).isNotEmpty();
        assertThat(expected.get(0)).startsWith("SCALE ");
        assertThat(row.get(13)).isEqualTo(String.join(" | ", expected));
        assertThat(row.get(13).split(" \\| ")).hasSize(expected.size());
    }

    @Test
    void aBlockNamesWhyNoSingleChangeFlipsIt() {
        AuditRecord r = AuditFixtures.record(recorder, "record", AuditFixtures.ledgerMismatch());

        List<String> row = Rfc4180Reader.parse(AuditCsv.toCsv(List.of(r))).get(1);

        assertThat(r.decision()).isEqualTo(Decision.BLOCK);
        assertThat(row.get(13)).startsWith("No single change gives SCALE").contains("LEDGER_MISMATCH");
    }

    @Test
    void recordsKeepTheirOrder() {
        List<AuditRecord> records = List.of(
                AuditFixtures.record(recorder, "one", AuditFixtures.approvedAdd()),
                AuditFixtures.record(recorder, "two", AuditFixtures.tooSoon()),
                AuditFixtures.record(recorder, "three", AuditFixtures.ledgerMismatch()));

        List<List<String>> rows = Rfc4180Reader.parse(AuditCsv.toCsv(records));

        assertThat(rows.subList(1, 4)).extracting(row -> row.get(1) + ":" + row.get(7))
                .containsExactly("one:SCALE_APPROVED", "two:MIN_TIME_NOT_ELAPSED", "three:LEDGER_MISMATCH");
    }
}
