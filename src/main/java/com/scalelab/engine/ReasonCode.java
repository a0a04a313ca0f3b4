package com.scalelab.engine;

/**
 * The 17 reason codes of the contract. The checks come first, in the fixed order the engine runs
 * them (their ids; everything else about them is in the {@link CheckCatalogue}); the last two are
 * the approvals.
 */
public enum ReasonCode {
    INVALID_INPUT,
    SCALING_DISABLED,
    MAX_ENTRIES_REACHED,
    MAX_POSITION_EXCEEDED,
    PENDING_ORDER_CONFLICT,
    LEDGER_MISMATCH,
    RISK_BUDGET_EXCEEDED,
    DIRECTION_CONFLICT,
    MIN_TIME_NOT_ELAPSED,
    MIN_BARS_NOT_ELAPSED,
    SIGNAL_TOO_WEAK,
    PRICE_STRUCTURE_MISMATCH,
    PRICE_SPACING_OUT_OF_RANGE,
    VOLATILITY_OUT_OF_RANGE,
    EXECUTION_INFEASIBLE,
    SCALE_APPROVED,
    INITIAL_ENTRY;

    /**
     * The policy field (file path, e.g. "limits.maxRiskPct") whose limit this check applies, or null
     * when the check has no policy limit (input, pending orders, direction) or this is an approval.
     */
    public String policyField() {
        CheckCatalogue.CheckSpec spec = CheckCatalogue.find(this);
        return spec == null ? null : spec.policyField();
    }

    /** The phase of the check this code names; null for the two approvals. */
    public Phase phase() {
        CheckCatalogue.CheckSpec spec = CheckCatalogue.find(this);
        return spec == null ? null : spec.phase();
    }

    public boolean isCheck() {
        return CheckCatalogue.find(this) != null;
    }

    /** The decision this code gives when it is the deciding reason. */
    public Decision decision() {
        CheckCatalogue.CheckSpec spec = CheckCatalogue.find(this);
        return spec == null ? Decision.SCALE : spec.decision();
    }
}
