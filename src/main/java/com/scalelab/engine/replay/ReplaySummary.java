package com.scalelab.engine.replay;

import com.scalelab.engine.ReasonCode;

import java.util.Map;

/**
 * The {@code summary} line of the replay command. {@code byReason} has all 17 codes in contract
 * order, 0 where none.
 */
public record ReplaySummary(int bars, int decisions, int cycles, int approvedEntries, Map<ReasonCode, Integer> byReason,
                            double pnl, double equityEnd, int maxEntriesInACycle, double maxPositionPct,
                            double maxRiskPct, double maxDrawdownPct) {
    public ReplaySummary {
        byReason = Map.copyOf(byReason);
    }
}
