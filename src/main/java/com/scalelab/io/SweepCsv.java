package com.scalelab.io;

import com.scalelab.engine.tuning.SweepCell;
import com.scalelab.engine.tuning.SweepGrid;
import java.util.List;

/**
 * A sweep as CSV (RFC 4180), one row per cell in grid order: the two fields' values (columns named
 * by their paths), valid, the figures, the most frequent holding-back reason and, for an invalid
 * cell, why. The app's CSV export and the command's output are this same text.
 */
public final class SweepCsv {
    public static final List<String> FIGURE_COLUMNS = List.of("valid", "pnl", "maxDrawdownPct", "approvedEntries",
            "cycles", "maxRiskPct", "topHoldingReason", "invalid");

    private SweepCsv() {
    }

    public static String toCsv(SweepGrid grid) {
        StringBuilder b = new StringBuilder();
        b.append(quote(grid.xAxis().field().path())).append(',').append(quote(grid.yAxis().field().path()));
        for (String c : FIGURE_COLUMNS) {
            b.append(',').append(c);
        }
        b.append("\r\n");
        for (SweepCell c : grid.cells()) {
            b.append(number(c.xValue())).append(',').append(number(c.yValue())).append(',').append(c.isValid());
            if (c.isValid()) {
                b.append(',').append(number(c.pnl())).append(',').append(number(c.maxDrawdownPct()))
                        .append(',').append(c.approvedEntries()).append(',').append(c.cycles())
                        .append(',').append(number(c.maxRiskPct()))
                        .append(',').append(c.topHoldingReason() == null ? "" : c.topHoldingReason().name())
                        .append(',');
            } else {
                b.append(",,,,,,,").append(quote(c.invalid()));
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    /** A number as the JSON output writes it (Double.toString), whole numbers without ".0". */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
