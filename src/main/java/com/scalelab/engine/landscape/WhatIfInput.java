package com.scalelab.engine.landscape;

import java.util.List;

/** The inputs a trader can slide in the what-if panel, in the order the panel shows them. */
public enum WhatIfInput {
    PRICE("Price", ""),
    TIME("Minutes since last entry", "min"),
    BARS("Bars since last entry", "bars"),
    SIGNAL_QUALITY("Signal quality", ""),
    ATR("ATR", ""),
    SPREAD("Spread", "bps"),
    QUANTITY("Quantity", "");

    /** The inputs a decision map can put on its second (vertical) axis; price is always the first. */
    public static final List<WhatIfInput> SECOND_AXES = List.of(TIME, BARS, SIGNAL_QUALITY, ATR, SPREAD);

    private final String label;
    private final String unit;

    WhatIfInput(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** A short unit for axis labels ("min", "bps"), empty when the value has none. */
    public String unit() {
        return unit;
    }

    /** Bars are counted, not measured: the value is always a whole number. */
    public boolean isWhole() {
        return this == BARS;
    }

    /** Timing inputs mean nothing for an initial entry (no previous entry to count from). */
    public boolean needsEntries() {
        return this == TIME || this == BARS;
    }
}
