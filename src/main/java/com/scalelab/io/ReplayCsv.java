package com.scalelab.io;

import com.scalelab.engine.Metrics;
import com.scalelab.engine.replay.ReplayDecision;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A replay's decisions as CSV (RFC 4180: CRLF line ends, a header row, a field quoted only when it
 * holds a comma, quote, CR or LF), with the columns of the command's {@code decision} line in the
 * same order. Numbers are written exactly as in the JSON lines (Java's shortest round-trip decimal,
 * e.g. 1702.1 or 1.0E-5); a metric is empty where the JSON has null (INVALID_INPUT).
 */
public final class ReplayCsv {
    public static final List<String> COLUMNS = List.of("bar", "time", "kind", "price", "quantity", "atr", "stopPrice",
            "decision", "reasonCode", "entriesAfter", "positionPctAfter", "riskPctAfter");

    private ReplayCsv() {
    }

    public static void write(List<ReplayDecision> decisions, Writer out) throws IOException {
        row(out, COLUMNS.toArray(String[]::new));
        for (ReplayDecision d : decisions) {
            Metrics m = d.metrics();
            row(out, Integer.toString(d.bar()), d.time() == null ? "" : d.time().toString(), d.kind().name(),
                    number(d.price()), number(d.quantity()), number(d.atr()), number(d.stopPrice()),
                    d.decision().name(), d.reasonCode().name(),
                    m == null ? "" : Integer.toString(m.entriesAfter()),
                    m == null ? "" : number(m.positionPctAfter()), m == null ? "" : number(m.riskPctAfter()));
        }
    }

    /** Exports the decisions to a file atomically (UTF-8). */
    public static void export(List<ReplayDecision> decisions, Path file) throws IOException {
        AtomicFiles.write(file, (OutputStream os) -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            write(decisions, w);
            w.flush();
        });
    }

    public static String toCsv(List<ReplayDecision> decisions) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(decisions, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** As the JSON writer prints a double (Jackson writes Double.toString); empty where JSON has null. */
    static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    private static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\r') >= 0 || f.indexOf('\n') >= 0) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write("\r\n");
    }
}
