package com.scalelab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scalelab.cli.ScaleLabCommand;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.io.PolicyFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditJsonLinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final AuditRecorder recorder = new AuditRecorder(true, "1.2.3");

    /** One decision of each kind the engine gives. */
    private List<AuditRecord> everyKindOfVerdict() {
        List<AuditRecord> out = new ArrayList<>();
        for (ScalingContext c : List.of(AuditFixtures.approvedAdd(), AuditFixtures.initialEntry(),
                AuditFixtures.tooSoon(), AuditFixtures.ledgerMismatch(), AuditFixtures.zeroAtr())) {
            out.add(AuditFixtures.record(recorder, "record", c));
        }
        assertThat(out).extracting(AuditRecord::reasonCode).containsExactly(ReasonCode.SCALE_APPROVED,
                ReasonCode.INITIAL_ENTRY, ReasonCode.MIN_TIME_NOT_ELAPSED, ReasonCode.LEDGER_MISMATCH,
                ReasonCode.INVALID_INPUT);
        return out;
    }

    @Test
    void oneObjectPerLineWithEveryField() throws IOException {
        List<AuditRecord> records = everyKindOfVerdict();

        String text = AuditJsonLines.toJsonLines(records);

        assertThat(text).endsWith("\n").doesNotContain("\r");
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(records.size());
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("time").asText()).isEqualTo("2026-01-05T16:00:05Z");
        assertThat(first.get("trigger").asText()).isEqualTo("record");
        assertThat(first.get("symbol").asText()).isEqualTo("ES");
        assertThat(first.get("strategy").asText()).isEqualTo("donchian-breakout");
        assertThat(first.get("policy").asText()).isEqualTo("Trend pyramid");
        assertThat(first.get("fingerprint").asText()).isEqualTo(PolicyFiles.fingerprint(AuditFixtures.pyramid()));
        assertThat(first.get("decision").asText()).isEqualTo("SCALE");
        assertThat(first.get("reasonCode").asText()).isEqualTo("SCALE_APPROVED");
        assertThat(first.get("entriesAfter").asInt()).isEqualTo(2);
        assertThat(first.get("positionPct").asDouble()).isEqualTo(1.545);
        assertThat(first.get("riskAmount").asDouble()).isEqualTo(90.0);
        assertThat(first.get("riskPct").asDouble()).isEqualTo(0.09);
        assertThat(first.get("explanation").asText()).isEqualTo(records.get(0).explanation());
        assertThat(first.get("programVersion").asText()).isEqualTo("1.2.3");
        assertThat(first.get("checks")).hasSize(com.scalelab.engine.CheckCatalogue.size());
        assertThat(first.get("checks").get(2).get("code").asText()).isEqualTo("MAX_ENTRIES_REACHED");
        assertThat(first.get("scenario").get("expect").get("decision").asText()).isEqualTo("SCALE");
        assertThat(first.get("scenario").get("policy").get("name").asText()).isEqualTo("Trend pyramid");

        assertThat(first.get("whatWouldFlip").isArray()).isTrue();
        assertThat(first.get("whatWouldFlip")).as("a SCALE has nothing to flip").isEmpty();
        JsonNode tooSoon = JSON.readTree(lines[2]);
        List<String> flips = new ArrayList<>();
        tooSoon.get("whatWouldFlip").forEach(n -> flips.add(n.asText()));
        assertThat(flips).isNotEmpty().isEqualTo(records.get(2).whatWouldFlip())
                .isEqualTo(com.scalelab.engine.landscape.WhatWouldFlip.find(AuditFixtures.pyramid(),
                        AuditFixtures.tooSoon()).sentences());

        JsonNode invalid = JSON.readTree(lines[4]);
        assertThat(invalid.get("entriesAfter").isNull()).isTrue();
        assertThat(invalid.get("riskPct").isNull()).isTrue();
    }

    @Test
    void everyExportedScenarioReplaysToTheSameVerdictThroughTheCommandLine() throws IOException {
        List<AuditRecord> records = everyKindOfVerdict();
        Path export = dir.resolve("audit.jsonl");
        AuditJsonLines.export(records, export, ExportProgress.NONE);

        List<String> lines = Files.readAllLines(export);
        assertThat(lines).hasSize(records.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            Path scenario = dir.resolve("replay-" + i + ".json");
            Files.writeString(scenario, JSON.writeValueAsString(line.get("scenario")));

            JsonNode verdict = evaluate(scenario);

            assertThat(verdict.get("expectation").asText()).as("line %d", i).isEqualTo("MET");
            assertThat(verdict.get("decision").asText()).isEqualTo(line.get("decision").asText());
            assertThat(verdict.get("reasonCode").asText()).isEqualTo(line.get("reasonCode").asText());
            assertThat(verdict.get("explanation").asText()).isEqualTo(line.get("explanation").asText());
            assertThat(verdict.get("checks")).isEqualTo(line.get("checks"));
        }
    }

    @Test
    void theCsvScenarioColumnReplaysToo() throws IOException {
        List<AuditRecord> records = everyKindOfVerdict();
        List<List<String>> rows = Rfc4180Reader.parse(AuditCsv.toCsv(records));

        for (int i = 1; i < rows.size(); i++) {
            Path scenario = dir.resolve("csv-replay-" + i + ".json");
            Files.writeString(scenario, rows.get(i).get(AuditCsv.COLUMNS.indexOf("scenario")));

            JsonNode verdict = evaluate(scenario);

            assertThat(verdict.get("expectation").asText()).isEqualTo("MET");
            assertThat(verdict.get("reasonCode").asText()).isEqualTo(rows.get(i).get(7));
        }
    }

    /** Runs {@code scalelab evaluate FILE} in-process; expects exit 0 and one line of output. */
    private static JsonNode evaluate(Path scenario) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ScaleLabCommand.run(new String[] {"evaluate", scenario.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines).hasSize(1);
        return JSON.readTree(lines[0]);
    }
}
