package com.scalelab.engine;

/**
 * One line of the trace. {@code observed} and {@code limit} are null where the check has no number
 * to show (not evaluated, not applicable, or a limit the policy leaves unset). For a range check the
 * limit is the bound that was crossed, or when passing, the nearer bound.
 */
public record CheckResult(ReasonCode code, CheckStatus status, Double observed, Double limit, String message) {
    public Phase phase() {
        return code.phase();
    }

    public boolean failed() {
        return status == CheckStatus.FAIL;
    }
}
