package com.scalelab.io;

import com.scalelab.engine.Metrics;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayExit;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.engine.replay.ReplaySummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON lines of the replay command (replay contract section 4), field order as the contract
 * shows: one writer for the command line and the desktop app's "export decisions as JSON Lines",
 * so both print the same bytes. Doubles go through the same Jackson writer as {@code evaluate}
 * ({@link ResultJson}), so a number prints the same in both; numbers that are not finite print as
 * null.
 */
public final class ReplayJson {
    private ReplayJson() {
    }

    /** A {@code decision} line; with {@code traced} non-null, its 15 checks as {@code evaluate} prints them. */
    public static String decision(ReplayDecision d, ScalingResult traced) {
        return CanonicalJson.compact(g -> {
            g.writeStartObject();
            g.writeStringField("type", "decision");
            g.writeNumberField("bar", d.bar());
            g.writeStringField("time", d.time() == null ? null : d.time().toString());
            g.writeStringField("kind", d.kind().name());
            CanonicalJson.number(g, "price", d.price());
            CanonicalJson.number(g, "quantity", d.quantity());
            CanonicalJson.number(g, "atr", d.atr());
            CanonicalJson.number(g, "stopPrice", d.stopPrice());
            g.writeStringField("decision", d.decision().name());
            g.writeStringField("reasonCode", d.reasonCode().name());
            Metrics m = d.metrics();
            if (m == null) {
                g.writeNullField("entriesAfter");
                g.writeNullField("positionPctAfter");
                g.writeNullField("riskPctAfter");
            } else {
                g.writeNumberField("entriesAfter", m.entriesAfter());
                CanonicalJson.number(g, "positionPctAfter", m.positionPctAfter());
                CanonicalJson.number(g, "riskPctAfter", m.riskPctAfter());
            }
            if (traced != null) {
                g.writeFieldName("checks");
                ResultJson.writeChecks(g, traced.checks());
            }
            g.writeEndObject();
        });
    }

    /** An {@code exit} line. */
    public static String exit(ReplayExit e) {
        return CanonicalJson.compact(g -> {
            g.writeStartObject();
            g.writeStringField("type", "exit");
            g.writeNumberField("bar", e.bar());
            g.writeStringField("time", e.time() == null ? null : e.time().toString());
            g.writeStringField("reason", e.reason().name());
            CanonicalJson.number(g, "price", e.price());
            g.writeNumberField("entries", e.entries());
            CanonicalJson.number(g, "quantity", e.quantity());
            CanonicalJson.number(g, "averagePrice", e.averagePrice());
            CanonicalJson.number(g, "pnl", e.pnl());
            CanonicalJson.number(g, "equityAfter", e.equityAfter());
            g.writeEndObject();
        });
    }

    /** The {@code summary} line; {@code byReason} lists all 17 codes in contract order, 0 where none. */
    public static String summary(ReplaySummary s) {
        return CanonicalJson.compact(g -> {
            g.writeStartObject();
            g.writeStringField("type", "summary");
            g.writeNumberField("bars", s.bars());
            g.writeNumberField("decisions", s.decisions());
            g.writeNumberField("cycles", s.cycles());
            g.writeNumberField("approvedEntries", s.approvedEntries());
            g.writeObjectFieldStart("byReason");
            for (ReasonCode c : ReasonCode.values()) {
                Integer n = s.byReason().get(c);
                g.writeNumberField(c.name(), n == null ? 0 : n);
            }
            g.writeEndObject();
            CanonicalJson.number(g, "pnl", s.pnl());
            CanonicalJson.number(g, "equityEnd", s.equityEnd());
            g.writeNumberField("maxEntriesInACycle", s.maxEntriesInACycle());
            CanonicalJson.number(g, "maxPositionPct", s.maxPositionPct());
            CanonicalJson.number(g, "maxRiskPct", s.maxRiskPct());
            CanonicalJson.number(g, "maxDrawdownPct", s.maxDrawdownPct());
            g.writeEndObject();
        });
    }

    /**
     * Every line of a replay as the command prints it without {@code --trace}: decisions and exits in
     * bar order (an exit at the bar of a decision can only be the END exit, which follows it), then
     * the summary. Lines end with "\n".
     */
    public static void write(ReplayResult r, Writer out) throws IOException {
        List<ReplayDecision> decisions = r.decisions();
        List<ReplayExit> exits = r.exits();
        int d = 0;
        int x = 0;
        while (d < decisions.size() || x < exits.size()) {
            boolean decisionFirst = x == exits.size()
                    || (d < decisions.size() && decisions.get(d).bar() <= exits.get(x).bar());
            out.write(decisionFirst ? decision(decisions.get(d++), null) : exit(exits.get(x++)));
            out.write('\n');
        }
        out.write(summary(r.summary()));
        out.write('\n');
    }

    /** Exports {@link #write} to a file atomically (UTF-8): a failed export leaves any old file as it was. */
    public static void export(ReplayResult r, Path file) throws IOException {
        AtomicFiles.write(file, (OutputStream os) -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            write(r, w);
            w.flush();
        });
    }
}
