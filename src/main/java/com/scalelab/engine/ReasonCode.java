package com.scalelab.engine;

import java.util.List;

/**
 * The 17 reason codes of the contract. The first 15 are also the ids of the checks, in the fixed
 * order the engine runs them; the last two are the approvals.
 */
public enum ReasonCode {
    INVALID_INPUT(Phase.INPUT, null),
    SCALING_DISABLED(Phase.SAFETY, "scaling.enabled"),
    MAX_ENTRIES_REACHED(Phase.SAFETY, "scaling.maxEntries"),
    MAX_POSITION_EXCEEDED(Phase.SAFETY, "limits.maxPositionPct"),
    PENDING_ORDER_CONFLICT(Phase.SAFETY, null),
    LEDGER_MISMATCH(Phase.SAFETY, "limits.ledgerTolerance"),
    RISK_BUDGET_EXCEEDED(Phase.SAFETY, "limits.maxRiskPct"),
    DIRECTION_CONFLICT(Phase.DIRECTION, null),
    MIN_TIME_NOT_ELAPSED(Phase.QUALIFICATION, "qualification.minMinutesBetween"),
    MIN_BARS_NOT_ELAPSED(Phase.QUALIFICATION, "qualification.minBarsBetween"),
    SIGNAL_TOO_WEAK(Phase.QUALIFICATION, "qualification.minSignalQuality"),
    PRICE_STRUCTURE_MISMATCH(Phase.QUALIFICATION, "scaling.mode"),
    PRICE_SPACING_OUT_OF_RANGE(Phase.QUALIFICATION, "qualification.minSpacingAtr"),
    VOLATILITY_OUT_OF_RANGE(Phase.QUALIFICATION, "qualification.volatilityPct"),
    EXECUTION_INFEASIBLE(Phase.EXECUTION, "execution.maxSpreadBps"),
    SCALE_APPROVED(null, null),
    INITIAL_ENTRY(null, null);

    /** The 15 checks, in contract order. */
    public static final List<ReasonCode> CHECKS = List.of(values()).subList(0, 15);

    private final Phase phase;
    private final String policyField;

    ReasonCode(Phase phase, String policyField) {
        this.phase = phase;
        this.policyField = policyField;
    }

    /**
     * The policy field (file path, e.g. "limits.maxRiskPct") whose limit this check applies, or null
     * when the check has no policy limit (input, pending orders, direction).
     */
    public String policyField() {
        return policyField;
    }

    /** The phase of the check this code names; null for the two approvals. */
    public Phase phase() {
        return phase;
    }

    public boolean isCheck() {
        return phase != null;
    }

    /** The decision this code gives when it is the deciding reason. */
    public Decision decision() {
        if (phase == null) {
            return Decision.SCALE;
        }
        return phase.blocks() ? Decision.BLOCK : Decision.SKIP;
    }
}
