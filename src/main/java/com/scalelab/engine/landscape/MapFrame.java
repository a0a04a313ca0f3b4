package com.scalelab.engine.landscape;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;

/**
 * What a decision map covers: price across (as offsets from the anchor price, in ATR multiples),
 * a second input up, and how many cells each way.
 *
 * @param anchorPrice the last entry's price (the proposed price for an initial entry)
 * @param atrUnit     the price distance of one ATR on the price axis (the current ATR)
 */
public record MapFrame(WhatIfInput yAxis, int columns, int rows, double anchorPrice, double atrUnit,
                       AxisRange offsetAtr, AxisRange y) {

    public MapFrame {
        if (yAxis == null || yAxis == WhatIfInput.PRICE || yAxis == WhatIfInput.QUANTITY) {
            throw new IllegalArgumentException("The second axis must be one of " + WhatIfInput.SECOND_AXES + "; got " + yAxis);
        }
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("A map needs at least 2 x 2 cells; got " + columns + " x " + rows);
        }
    }

    /** The default frame for this policy and scenario taken as loaded (see {@link WhatIfModel#frame}). */
    public static MapFrame defaults(ScalingPolicy policy, ScalingContext ctx, WhatIfInput yAxis, int columns, int rows) {
        return WhatIfModel.of(policy, ctx).frame(yAxis, ctx, columns, rows);
    }

    public double priceAt(int column) {
        return anchorPrice + offsetAtr.at(column, columns) * atrUnit;
    }

    /** The second input's value in this row (row 0 is the range's minimum); bars are whole. */
    public double yAt(int row) {
        double v = y.at(row, rows);
        return yAxis.isWhole() ? Math.round(v) : v;
    }

    /** The column the current price falls in (the map's marked cell). */
    public int columnOfPoint(WhatIfPoint p) {
        return columnOf(p.price());
    }

    /** The row the current second-axis value falls in (the map's marked cell). */
    public int rowOfPoint(WhatIfPoint p) {
        return rowOf(p.get(yAxis));
    }

    /** The column whose price is nearest this price, clamped to the map. */
    public int columnOf(double price) {
        double offset = (price - anchorPrice) / atrUnit;
        return clamp((int) Math.round((offset - offsetAtr.min()) / offsetAtr.span() * (columns - 1)), columns);
    }

    /** The row whose value is nearest this value, clamped to the map. */
    public int rowOf(double value) {
        return clamp((int) Math.round((value - y.min()) / y.span() * (rows - 1)), rows);
    }

    /** Where a price falls across the map, 0 at the first column's centre and 1 at the last's (may be outside). */
    public double xFraction(double price) {
        return ((price - anchorPrice) / atrUnit - offsetAtr.min()) / offsetAtr.span();
    }

    /** Where a second-axis value falls, 0 at the first row's centre and 1 at the last's (may be outside). */
    public double yFraction(double value) {
        return (value - y.min()) / y.span();
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
    }
}
