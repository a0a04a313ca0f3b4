package com.scalelab.ui.landscape;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.landscape.DecisionMap;
import java.util.function.BooleanSupplier;

/**
 * Turns a decision map into ARGB pixels for a plot of w x h pixels, off the FX thread: one block
 * of pixels per cell, its reason's shade, with a pattern per verdict so it reads without colour
 * (SKIP: dots, BLOCK: diagonal lines, invalid: cross-hatch, SCALE: plain).
 */
final class MapPixels {
    private static final Decision[] DECISION_BY_ORDINAL = new Decision[ReasonCode.values().length];

    static {
        for (ReasonCode r : ReasonCode.values()) {
            DECISION_BY_ORDINAL[r.ordinal()] = r.decision();
        }
    }

    private static final int INVALID = ReasonCode.INVALID_INPUT.ordinal();

    private MapPixels() {
    }

    /** A legend swatch: w x h pixels of one reason, with its verdict's pattern. */
    static int[] swatch(ReasonCode reason, int w, int h, int[] fill, int[] pattern) {
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = pixel(reason.ordinal(), x, y, fill, pattern);
            }
        }
        return out;
    }

    private static int pixel(int ord, int x, int y, int[] fill, int[] pattern) {
        boolean mark;
        if (ord == INVALID) {
            mark = ((x + y) % 6 == 0) || ((x - y + 6000) % 6 == 0);
        } else {
            Decision d = DECISION_BY_ORDINAL[ord];
            mark = d == Decision.BLOCK ? (x + y) % 7 == 0 : d == Decision.SKIP && (x % 5 == 2) && (y % 5 == 2);
        }
        return mark ? pattern[ord] : fill[ord];
    }

    /** The pixels, row-major, top row first (the map's highest row); null when cancelled midway. */
    static int[] render(DecisionMap map, int w, int h, int[] fill, int[] pattern, BooleanSupplier cancelled) {
        int cols = map.columns();
        int rows = map.rows();
        int[] out = new int[w * h];
        int[] colOfX = new int[w];
        for (int x = 0; x < w; x++) {
            colOfX[x] = Math.min(cols - 1, (int) ((long) x * cols / w));
        }
        for (int y = 0; y < h; y++) {
            if ((y & 31) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            int row = rows - 1 - Math.min(rows - 1, (int) ((long) y * rows / h));
            int base = y * w;
            for (int x = 0; x < w; x++) {
                out[base + x] = pixel(map.ordinalAt(colOfX[x], row), x, y, fill, pattern);
            }
        }
        return out;
    }
}
