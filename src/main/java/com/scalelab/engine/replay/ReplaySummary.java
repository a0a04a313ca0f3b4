package com.scalelab.engine.replay;

import com.scalelab.engine.ReasonCode;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code summary} line of the replay command. {@code byReason} has all 17 codes in contract
 * order, 0 where none.
 */
public record ReplaySummary(int bars, int decisions, int cycles, int approvedEntries, Map<ReasonCode, Integer> byReason,
                            double pnl, double equityEnd, int maxEntriesInACycle, double maxPositionPct,
                            double maxRiskPct, double maxDrawdownPct) {
    public ReplaySummary {
        // an EnumMap keeps the contract order for whoever iterates it (Map.copyOf would not)
        EnumMap<ReasonCode, Integer> ordered = new EnumMap<>(ReasonCode.class);
        for (Map.Entry<ReasonCode, Integer> e : byReason.entrySet()) {
            ordered.put(Objects.requireNonNull(e.getKey(), "reason code"), Objects.requireNonNull(e.getValue(), "count"));
        }
        byReason = Collections.unmodifiableMap(ordered);
    }
}
