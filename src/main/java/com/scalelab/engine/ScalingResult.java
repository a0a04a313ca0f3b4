package com.scalelab.engine;

import java.util.List;

/**
 * The verdict with its deciding reason, a one-line explanation, the 15-check trace in contract order
 * and the metrics (null when the input was invalid: no number derived from it can be trusted).
 */
public record ScalingResult(Decision decision, ReasonCode reasonCode, String explanation, List<CheckResult> checks,
                            Metrics metrics) {
    public ScalingResult {
        checks = List.copyOf(checks);
    }

    public CheckResult check(ReasonCode code) {
        return checks.get(code.ordinal());
    }

    /** The check that decided, or null when the verdict is SCALE. */
    public CheckResult decidingCheck() {
        return reasonCode.isCheck() ? check(reasonCode) : null;
    }
}
