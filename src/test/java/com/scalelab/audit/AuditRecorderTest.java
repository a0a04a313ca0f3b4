package com.scalelab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.io.PolicyFiles;
import org.junit.jupiter.api.Test;

class AuditRecorderTest {
    @Test
    void recordCarriesTheVerdictMetricsAndFingerprint() {
        AuditRecorder recorder = new AuditRecorder(true, "9.9");
        ScalingPolicy policy = AuditFixtures.pyramid();
        ScalingResult result = ScalingEngine.evaluate(policy, AuditFixtures.tooSoon());

        AuditRecord r = recorder.record(AuditFixtures.RECORDED, "add-entry", policy, AuditFixtures.tooSoon(), result);

        assertThat(r.decision()).isEqualTo(result.decision());
        assertThat(r.reasonCode()).isEqualTo(result.reasonCode());
        assertThat(r.explanation()).isEqualTo(result.explanation());
        assertThat(r.entriesAfter()).isEqualTo(2);
        assertThat(r.trace()).hasSize(com.scalelab.engine.CheckCatalogue.size());
        assertThat(r.policyFingerprint()).isEqualTo(PolicyFiles.fingerprint(policy)).hasSize(64);
        assertThat(r.shortFingerprint()).isEqualTo(r.policyFingerprint().substring(0, 8));
        assertThat(r.programVersion()).isEqualTo("9.9");
    }

    @Test
    void timeIsKeptToTheMillisecond() {
        ScalingPolicy policy = AuditFixtures.pyramid();
        AuditRecord r = new AuditRecorder(false).record(java.time.Instant.parse("2026-11-24T18:35:09.201339273Z"),
                "record", policy, AuditFixtures.approvedAdd(), ScalingEngine.evaluate(policy, AuditFixtures.approvedAdd()));

        assertThat(r.time()).hasToString("2026-11-24T18:35:09.201Z");
    }

    @Test
    void aChangedPolicyGetsANewFingerprint() {
        AuditRecorder recorder = new AuditRecorder(false);
        ScalingPolicy a = AuditFixtures.pyramid();
        ScalingPolicy b = a.withLimits(new ScalingPolicy.Limits(25.0, 2.0, 0.0));

        String fa = recorder.fingerprint(a);
        String fb = recorder.fingerprint(b);

        assertThat(fb).isNotEqualTo(fa).isEqualTo(PolicyFiles.fingerprint(b));
        assertThat(recorder.fingerprint(a)).isEqualTo(fa);
    }

    @Test
    void withoutTraceTheRecordKeepsNoChecks() {
        AuditRecord r = AuditFixtures.record(new AuditRecorder(false), "record", AuditFixtures.approvedAdd());

        assertThat(r.hasTrace()).isFalse();
    }

    @Test
    void versionFallsBackToDevOutsideTheJar() {
        // Tests run from target/classes, which has no manifest.
        assertThat(ProgramVersion.current()).isEqualTo("dev");
    }
}
