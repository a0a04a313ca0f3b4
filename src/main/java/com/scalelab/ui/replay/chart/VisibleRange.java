package com.scalelab.ui.replay.chart;

/**
 * Which bars a chart shows: a start (in bars, fractional while panning) and a span. Zoom keeps
 * the bar under the cursor under the cursor; the range never leaves the data and never shows
 * more bars than there are.
 */
final class VisibleRange {
    /** Zooming in stops here: fewer bars than this make a chart of three fat candles. */
    static final double MIN_ZOOM_SPAN = 8;

    private int bars;
    private double start;
    private double span = 1;

    void reset(int bars) {
        this.bars = Math.max(0, bars);
        start = 0;
        span = Math.max(1, this.bars);
    }

    /** Bars {@code first} to {@code last} inclusive, clamped to the data. */
    void show(int first, int last) {
        int lo = Math.min(first, last);
        int hi = Math.max(first, last);
        start = lo;
        span = hi - lo + 1;
        clamp();
    }

    /**
     * Scales the span by {@code factor} (below 1 zooms in) keeping the bar at {@code anchor}
     * (0 = left edge of the plot, 1 = right edge) where it is.
     */
    void zoom(double factor, double anchor) {
        double a = Math.max(0, Math.min(1, anchor));
        double atAnchor = start + a * span;
        double next = span * factor;
        if (factor < 1) {
            next = Math.max(next, Math.min(span, MIN_ZOOM_SPAN));
        }
        span = next;
        start = atAnchor - a * span;
        clamp();
    }

    void pan(double deltaBars) {
        start += deltaBars;
        clamp();
    }

    private void clamp() {
        double maxSpan = Math.max(1, bars);
        span = Math.max(1, Math.min(span, maxSpan));
        start = Math.max(0, Math.min(start, Math.max(0, bars - span)));
    }

    int bars() {
        return bars;
    }

    double start() {
        return start;
    }

    double span() {
        return span;
    }

    /** The first bar at least partly visible; -1 without bars. */
    int first() {
        return bars == 0 ? -1 : (int) Math.floor(start);
    }

    /** The last bar at least partly visible; -1 without bars. */
    int last() {
        return bars == 0 ? -1 : Math.min(bars - 1, (int) Math.ceil(start + span) - 1);
    }
}
