package com.scalelab.io;

import com.scalelab.engine.CheckResult;
import com.scalelab.engine.Metrics;
import com.scalelab.engine.ScalingResult;

/**
 * The one-line JSON of a verdict, as {@code evaluate} prints it (contract section 5): scenario,
 * decision, reasonCode, explanation, the 15 checks (phase, code, status, observed, limit, message;
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
            g.writeArrayFieldStart("checks");
            for (CheckResult c : r.checks()) {
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

    /** Checks that count whole things (entries, orders, bars): written as integers, as the contract shows ("observed":2). */
    private static final java.util.Set<com.scalelab.engine.ReasonCode> COUNTS = java.util.EnumSet.of(
            com.scalelab.engine.ReasonCode.SCALING_DISABLED, com.scalelab.engine.ReasonCode.MAX_ENTRIES_REACHED,
            com.scalelab.engine.ReasonCode.PENDING_ORDER_CONFLICT, com.scalelab.engine.ReasonCode.MIN_BARS_NOT_ELAPSED);

    private static void checkNumber(com.fasterxml.jackson.core.JsonGenerator g, String field,
                                    com.scalelab.engine.ReasonCode code, Double v) throws java.io.IOException {
        if (v != null && COUNTS.contains(code) && v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumberField(field, v.longValue());
        } else {
            CanonicalJson.number(g, field, v);
        }
    }
}
