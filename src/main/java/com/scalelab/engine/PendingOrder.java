package com.scalelab.engine;

/** A working order at the broker. Only a reduce-only order can coexist with a scale-in. */
public record PendingOrder(OrderSide side, double quantity, boolean reduceOnly) {
}
