package com.scalelab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.scalelab.engine.CheckCatalogue;
import com.scalelab.engine.CheckResult;
import com.scalelab.engine.ReasonCode;
import java.io.IOException;
import java.util.List;
import com.scalelab.engine.Metrics;
import com.scalelab.engine.ScalingResult;

/**
 * The one-line JSON of a verdict, as {@code evaluate} prints it (contract section 5): scenario,
 * decision, reasonCode, explanation, every check of the catalogue (phase, code, status, observed, limit, message;
 * observed and limit are null where the check has no number), metrics (null when the input was
 * invalid) and, when the scenario states one, expectation MET or UNMET.
 */
public final class ResultJson {
    private ResultJson() {
    }

    public static String line(String scenarioLabel, ScalingResult r, Expectation expect) {
        return CanonicalJson.compact(g -> {
            g.writeStartObject();
            g.writeStringField("scenario", scenarioLabel);
            g.writeStringField("decision", r.decision().name());
            g.writeStringField("reasonCode", r.reasonCode().name());
            g.writeStringField("explanation", r.explanation());
            g.writeFieldName("checks");
            writeChecks(g, r.checks());
            Metrics m = r.metrics();
            if (m == null) {
                g.writeNullField("metrics");
            } else {
                g.writeObjectFieldStart("metrics");
                g.writeNumberField("entriesAfter", m.entriesAfter());
                CanonicalJson.number(g, "positionPctAfter", m.positionPctAfter());
                CanonicalJson.number(g, "riskAmountAfter", m.riskAmountAfter());
                CanonicalJson.number(g, "riskPctAfter", m.riskPctAfter());
                CanonicalJson.number(g, "averagePriceAfter", m.averagePriceAfter());
                CanonicalJson.number(g, "suggestedQuantity", m.suggestedQuantity());
                g.writeEndObject();
            }
            if (expect != null) {
                g.writeStringField("expectation", expect.isMetBy(r) ? "MET" : "UNMET");
            }
            g.writeEndObject();
        });
    }

    /**
     * The trace as a JSON array, as evaluate prints it; the audit export writes the same array so a
     * replayed record compares equal.
     */
    public static void writeChecks(JsonGenerator g, List<CheckResult> checks) throws IOException {
        g.writeStartArray();
        for (CheckResult c : checks) {
            g.writeStartObject();
            g.writeStringField("phase", c.phase().name());
            g.writeStringField("code", c.code().name());
            g.writeStringField("status", c.status().name());
            checkNumber(g, "observed", c.code(), c.observed());
            checkNumber(g, "limit", c.code(), c.limit());
            g.writeStringField("message", c.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * A check that counts whole things (entries, orders, bars, as its catalogue unit says) is written
     * as an integer, as the contract shows ("observed":2).
     */
    private static void checkNumber(JsonGenerator g, String field, ReasonCode code, Double v) throws IOException {
        if (v != null && CheckCatalogue.of(code).counts() && v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumberField(field, v.longValue());
        } else {
            CanonicalJson.number(g, field, v);
        }
    }
}
