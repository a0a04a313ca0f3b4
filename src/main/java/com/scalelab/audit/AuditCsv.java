package com.scalelab.audit;

import com.scalelab.io.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The audit log as CSV (RFC 4180): CRLF line ends, a header row, a field quoted when it holds a
 * comma, a quote, CR or LF, with quotes doubled inside. Times are ISO-8601 instants in UTC,
 * numbers are plain decimals with a dot (no locale), a metric is empty when the input was invalid,
 * and the last column holds the full scenario document (compact JSON, policy inline) so any row
 * can be replayed with {@code scalelab evaluate}. "whatWouldFlip" holds, for a SKIP or BLOCK, the
 * sentences saying which single change gives SCALE, joined with " | " (empty for SCALE).
 */
public final class AuditCsv {
    public static final List<String> COLUMNS = List.of("time", "trigger", "symbol", "strategy", "policy",
            "fingerprint", "decision", "reasonCode", "entriesAfter", "positionPct", "riskAmount", "riskPct",
            "explanation", "whatWouldFlip", "programVersion", "scenario");

    /** Joins the flip sentences in one CSV field. */
    public static final String FLIP_SEPARATOR = " | ";

    private static final String CRLF = "\r\n";

    private AuditCsv() {
    }

    /** Writes the records to {@code target} atomically; throws CancellationException when cancelled. */
    public static void export(List<AuditRecord> records, Path target, ExportProgress progress) throws IOException {
        AtomicFiles.write(target, out -> write(records, out, progress));
    }

    /** The whole CSV text; for small logs and tests (exports stream instead). */
    public static String toCsv(List<AuditRecord> records) {
        return AtomicFiles.Body.render(out -> write(records, out, ExportProgress.NONE));
    }

    static void write(List<AuditRecord> records, Writer out, ExportProgress progress) throws IOException {
        int total = records.size();
        progress.update(0, total);
        writeRow(out, COLUMNS.toArray(String[]::new));
        for (int i = 0; i < total; i++) {
            if ((i & 255) == 0) {
                progress.throwIfCancelled();
                progress.update(i, total);
            }
            AuditRecord r = records.get(i);
            writeRow(out, r.time().toString(), r.trigger(), r.symbol(), r.strategy(), r.policyName(),
                    r.policyFingerprint(), r.decision().name(), r.reasonCode().name(),
                    r.entriesAfter() == null ? "" : Integer.toString(r.entriesAfter()),
                    number(r.positionPct()), number(r.riskAmount()), number(r.riskPct()),
                    r.explanation(), String.join(FLIP_SEPARATOR, r.whatWouldFlip()), r.programVersion(),
                    ScenarioDocuments.compactJson(r));
        }
        progress.throwIfCancelled();
        progress.update(total, total);
    }

    private static void writeRow(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(out, fields[i]);
        }
        out.write(CRLF);
    }

    /** One field, quoted only when RFC 4180 requires it. */
    static void writeField(Writer out, String value) throws IOException {
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.indexOf('"') < 0 ? value : value.replace("\"", "\"\""));
        out.write('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Full precision without exponent or locale: 12.5, 1200.0, 0.0001. */
    static String number(Double v) {
        if (v == null) {
            return "";
        }
        if (!Double.isFinite(v)) {
            return v.toString();
        }
        return BigDecimal.valueOf(v).toPlainString();
    }
}
