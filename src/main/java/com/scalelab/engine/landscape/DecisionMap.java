package com.scalelab.engine.landscape;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;

/**
 * The deciding reason in every cell of a {@link MapFrame}, stored as {@link ReasonCode} ordinals
 * row by row (row 0 = the second axis's minimum), with the point the map was computed around.
 */
public final class DecisionMap {
    private static final ReasonCode[] CODES = ReasonCode.values();

    private final MapFrame frame;
    private final WhatIfPoint at;
    private final byte[] reasons;

    DecisionMap(MapFrame frame, WhatIfPoint at, byte[] reasons) {
        this.frame = frame;
        this.at = at;
        this.reasons = reasons;
    }

    public MapFrame frame() {
        return frame;
    }

    /** The current point: every input the map does not vary is held at its value here. */
    public WhatIfPoint at() {
        return at;
    }

    public int columns() {
        return frame.columns();
    }

    public int rows() {
        return frame.rows();
    }

    public ReasonCode reasonAt(int column, int row) {
        return CODES[reasons[row * frame.columns() + column]];
    }

    public Decision decisionAt(int column, int row) {
        return reasonAt(column, row).decision();
    }

    /** The ordinal of the deciding reason of cell (column, row): cheap for painting. */
    public int ordinalAt(int column, int row) {
        return reasons[row * frame.columns() + column];
    }

    /** The full point a cell stands for: the current point with price and the second input moved. */
    public WhatIfPoint pointAt(int column, int row) {
        return at.with(WhatIfInput.PRICE, frame.priceAt(column)).with(frame.yAxis(), frame.yAt(row));
    }

    /**
     * Whether this map also holds for that point: it differs from the map's own point at most in
     * price and the second-axis input, the two inputs the map spans. (The policy and the rest of the
     * scenario must be the same too; the caller knows that.)
     */
    public boolean covers(WhatIfPoint p) {
        WhatIfPoint a = at.with(WhatIfInput.PRICE, 0).with(frame.yAxis(), 0);
        WhatIfPoint b = p.with(WhatIfInput.PRICE, 0).with(frame.yAxis(), 0);
        return a.equals(b);
    }

    /** The same cells with another current point (only the marker moves); see {@link #covers}. */
    public DecisionMap withPoint(WhatIfPoint p) {
        if (!covers(p)) {
            throw new IllegalArgumentException("The map does not cover " + p + ": only price and "
                    + frame.yAxis() + " may differ from " + at);
        }
        return new DecisionMap(frame, p, reasons);
    }

    /** How many cells each reason decides, indexed by ordinal (for legends). */
    public int[] countByReason() {
        int[] counts = new int[CODES.length];
        for (byte b : reasons) {
            counts[b]++;
        }
        return counts;
    }
}
