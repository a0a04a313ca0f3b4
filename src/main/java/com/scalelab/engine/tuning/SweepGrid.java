package com.scalelab.engine.tuning;

import java.util.List;

/**
 * A finished sweep: cells row by row (y outer, x inner), and where the policy being tuned sits on
 * the grid (-1 when its value is not one of the axis values).
 */
public record SweepGrid(SweepAxis xAxis, SweepAxis yAxis, List<SweepCell> cells, int currentX, int currentY) {
    public SweepGrid {
        cells = List.copyOf(cells);
    }

    public SweepCell cell(int x, int y) {
        return cells.get(y * xAxis.size() + x);
    }

    /** The valid cell with the best value of the figure (first in row order on ties), or null. */
    public SweepCell best(SweepFigure figure) {
        SweepCell best = null;
        for (SweepCell c : cells) {
            if (!c.isValid() || Double.isNaN(c.figure(figure))) {
                continue;
            }
            if (best == null || (figure.higherIsBetter() ? c.figure(figure) > best.figure(figure)
                    : c.figure(figure) < best.figure(figure))) {
                best = c;
            }
        }
        return best;
    }
}
