package com.scalelab.engine;

import java.util.List;

/**
 * The open position: its direction (may be null when there are no entries), the protective stop
 * and the entries in chronological order.
 */
public record Position(Direction direction, double stopPrice, List<Entry> entries) {
    public Position {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
