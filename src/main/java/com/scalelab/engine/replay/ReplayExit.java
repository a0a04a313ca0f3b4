package com.scalelab.engine.replay;

import java.time.Instant;

/** A closed position: an {@code exit} line of the replay command. */
public record ReplayExit(int bar, Instant time, ExitReason reason, double price, int entries, double quantity,
                         double averagePrice, double pnl, double equityAfter) {
}
