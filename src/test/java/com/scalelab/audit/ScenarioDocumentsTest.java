package com.scalelab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.io.ScenarioFiles;
import org.junit.jupiter.api.Test;

class ScenarioDocumentsTest {
    @Test
    void compactKeepsEveryStringIntact() throws Exception {
        ScalingPolicy policy = AuditFixtures.pyramid().withName("A  \"quoted\"\\ name,\twith\nbreaks ");
        AuditRecord r = new AuditRecorder(false).record(AuditFixtures.RECORDED, "record", policy,
                AuditFixtures.approvedAdd(), ScalingEngine.evaluate(policy, AuditFixtures.approvedAdd()));
        String pretty = ScenarioFiles.toJson(ScenarioDocuments.scenario(r));

        String compact = ScenarioDocuments.compactJson(r);

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(compact)).isEqualTo(json.readTree(pretty));
        assertThat(compact).doesNotContain("\n").contains("\"name\":\"A  \\\"quoted\\\"\\\\ name,\\twith\\nbreaks \"");
        assertThat(ScenarioFiles.parse(compact, "compact").inlinePolicy()).isEqualTo(policy);
    }

    @Test
    void scenarioExpectsTheRecordedVerdict() {
        AuditRecord r = AuditFixtures.record(new AuditRecorder(false), "add-entry", AuditFixtures.ledgerMismatch());

        var scenario = ScenarioDocuments.scenario(r);

        assertThat(scenario.expect().decision()).isEqualTo(r.decision());
        assertThat(scenario.expect().reasonCode()).isEqualTo(r.reasonCode());
        assertThat(scenario.name()).isEqualTo("Audit 2026-01-05T16:00:05Z (add-entry)");
        assertThat(scenario.inlinePolicy()).isEqualTo(r.policy());
        assertThat(scenario.context()).isEqualTo(r.context());
    }
}
