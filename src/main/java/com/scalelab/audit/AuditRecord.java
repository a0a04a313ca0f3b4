package com.scalelab.audit;

import com.scalelab.engine.CheckResult;
import com.scalelab.engine.Decision;
import com.scalelab.engine.Metrics;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One reviewed decision: when and why it was recorded, the policy in force (with its SHA-256
 * fingerprint), the full scenario it judged, the verdict and the program version. Policy, context
 * and metrics are shared immutable objects, so a record costs little more than its references;
 * the scenario document is written only on export.
 *
 * @param trace the 15-check trace, or null when it was not kept (it can be recomputed from the
 *              policy and context: the engine is deterministic)
 * @param metrics null when the input was invalid
 * @param whatWouldFlip for a SKIP or BLOCK, the sentences saying which single change gives SCALE
 *                      (or why none does), worked out when the record was made; empty for SCALE
 */
public record AuditRecord(Instant time, String trigger, ScalingPolicy policy, String policyFingerprint,
                          ScalingContext context, Decision decision, ReasonCode reasonCode, String explanation,
                          Metrics metrics, List<CheckResult> trace, String programVersion, List<String> whatWouldFlip) {

    /** A record without flip sentences. */
    public AuditRecord(Instant time, String trigger, ScalingPolicy policy, String policyFingerprint,
                       ScalingContext context, Decision decision, ReasonCode reasonCode, String explanation,
                       Metrics metrics, List<CheckResult> trace, String programVersion) {
        this(time, trigger, policy, policyFingerprint, context, decision, reasonCode, explanation, metrics, trace,
                programVersion, List.of());
    }

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(policyFingerprint, "policyFingerprint");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reasonCode, "reasonCode");
        trigger = trigger == null ? "" : trigger;
        explanation = explanation == null ? "" : explanation;
        programVersion = programVersion == null ? ProgramVersion.current() : programVersion;
        whatWouldFlip = whatWouldFlip == null ? List.of() : List.copyOf(whatWouldFlip);
    }

    public String symbol() {
        return context.symbol();
    }

    public String strategy() {
        return policy.strategy();
    }

    public String policyName() {
        return policy.name();
    }

    /** The first 8 hex digits of the fingerprint, enough to tell policies apart on screen. */
    public String shortFingerprint() {
        return policyFingerprint.length() <= 8 ? policyFingerprint : policyFingerprint.substring(0, 8);
    }

    /** Entries after the add, or null when the input was invalid. */
    public Integer entriesAfter() {
        return metrics == null ? null : metrics.entriesAfter();
    }

    public Double positionPct() {
        return metrics == null ? null : metrics.positionPctAfter();
    }

    public Double riskAmount() {
        return metrics == null ? null : metrics.riskAmountAfter();
    }

    public Double riskPct() {
        return metrics == null ? null : metrics.riskPctAfter();
    }

    public boolean hasTrace() {
        return trace != null;
    }
}
