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
                CanonicalJson.number(g, "observed", c.observed());
                CanonicalJson.number(g, "limit", c.limit());
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
}
