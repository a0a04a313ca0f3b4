package com.scalelab.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.scalelab.engine.CheckResult;
import com.scalelab.io.Expectation;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import java.io.IOException;

/**
 * The replayable scenario of a record: the contract's scenario document, written by the io package
 * (so the command line reads exactly what it writes), with the policy inline and {@code expect}
 * set to the recorded verdict.
 */
public final class ScenarioDocuments {
    private ScenarioDocuments() {
    }

    public static Scenario scenario(AuditRecord r) {
        String name = "Audit " + r.time() + (r.trigger().isEmpty() ? "" : " (" + r.trigger() + ")");
        return new Scenario(name, r.context(), r.policy(), new Expectation(r.decision(), r.reasonCode()));
    }

    /** The scenario as one line of compact JSON. */
    public static String compactJson(AuditRecord r) {
        return compact(ScenarioFiles.toJson(scenario(r)));
    }

    static void writeScenario(JsonGenerator g, AuditRecord r) throws IOException {
        g.writeRawValue(compactJson(r));
    }

    /** The trace in the shape {@code evaluate} prints it (observed and limit null when not a number). */
    static void writeChecks(JsonGenerator g, AuditRecord r) throws IOException {
        g.writeStartArray();
        for (CheckResult c : r.trace()) {
            g.writeStartObject();
            g.writeStringField("phase", c.phase().name());
            g.writeStringField("code", c.code().name());
            g.writeStringField("status", c.status().name());
            number(g, "observed", c.observed());
            number(g, "limit", c.limit());
            g.writeStringField("message", c.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, Double v) throws IOException {
        g.writeFieldName(field);
        if (v == null || !Double.isFinite(v)) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    /**
     * Drops the layout whitespace of valid JSON: everything outside string literals. The writer
     * escapes control characters inside strings, so only spaces can occur there, and those are kept.
     */
    static String compact(String json) {
        char[] in = json.toCharArray();
        char[] out = new char[in.length];
        int n = 0;
        boolean inString = false;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (inString) {
                out[n++] = c;
                if (c == '\\') {
                    out[n++] = in[++i];
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out[n++] = c;
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }
}
