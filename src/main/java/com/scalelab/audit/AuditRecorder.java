package com.scalelab.audit;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.landscape.WhatWouldFlip;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.io.PolicyFiles;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
        // Milliseconds are plenty for decisions a person triggers, and keep exported times readable.
        return new AuditRecord(time.truncatedTo(ChronoUnit.MILLIS), trigger, policy, fingerprint(policy), context, result.decision(),
                result.reasonCode(), result.explanation(), result.metrics(), keepTrace ? result.checks() : null,
                programVersion, whatWouldFlip(policy, context, result));
    }

    /**
     * What would have flipped a SKIP or BLOCK, as it stood when recorded (a reviewer reads it beside
     * the verdict). A SCALE has nothing to flip, and costs nothing here.
     */
    static List<String> whatWouldFlip(ScalingPolicy policy, ScalingContext context, ScalingResult result) {
        if (result.decision() == Decision.SCALE) {
            return List.of();
        }
        return WhatWouldFlip.find(policy, context).sentences();
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
