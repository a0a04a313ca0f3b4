package com.scalelab.engine;

import java.util.List;

/**
 * The 17 reason codes of the contract. The first 15 are also the ids of the checks, in the fixed
 * order the engine runs them; the last two are the approvals.
 */
public enum ReasonCode {
    INVALID_INPUT(Phase.INPUT),
    SCALING_DISABLED(Phase.SAFETY),
    MAX_ENTRIES_REACHED(Phase.SAFETY),
    MAX_POSITION_EXCEEDED(Phase.SAFETY),
    PENDING_ORDER_CONFLICT(Phase.SAFETY),
    LEDGER_MISMATCH(Phase.SAFETY),
    RISK_BUDGET_EXCEEDED(Phase.SAFETY),
    DIRECTION_CONFLICT(Phase.DIRECTION),
    MIN_TIME_NOT_ELAPSED(Phase.QUALIFICATION),
    MIN_BARS_NOT_ELAPSED(Phase.QUALIFICATION),
    SIGNAL_TOO_WEAK(Phase.QUALIFICATION),
    PRICE_STRUCTURE_MISMATCH(Phase.QUALIFICATION),
    PRICE_SPACING_OUT_OF_RANGE(Phase.QUALIFICATION),
    VOLATILITY_OUT_OF_RANGE(Phase.QUALIFICATION),
    EXECUTION_INFEASIBLE(Phase.EXECUTION),
    SCALE_APPROVED(null),
    INITIAL_ENTRY(null);

    /** The 15 checks, in contract order. */
    public static final List<ReasonCode> CHECKS = List.of(values()).subList(0, 15);

    private final Phase phase;

    ReasonCode(Phase phase) {
        this.phase = phase;
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
