package com.scalelab.ui.app;

import com.scalelab.engine.ReasonCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One line per reason code, in the trader's words, for Help > Reason codes. */
public final class ReasonCodeGuide {
    private static final Map<ReasonCode, String> MEANING = new EnumMap<>(ReasonCode.class);

    static {
        MEANING.put(ReasonCode.INVALID_INPUT, "A value of the scenario or policy is outside its domain; nothing is judged.");
        MEANING.put(ReasonCode.SCALING_DISABLED, "The policy does not allow adding to an open position at all.");
        MEANING.put(ReasonCode.MAX_ENTRIES_REACHED, "The position already holds the most entries the policy allows.");
        MEANING.put(ReasonCode.MAX_POSITION_EXCEEDED, "After the add the position would be too large a share of equity.");
        MEANING.put(ReasonCode.PENDING_ORDER_CONFLICT, "A working order that is not reduce-only could fill alongside the add.");
        MEANING.put(ReasonCode.LEDGER_MISMATCH, "The broker's position differs from the entries on record; reconcile first.");
        MEANING.put(ReasonCode.RISK_BUDGET_EXCEEDED, "The loss if the stop is hit would exceed the risk budget.");
        MEANING.put(ReasonCode.DIRECTION_CONFLICT, "The add is the wrong way for the position, or the stop is on the wrong side.");
        MEANING.put(ReasonCode.MIN_TIME_NOT_ELAPSED, "Too little time has passed since the last entry.");
        MEANING.put(ReasonCode.MIN_BARS_NOT_ELAPSED, "Too few bars have closed since the last entry.");
        MEANING.put(ReasonCode.SIGNAL_TOO_WEAK, "The entry signal's quality is below the policy's minimum.");
        MEANING.put(ReasonCode.PRICE_STRUCTURE_MISMATCH, "The price moved the wrong way for the mode (pyramid needs a gain, average down a loss).");
        MEANING.put(ReasonCode.PRICE_SPACING_OUT_OF_RANGE, "The add is too close to or too far from the last entry, in ATRs.");
        MEANING.put(ReasonCode.VOLATILITY_OUT_OF_RANGE, "The market is too quiet or too wild (ATR as % of price outside the band).");
        MEANING.put(ReasonCode.EXECUTION_INFEASIBLE, "The spread is too wide to fill the add at a fair price.");
        MEANING.put(ReasonCode.SCALE_APPROVED, "Every check passed: the add may go ahead.");
        MEANING.put(ReasonCode.INITIAL_ENTRY, "A first entry into a flat position passed the safety checks.");
    }

    private ReasonCodeGuide() {
    }

    public static String meaning(ReasonCode code) {
        return MEANING.get(code);
    }

    /** "CODE (DECISION): meaning", one per code, in the contract's order. */
    public static List<String> lines() {
        return List.of(ReasonCode.values()).stream()
                .map(c -> c.name() + " (" + c.decision() + "): " + MEANING.get(c))
                .toList();
    }
}
