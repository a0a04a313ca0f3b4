package com.scalelab.engine;

import java.time.Instant;

/** The extra entry being judged. */
public record ProposedEntry(Direction direction, double price, double quantity, Instant time, long bar,
                            double signalQuality) {
}
