package com.scalelab.engine;

import java.util.List;
import java.util.Objects;

/**
 * The verdict with its deciding reason, a one-line explanation, the trace (one line per catalogue check, in contract order)
 * and the metrics (null when the input was invalid: no number derived from it can be trusted).
 *
 * <p>A value class with the accessors of a record; the explanation, like the check messages, is
 * written when first read (see {@link CheckResult}).
 */
public final class ScalingResult {
    private final Decision decision;
    private final ReasonCode reasonCode;
    private final List<CheckResult> checks;
    private final Metrics metrics;
    private final CheckMessages messages;
    private String explanation;

    public ScalingResult(Decision decision, ReasonCode reasonCode, String explanation, List<CheckResult> checks,
                         Metrics metrics) {
        this.decision = decision;
        this.reasonCode = reasonCode;
        this.explanation = explanation;
        this.checks = List.copyOf(checks);
        this.metrics = metrics;
        this.messages = null;
    }

    /** For the engine: checks already immutable, explanation written on demand. */
    ScalingResult(ReasonCode reasonCode, List<CheckResult> checks, Metrics metrics, CheckMessages messages) {
        this.decision = reasonCode.decision();
        this.reasonCode = reasonCode;
        this.checks = checks;
        this.metrics = metrics;
        this.messages = messages;
    }

    public Decision decision() {
        return decision;
    }

    public ReasonCode reasonCode() {
        return reasonCode;
    }

    public String explanation() {
        String e = explanation;
        if (e == null && messages != null) {
            e = reasonCode.isCheck() ? check(reasonCode).message() : messages.approval(reasonCode);
            explanation = e;
        }
        return e;
    }

    public List<CheckResult> checks() {
        return checks;
    }

    public Metrics metrics() {
        return metrics;
    }

    public CheckResult check(ReasonCode code) {
        return checks.get(code.ordinal());
    }

    /** The check that decided, or null when the verdict is SCALE. */
    public CheckResult decidingCheck() {
        return reasonCode.isCheck() ? check(reasonCode) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScalingResult r && decision == r.decision && reasonCode == r.reasonCode
                && Objects.equals(explanation(), r.explanation()) && checks.equals(r.checks)
                && Objects.equals(metrics, r.metrics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decision, reasonCode, explanation(), checks, metrics);
    }

    @Override
    public String toString() {
        return "ScalingResult[decision=" + decision + ", reasonCode=" + reasonCode + ", explanation=" + explanation()
                + ", checks=" + checks + ", metrics=" + metrics + "]";
    }
}
