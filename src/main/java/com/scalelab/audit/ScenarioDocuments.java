package com.scalelab.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.scalelab.io.Expectation;
import com.scalelab.io.ResultJson;
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
        return ScenarioFiles.toCompactJson(scenario(r));
    }

    static void writeScenario(JsonGenerator g, AuditRecord r) throws IOException {
        g.writeRawValue(compactJson(r));
    }

    /** The trace in the shape {@code evaluate} prints it (observed and limit null when not a number). */
    static void writeChecks(JsonGenerator g, AuditRecord r) throws IOException {
        ResultJson.writeChecks(g, r.trace());
    }
}
