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

    /**
     * What the entries add up to, signed as a broker reports it (negative short): the ledger the
     * engine compares the broker's quantity with. 0 when flat or without a direction.
     */
    public double ledgerQuantity() {
        if (entries.isEmpty() || direction == null) {
            return 0;
        }
        double sum = 0;
        for (Entry e : entries) {
            sum += e.quantity();
        }
        return direction.sign() * sum;
    }
}
