package com.scalelab.engine.replay;

import com.scalelab.engine.Entry;

import java.util.List;

/**
 * One position of a replay, from its initial entry to its exit: a row of the positions table and
 * what the chart draws (entries, the stop after each entry, the exit).
 *
 * @param stopAfterEntry     the stop in force after each entry (same length as entries); with FIXED all equal
 * @param largestAdverseMove the largest open loss of the position at any bar close, in money (>= 0)
 */
public record ReplayCycle(int openBar, int closeBar, List<Entry> entries, List<Double> stopAfterEntry,
                          ReplayExit exit, double largestAdverseMove) {
    public ReplayCycle {
        entries = List.copyOf(entries);
        stopAfterEntry = List.copyOf(stopAfterEntry);
    }
}
