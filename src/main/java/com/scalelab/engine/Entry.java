package com.scalelab.engine;

import java.time.Instant;

/** One fill already in the position. Quantity is unsigned; the position's direction gives the side. */
public record Entry(double price, double quantity, Instant time, long bar) {
}
