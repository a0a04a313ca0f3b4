package com.scalelab.audit;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.io.PolicyFiles;
import java.time.Instant;

/**
 * Turns decisions into audit records. Remembers the fingerprint of the last policy seen, since a
 * session records many decisions under the same policy and hashing its JSON each time would be
 * wasted work.
 */
public final class AuditRecorder {
    private final boolean keepTrace;
    private final String programVersion;
    private ScalingPolicy lastPolicy;
    private String lastFingerprint;

    /** @param keepTrace keep the 15-check trace in each record (more memory; exported as "checks") */
    public AuditRecorder(boolean keepTrace) {
        this(keepTrace, ProgramVersion.current());
    }

    public AuditRecorder(boolean keepTrace, String programVersion) {
        this.keepTrace = keepTrace;
        this.programVersion = programVersion;
    }

    public synchronized AuditRecord record(Instant time, String trigger, ScalingPolicy policy, ScalingContext context,
                                           ScalingResult result) {
        return new AuditRecord(time, trigger, policy, fingerprint(policy), context, result.decision(),
                result.reasonCode(), result.explanation(), result.metrics(), keepTrace ? result.checks() : null,
                programVersion);
    }

    /** SHA-256 (hex) of the policy's canonical JSON. */
    public synchronized String fingerprint(ScalingPolicy policy) {
        if (policy != lastPolicy && !policy.equals(lastPolicy)) {
            lastFingerprint = PolicyFiles.fingerprint(policy);
        }
        lastPolicy = policy;
        return lastFingerprint;
    }

}
