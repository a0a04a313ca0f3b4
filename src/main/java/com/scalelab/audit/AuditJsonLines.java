package com.scalelab.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.scalelab.io.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The audit log as JSON Lines: one object per record per line (LF), with the same fields as the CSV
 * columns ("whatWouldFlip" as an array of sentences, empty for SCALE), the 15-check trace as "checks" when the record kept it, and a "scenario" member that is
 * a complete scenario document (policy inline, {@code expect} set to the recorded verdict), so
 * {@code scalelab evaluate} on it must report the expectation MET.
 */
public final class AuditJsonLines {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private AuditJsonLines() {
    }

    /** Writes the records to {@code target} atomically; throws CancellationException when cancelled. */
    public static void export(List<AuditRecord> records, Path target, ExportProgress progress) throws IOException {
        AtomicFiles.write(target, out -> write(records, out, progress));
    }

    /** The whole text; for small logs and tests (exports stream instead). */
    public static String toJsonLines(List<AuditRecord> records) {
        return AtomicFiles.Body.render(out -> write(records, out, ExportProgress.NONE));
    }

    static void write(List<AuditRecord> records, Writer out, ExportProgress progress) throws IOException {
        int total = records.size();
        progress.update(0, total);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(null);
            for (int i = 0; i < total; i++) {
                if ((i & 255) == 0) {
                    progress.throwIfCancelled();
                    progress.update(i, total);
                }
                writeRecord(g, records.get(i));
                g.writeRaw('\n');
            }
        }
        progress.throwIfCancelled();
        progress.update(total, total);
    }

    private static void writeRecord(JsonGenerator g, AuditRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("time", r.time().toString());
        g.writeStringField("trigger", r.trigger());
        g.writeStringField("symbol", r.symbol());
        g.writeStringField("strategy", r.strategy());
        g.writeStringField("policy", r.policyName());
        g.writeStringField("fingerprint", r.policyFingerprint());
        g.writeStringField("decision", r.decision().name());
        g.writeStringField("reasonCode", r.reasonCode().name());
        writeNumberOrNull(g, "entriesAfter", r.entriesAfter() == null ? null : r.entriesAfter().doubleValue(), true);
        writeNumberOrNull(g, "positionPct", r.positionPct(), false);
        writeNumberOrNull(g, "riskAmount", r.riskAmount(), false);
        writeNumberOrNull(g, "riskPct", r.riskPct(), false);
        g.writeStringField("explanation", r.explanation());
        g.writeArrayFieldStart("whatWouldFlip");
        for (String sentence : r.whatWouldFlip()) {
            g.writeString(sentence);
        }
        g.writeEndArray();
        g.writeStringField("programVersion", r.programVersion());
        if (r.hasTrace()) {
            g.writeFieldName("checks");
            ScenarioDocuments.writeChecks(g, r);
        }
        g.writeFieldName("scenario");
        ScenarioDocuments.writeScenario(g, r);
        g.writeEndObject();
    }

    private static void writeNumberOrNull(JsonGenerator g, String name, Double v, boolean integer) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else if (integer) {
            g.writeNumber(v.longValue());
        } else {
            g.writeNumber(v);
        }
    }
}
