package com.scalelab.io;

import com.scalelab.engine.coverage.PolicyCoverage;

/**
 * The coverage report as one JSON object, for machines: {@code evaluate --coverage} prints it after
 * the scenario lines (with {@code "type":"coverage"} so a reader can tell it from them), or
 * {@code --coverage-file} writes it pretty-printed.
 */
public final class CoverageJson {
    private CoverageJson() {
    }

    public static String line(PolicyCoverage.Report r) {
        return CanonicalJson.compact(g -> write(g, r));
    }

    public static String pretty(PolicyCoverage.Report r) {
        return CanonicalJson.pretty(g -> write(g, r));
    }

    private static void write(com.fasterxml.jackson.core.JsonGenerator g, PolicyCoverage.Report r)
            throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("type", "coverage");
        g.writeNumberField("scenarios", r.scenarios());
        g.writeNumberField("items", r.items());
        g.writeNumberField("covered", r.coveredItems());
        CanonicalJson.number(g, "percent", r.percent());
        g.writeArrayFieldStart("checks");
        for (PolicyCoverage.CheckLine c : r.checks()) {
            g.writeStartObject();
            g.writeStringField("check", c.check().name());
            g.writeNumberField("passed", c.passed());
            g.writeNumberField("failed", c.failed());
            g.writeNumberField("decided", c.decided());
            g.writeBooleanField("covered", c.covered() == 3);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("limits");
        for (PolicyCoverage.LimitLine l : r.limits()) {
            g.writeStartObject();
            g.writeStringField("policy", l.policy());
            g.writeStringField("field", l.field());
            g.writeStringField("check", l.check().name());
            CanonicalJson.number(g, "limit", l.limit());
            g.writeNumberField("below", l.below());
            g.writeNumberField("at", l.at());
            g.writeNumberField("above", l.above());
            g.writeBooleanField("covered", l.covered());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
