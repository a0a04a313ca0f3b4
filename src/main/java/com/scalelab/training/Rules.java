package com.scalelab.training;

import com.scalelab.engine.ReasonCode;
import java.util.EnumMap;
import java.util.Map;

/** The rule each reason code teaches, in the few words a trainer uses ("3 of 5 on spacing"). */
public final class Rules {
    private static final Map<ReasonCode, String> NAMES = new EnumMap<>(ReasonCode.class);

    static {
        NAMES.put(ReasonCode.INVALID_INPUT, "bad data");
        NAMES.put(ReasonCode.SCALING_DISABLED, "scaling off");
        NAMES.put(ReasonCode.MAX_ENTRIES_REACHED, "entry count");
        NAMES.put(ReasonCode.MAX_POSITION_EXCEEDED, "position size");
        NAMES.put(ReasonCode.PENDING_ORDER_CONFLICT, "working orders");
        NAMES.put(ReasonCode.LEDGER_MISMATCH, "ledger");
        NAMES.put(ReasonCode.RISK_BUDGET_EXCEEDED, "risk budget");
        NAMES.put(ReasonCode.DIRECTION_CONFLICT, "direction and stop");
        NAMES.put(ReasonCode.MIN_TIME_NOT_ELAPSED, "time between entries");
        NAMES.put(ReasonCode.MIN_BARS_NOT_ELAPSED, "bars between entries");
        NAMES.put(ReasonCode.SIGNAL_TOO_WEAK, "signal quality");
        NAMES.put(ReasonCode.PRICE_STRUCTURE_MISMATCH, "price structure");
        NAMES.put(ReasonCode.PRICE_SPACING_OUT_OF_RANGE, "spacing");
        NAMES.put(ReasonCode.VOLATILITY_OUT_OF_RANGE, "volatility");
        NAMES.put(ReasonCode.EXECUTION_INFEASIBLE, "spread");
        NAMES.put(ReasonCode.SCALE_APPROVED, "approved adds");
        NAMES.put(ReasonCode.INITIAL_ENTRY, "first entries");
    }

    private Rules() {
    }

    public static String name(ReasonCode code) {
        return code == null ? "unknown" : NAMES.get(code);
    }
}
