package com.scalelab.ui.replay.chart;

import com.scalelab.engine.replay.BarSeries;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The replay's mark-to-market equity as a line, and under it the drawdown from the running peak
 * as an area hanging from 0 %. Its plot has the price chart's width and axis column
 * ({@link PriceChart#AXIS_WIDTH}), so with the same {@link #showRange} the bars line up.
 * NaN values (the warm-up) are left blank. Zoomed out, each pixel column draws its bars' range
 * ({@link RangeExtremes}); zoomed in, the line runs through the visible bars only.
 */
public final class EquityChart extends Region {
    private static final Font SMALL = Font.font(10);
    /** The equity pane's share of the height below the readout; the drawdown pane has the rest. */
    private static final double EQUITY_SHARE = 0.62;
    private static final double GAP = 6;
    private static final double BOTTOM = 4;

    private final Canvas canvas = new Canvas(0, 0);
    private final Line crossV = new Line();
    private final Label readout = new Label();
    private final ChartColours.Probes probes;
    private ChartColours colours = ChartColours.LIGHT;
    private final VisibleRange range = new VisibleRange();

    private BarSeries bars;
    private double[] equity = new double[0];
    private double[] drawdown = new double[0];
    private RangeExtremes equityExtremes;
    private RangeExtremes drawdownExtremes;
    private int size;

    private boolean dirty;
    private final AnimationTimer nextPulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            if (dirty) {
                draw();
            }
        }
    };
    private long lastDrawNanos;
    private double eLow = 0;
    private double eHigh = 1;
    private double ddMax = 1;
    private final double[] scratch = new double[2];

    public EquityChart() {
        getStyleClass().add("equity-chart");
        getStylesheets().add(EquityChart.class.getResource("/styles/replay-chart.css").toExternalForm());
        canvas.setManaged(false);
        crossV.getStyleClass().add("chart-crosshair");
        readout.getStyleClass().add("chart-readout");
        for (javafx.scene.Node n : List.of(crossV, readout)) {
            n.setManaged(false);
            n.setMouseTransparent(true);
            n.setVisible(false);
        }
        getChildren().addAll(canvas, crossV, readout);
        probes = new ChartColours.Probes(this, getChildren(), c -> {
            colours = c;
            markDirty();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            crossV.setVisible(false);
            readout.setVisible(false);
        });
    }

    /**
     * The bars (for times) and, per bar, the mark-to-market equity and the drawdown in percent
     * (NaN where there is none, the warm-up). Shows all bars. Arrays longer or shorter than the
     * series are cut to the shortest.
     */
    public void setSeries(BarSeries bars, double[] markToMarket, double[] drawdownPct) {
        this.bars = bars;
        int n = bars == null ? 0 : bars.size();
        n = Math.min(n, markToMarket == null ? 0 : markToMarket.length);
        n = Math.min(n, drawdownPct == null ? 0 : drawdownPct.length);
        size = n;
        equity = n == 0 ? new double[0] : java.util.Arrays.copyOf(markToMarket, n);
        drawdown = n == 0 ? new double[0] : java.util.Arrays.copyOf(drawdownPct, n);
        equityExtremes = n == 0 ? null : RangeExtremes.of(equity, equity);
        drawdownExtremes = n == 0 ? null : RangeExtremes.of(drawdown, drawdown);
        range.reset(n);
        markDirty();
    }

    /** Shows bars {@code firstBar} to {@code lastBar} inclusive (the price chart's range). */
    public void showRange(int firstBar, int lastBar) {
        range.show(firstBar, lastBar);
        markDirty();
    }

    public int getFirstVisibleBar() {
        return range.first();
    }

    public int getLastVisibleBar() {
        return range.last();
    }

    public WritableImage snapshotImage() {
        if (dirty) {
            draw();
        }
        boolean[] shown = {crossV.isVisible(), readout.isVisible()};
        crossV.setVisible(false);
        readout.setVisible(false);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(colours.panel());
        WritableImage image = snapshot(p, null);
        crossV.setVisible(shown[0]);
        readout.setVisible(shown[1]);
        return image;
    }

    /** FX-thread time of the last frame, in nanoseconds. */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    // ---- geometry

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - PriceChart.AXIS_WIDTH);
    }

    private double equityTop() {
        return PriceChart.HEADER_HEIGHT;
    }

    private double equityBottom() {
        double usable = Math.max(20, canvas.getHeight() - PriceChart.HEADER_HEIGHT - BOTTOM - GAP);
        return equityTop() + usable * EQUITY_SHARE;
    }

    private double ddTop() {
        return equityBottom() + GAP;
    }

    private double ddBottom() {
        return Math.max(ddTop() + 5, canvas.getHeight() - BOTTOM);
    }

    private double barWidth() {
        return plotWidth() / range.span();
    }

    private double xIn(double bar) {
        return (bar - range.start()) * barWidth();
    }

    private double yEquity(double v) {
        return equityTop() + (eHigh - v) / (eHigh - eLow) * (equityBottom() - equityTop());
    }

    private double yDrawdown(double pct) {
        return ddTop() + pct / ddMax * (ddBottom() - ddTop());
    }

    private void hover(double x) {
        if (size == 0 || x < 0 || x >= plotWidth()) {
            crossV.setVisible(false);
            readout.setVisible(false);
            return;
        }
        int bar = (int) Math.floor(range.start() + x / barWidth());
        if (bar < 0 || bar >= size) {
            return;
        }
        double cx = canvas.getLayoutX() + Math.floor(xIn(bar + 0.5)) + 0.5;
        crossV.setStartX(cx);
        crossV.setEndX(cx);
        crossV.setStartY(canvas.getLayoutY() + equityTop());
        crossV.setEndY(canvas.getLayoutY() + ddBottom());
        crossV.setVisible(true);
        String e = Double.isNaN(equity[bar]) ? "warm-up" : "equity " + AxisTicks.number(equity[bar], 2)
                + "   drawdown " + AxisTicks.number(drawdown[bar], 2) + " %";
        readout.setText("#" + bar + "  " + AxisTicks.readout(bars.time()[bar]) + "   " + e);
        readout.autosize();
        readout.relocate(canvas.getLayoutX() + 2,
                canvas.getLayoutY() + (PriceChart.HEADER_HEIGHT - readout.getHeight()) / 2);
        readout.setVisible(true);
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            nextPulse.start();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.floor(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 200;
    }

    private void draw() {
        long t0 = System.nanoTime();
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(colours.panel());
        g.fillRect(0, 0, w, h);
        if (w < PriceChart.AXIS_WIDTH + 10 || h < PriceChart.HEADER_HEIGHT + 40) {
            return;
        }
        double plotW = plotWidth();
        g.setFont(SMALL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(colours.muted());
        // pane titles where no tick label goes: equity in the readout line's axis corner, drawdown at its 0 %
        g.fillText("equity", plotW + 6, PriceChart.HEADER_HEIGHT / 2);
        g.fillText("drawdown", plotW + 6, ddTop() + 6);
        if (size == 0) {
            lastDrawNanos = System.nanoTime() - t0;
            return;
        }
        int first = Math.max(0, range.first());
        int last = range.last();
        equityExtremes.over(first, last + 1, scratch);
        double lo = scratch[0];
        double hi = scratch[1];
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        double pad = (hi - lo) * 0.08;
        if (pad <= 0) {
            pad = Math.max(Math.abs(hi) * 0.005, 1);
        }
        eLow = lo - pad;
        eHigh = hi + pad;
        drawdownExtremes.over(first, last + 1, scratch);
        // at least 1 % deep, so a flat run is not a full-height area
        ddMax = Double.isFinite(scratch[1]) ? Math.max(1, scratch[1] * 1.1) : 1;

        drawGrid(g, plotW);
        g.save();
        g.beginPath();
        g.rect(0, equityTop(), plotW, ddBottom() - equityTop());
        g.clip();
        double bw = barWidth();
        g.setFill(PriceChart.withOpacity(colours.verdicts().block(), colours.verdicts().isDark() ? 0.55 : 0.4));
        if (bw >= 1) {
            for (int i = first; i <= last; i++) {
                double d = drawdown[i];
                if (Double.isFinite(d) && d > 0) {
                    double x0 = Math.floor(xIn(i));
                    double x1 = Math.floor(xIn(i + 1));
                    g.fillRect(x0, ddTop(), Math.max(1, x1 - x0), yDrawdown(d) - ddTop());
                }
            }
            g.setStroke(colours.accent());
            g.setLineWidth(1.5);
            g.beginPath();
            boolean open = false;
            for (int i = first; i <= last; i++) {
                double v = equity[i];
                if (Double.isNaN(v)) {
                    open = false;
                    continue;
                }
                double x = xIn(i + 0.5);
                if (open) {
                    g.lineTo(x, yEquity(v));
                } else {
                    g.moveTo(x, yEquity(v));
                    open = true;
                }
            }
            g.stroke();
        } else {
            int columns = (int) Math.ceil(plotW);
            double bpp = range.span() / plotW;
            for (int c = 0; c < columns; c++) {
                int from = Math.max(0, (int) Math.floor(range.start() + c * bpp));
                int to = Math.min(size, Math.max(from + 1, (int) Math.floor(range.start() + (c + 1) * bpp)));
                drawdownExtremes.over(from, to, scratch);
                if (Double.isFinite(scratch[1]) && scratch[1] > 0) {
                    g.fillRect(c, ddTop(), 1, yDrawdown(scratch[1]) - ddTop());
                }
            }
            g.setFill(colours.accent());
            for (int c = 0; c < columns; c++) {
                int from = Math.max(0, (int) Math.floor(range.start() + c * bpp));
                int to = Math.min(size, Math.max(from + 1, (int) Math.floor(range.start() + (c + 1) * bpp)));
                equityExtremes.over(from, to, scratch);
                if (Double.isFinite(scratch[0])) {
                    double yh = Math.floor(yEquity(scratch[1]));
                    double yl = Math.floor(yEquity(scratch[0]));
                    g.fillRect(c, yh, 1, Math.max(2, yl - yh + 1));
                }
            }
        }
        g.restore();
        g.setStroke(colours.border());
        g.setLineWidth(1);
        g.strokeLine(plotW + 0.5, equityTop(), plotW + 0.5, ddBottom());
        g.strokeLine(0, Math.floor(ddTop()) + 0.5, plotW, Math.floor(ddTop()) + 0.5);
        lastDrawNanos = System.nanoTime() - t0;
    }

    private void drawGrid(GraphicsContext g, double plotW) {
        g.setLineWidth(1);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double top = equityTop();
        double bottom = equityBottom();
        double step = AxisTicks.step((eHigh - eLow) / Math.max(2, (bottom - top) / 36));
        java.util.function.DoubleFunction<String> label = AxisTicks.labels(step,
                Math.max(Math.abs(eLow), Math.abs(eHigh)));
        for (double v = Math.ceil(eLow / step) * step; v <= eHigh; v += step) {
            double yy = Math.floor(yEquity(v)) + 0.5;
            if (yy < top + 4 || yy > bottom - 4) {
                continue;
            }
            g.setStroke(colours.grid());
            g.strokeLine(0, yy, plotW, yy);
            g.setFill(colours.muted());
            g.fillText(label.apply(v), plotW + 6, yy);
        }
        // at least two ticks under the title, however short the pane
        double ddStep = AxisTicks.step(ddMax / Math.max(2, (ddBottom() - ddTop()) / 28));
        int ddDecimals = AxisTicks.decimals(ddStep);
        for (double p = ddStep; p <= ddMax; p += ddStep) {
            double yy = Math.floor(yDrawdown(p)) + 0.5;
            if (yy < ddTop() + 14 || yy > ddBottom() - 2) {
                continue;
            }
            g.setStroke(colours.grid());
            g.strokeLine(0, yy, plotW, yy);
            g.setFill(colours.muted());
            g.fillText("-" + AxisTicks.number(p, ddDecimals) + " %", plotW + 6, yy);
        }
    }
}
