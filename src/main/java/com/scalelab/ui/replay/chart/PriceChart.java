package com.scalelab.ui.replay.chart;

import com.scalelab.engine.Entry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ExitReason;
import com.scalelab.engine.replay.ReplayCycle;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayExit;
import com.scalelab.ui.landscape.LandscapePalette;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The replay's price chart: candlesticks (OHLC bars when zoomed out, a per-pixel-column high/low
 * envelope when more bars than pixels are visible), the positions over them (entries sized by
 * quantity, the average price, the stop stepping after each entry, the exit labelled STOP /
 * TAKE_PROFIT / END), highlighted bars shaded, and under the price pane the verdict band: one
 * thin row with each bar in its decision's colour, as the decision map paints it.
 *
 * <p>Wheel zooms around the cursor, dragging pans, a double click shows every bar again; + / -
 * and the arrow keys do the same from the keyboard. A click on a bar (price pane or band) calls
 * {@link #onBarClickedProperty()}.
 *
 * <p>Drawing costs at most one pass over the plot's pixel columns: zoomed in only the visible
 * bars are read, zoomed out each column asks {@link RangeExtremes} for its low and high. Changes
 * mark the chart dirty and it is drawn once, at the next pulse.
 *
 * <p>Layout, left to right: the plot, then {@link #AXIS_WIDTH} of price labels; top to bottom:
 * {@link #HEADER_HEIGHT} of crosshair readout, the price pane, {@link #BAND_GAP}, the
 * {@link #BAND_HEIGHT} verdict band, {@link #TIME_AXIS_HEIGHT} of dates. Bar t spans
 * x = (t - start) x w / span to (t + 1 - start) x w / span of the plot's width w.
 */
public final class PriceChart extends Region {
    /** Width of the price labels right of the plot (the equity chart uses the same, so the two align). */
    public static final double AXIS_WIDTH = 64;
    public static final double HEADER_HEIGHT = 18;
    public static final double BAND_GAP = 3;
    public static final double BAND_HEIGHT = 10;
    public static final double TIME_AXIS_HEIGHT = 20;
    /** One wheel notch or key press zooms by this factor. */
    static final double ZOOM_STEP = 0.8;
    /** A press that moves less than this is a click, not a drag. */
    private static final double CLICK_SLOP = 3;
    private static final Font FONT = Font.font(11);
    private static final Font SMALL = Font.font(10);

    /** How the last frame drew the bars. */
    enum DrawMode {
        NONE, CANDLES, OHLC_BARS, ENVELOPE
    }

    private final Canvas canvas = new Canvas(0, 0);
    private final Line crossV = new Line();
    private final Line crossH = new Line();
    private final Label readout = new Label();
    private final Label crossPrice = new Label();
    private final ChartColours.Probes probes;
    private ChartColours colours = ChartColours.LIGHT;

    private final VisibleRange range = new VisibleRange();
    private final ReadOnlyIntegerWrapper firstVisible = new ReadOnlyIntegerWrapper(this, "firstVisibleBar", -1);
    private final ReadOnlyIntegerWrapper lastVisible = new ReadOnlyIntegerWrapper(this, "lastVisibleBar", -1);
    private final ObjectProperty<IntConsumer> onBarClicked = new SimpleObjectProperty<>(this, "onBarClicked");

    private BarSeries bars;
    private RangeExtremes extremes;
    private DateTimeFormatter timeFormat = AxisTicks.timeFormat(java.time.Duration.ofDays(1));
    private double timeLabelWidth = 70;
    private List<ReplayDecision> decisions = List.of();
    /** Index into decisions of each bar's decision, -1 for none. */
    private int[] decisionAt = new int[0];
    private ReasonMasks masks;
    private List<ReplayCycle> cycles = List.of();
    private int[] cycleClose = new int[0];
    private double maxEntryQuantity = 1;
    private BitSet highlighted = new BitSet();
    private int selected = -1;

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
    private DrawMode lastMode = DrawMode.NONE;
    /** The range the last frame showed. */
    private double drawnStart = Double.NaN;
    private double drawnSpan = Double.NaN;
    /** The price scale of the last frame: y = priceTop + (yHigh - p) / (yHigh - yLow) x priceHeight. */
    private double yLow = 0;
    private double yHigh = 1;
    private int readoutDecimals = 2;

    private double pressX;
    private double lastDragX;
    private boolean dragged;
    private final double[] scratch = new double[2];

    public PriceChart() {
        getStyleClass().add("price-chart");
        getStylesheets().add(PriceChart.class.getResource("/styles/replay-chart.css").toExternalForm());
        setFocusTraversable(true);
        canvas.setManaged(false);
        crossV.getStyleClass().add("chart-crosshair");
        crossH.getStyleClass().add("chart-crosshair");
        readout.getStyleClass().add("chart-readout");
        crossPrice.getStyleClass().add("chart-crosshair-price");
        for (javafx.scene.Node n : List.of(crossV, crossH, readout, crossPrice)) {
            n.setManaged(false);
            n.setMouseTransparent(true);
        }
        hideCrosshair();
        getChildren().addAll(canvas, crossV, crossH, crossPrice, readout);
        probes = new ChartColours.Probes(this, getChildren(), c -> {
            colours = c;
            markDirty();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !dragged) {
                range.reset(size());
                rangeChanged();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideCrosshair());
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    // ---- the API the replay view uses

    /** The bars to chart; shows all of them. Null clears the chart. */
    public void setBars(BarSeries bars) {
        this.bars = bars;
        int n = size();
        extremes = n == 0 ? null : RangeExtremes.of(bars.low(), bars.high());
        if (n > 0) {
            timeFormat = AxisTicks.timeFormat(AxisTicks.barSpacing(bars.time()));
            timeLabelWidth = textWidth(timeFormat.format(bars.time()[0]), SMALL);
        }
        indexDecisions();
        indexCycles();
        range.reset(n);
        hideCrosshair();
        rangeChanged();
        markDirty();
    }

    /** The replay's decisions (at most one a bar), drawn in the verdict band. */
    public void setDecisions(List<ReplayDecision> decisions) {
        this.decisions = decisions == null ? List.of() : List.copyOf(decisions);
        indexDecisions();
        markDirty();
    }

    /** The replay's positions: entries, average price, stop, exit. */
    public void setCycles(List<ReplayCycle> cycles) {
        List<ReplayCycle> sorted = new ArrayList<>(cycles == null ? List.of() : cycles);
        sorted.sort(Comparator.comparingInt(ReplayCycle::openBar));
        this.cycles = List.copyOf(sorted);
        indexCycles();
        markDirty();
    }

    /** Bars to shade (e.g. every bar whose decision had one reason); null or empty for none. */
    public void setHighlightedBars(BitSet bars) {
        highlighted = bars == null ? new BitSet() : (BitSet) bars.clone();
        markDirty();
    }

    /** The bar marked with a vertical line; -1 for none. */
    public void setSelectedBar(int bar) {
        selected = bar;
        markDirty();
    }

    public int getSelectedBar() {
        return selected;
    }

    /** Called with the bar index when the user clicks a bar in the price pane or the verdict band. */
    public ObjectProperty<IntConsumer> onBarClickedProperty() {
        return onBarClicked;
    }

    public IntConsumer getOnBarClicked() {
        return onBarClicked.get();
    }

    public void setOnBarClicked(IntConsumer callback) {
        onBarClicked.set(callback);
    }

    /** Shows bars {@code firstBar} to {@code lastBar} inclusive (clamped to the data). */
    public void showRange(int firstBar, int lastBar) {
        range.show(firstBar, lastBar);
        rangeChanged();
    }

    /** The first bar at least partly visible; -1 without bars. */
    public int getFirstVisibleBar() {
        return firstVisible.get();
    }

    /** The last bar at least partly visible; -1 without bars. */
    public int getLastVisibleBar() {
        return lastVisible.get();
    }

    /** Follows zoom and pan: the view keeps the equity chart aligned through these. */
    public ReadOnlyIntegerProperty firstVisibleBarProperty() {
        return firstVisible.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty lastVisibleBarProperty() {
        return lastVisible.getReadOnlyProperty();
    }

    /** The chart as it is now (pending changes drawn, crosshair left out), for a PNG export. */
    public WritableImage snapshotImage() {
        if (dirty) {
            draw();
        }
        boolean crosshair = crossV.isVisible();
        boolean[] shown = {crossV.isVisible(), crossH.isVisible(), crossPrice.isVisible(), readout.isVisible()};
        hideCrosshair();
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(colours.panel());
        WritableImage image = snapshot(p, null);
        if (crosshair) {
            crossV.setVisible(shown[0]);
            crossH.setVisible(shown[1]);
            crossPrice.setVisible(shown[2]);
            readout.setVisible(shown[3]);
        }
        return image;
    }

    /** The x (in this chart's coordinates) of the middle of bar {@code bar} as last laid out. */
    public double xOfBar(int bar) {
        return snappedLeftInset() + (bar + 0.5 - range.start()) * barWidth();
    }

    /** FX-thread time of the last frame, in nanoseconds (for the benchmarks). */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    DrawMode lastDrawMode() {
        return lastMode;
    }

    String readoutText() {
        return readout.getText();
    }

    // ---- indexes

    private int size() {
        return bars == null ? 0 : bars.size();
    }

    private void indexDecisions() {
        int n = size();
        decisionAt = new int[n];
        java.util.Arrays.fill(decisionAt, -1);
        int[] bits = new int[n];
        for (int i = 0; i < decisions.size(); i++) {
            ReplayDecision d = decisions.get(i);
            if (d != null && d.bar() >= 0 && d.bar() < n && d.reasonCode() != null) {
                decisionAt[d.bar()] = i;
                bits[d.bar()] = 1 << d.reasonCode().ordinal();
            }
        }
        masks = new ReasonMasks(bits);
    }

    private void indexCycles() {
        cycleClose = new int[cycles.size()];
        double maxQ = 0;
        for (int i = 0; i < cycles.size(); i++) {
            ReplayCycle c = cycles.get(i);
            cycleClose[i] = c.closeBar();
            for (Entry e : c.entries()) {
                maxQ = Math.max(maxQ, e.quantity());
            }
        }
        // the closes are in order too (positions do not overlap); keep them searchable if one is odd
        for (int i = 1; i < cycleClose.length; i++) {
            cycleClose[i] = Math.max(cycleClose[i], cycleClose[i - 1]);
        }
        maxEntryQuantity = maxQ > 0 ? maxQ : 1;
    }

    /** The first cycle that closes at or after {@code bar}. */
    private int firstCycleClosingFrom(int bar) {
        int lo = 0;
        int hi = cycleClose.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cycleClose[mid] < bar) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---- geometry

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - AXIS_WIDTH);
    }

    private double priceTop() {
        return HEADER_HEIGHT;
    }

    private double priceBottom() {
        return Math.max(HEADER_HEIGHT + 10, canvas.getHeight() - TIME_AXIS_HEIGHT - BAND_HEIGHT - BAND_GAP);
    }

    private double bandTop() {
        return priceBottom() + BAND_GAP;
    }

    private double barWidth() {
        return plotWidth() / range.span();
    }

    private double xIn(double bar) {
        return (bar - range.start()) * barWidth();
    }

    private double y(double price) {
        double top = priceTop();
        return top + (yHigh - price) / (yHigh - yLow) * (priceBottom() - top);
    }

    private double priceAt(double y) {
        double top = priceTop();
        return yHigh - (y - top) / (priceBottom() - top) * (yHigh - yLow);
    }

    /** The bar under x (canvas coordinates), -1 outside the data. */
    private int barAt(double x) {
        if (size() == 0 || x < 0 || x >= plotWidth()) {
            return -1;
        }
        int b = (int) Math.floor(range.start() + x / barWidth());
        return b >= 0 && b < size() ? b : -1;
    }

    // ---- input

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = e.getX();
        lastDragX = e.getX();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (size() == 0) {
            return;
        }
        if (!dragged && Math.abs(e.getX() - pressX) > CLICK_SLOP) {
            dragged = true;
        }
        if (dragged) {
            double dx = e.getX() - lastDragX;
            lastDragX = e.getX();
            range.pan(-dx / barWidth());
            rangeChanged();
            hover(e.getX(), e.getY());
        }
    }

    private void released(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY || e.getClickCount() > 1) {
            return;
        }
        double y = e.getY();
        if (y < priceTop() || y > bandTop() + BAND_HEIGHT) {
            return;
        }
        int bar = barAt(e.getX());
        IntConsumer callback = onBarClicked.get();
        if (bar >= 0 && callback != null) {
            callback.accept(bar);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (size() == 0 || e.getDeltaY() == 0) {
            return;
        }
        range.zoom(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.getX() / plotWidth());
        rangeChanged();
        hover(e.getX(), e.getY());
        e.consume();
    }

    private void key(KeyEvent e) {
        if (size() == 0) {
            return;
        }
        double step = Math.max(1, range.span() * 0.1);
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> range.zoom(ZOOM_STEP, 0.5);
            case MINUS, SUBTRACT -> range.zoom(1 / ZOOM_STEP, 0.5);
            case LEFT -> range.pan(-step);
            case RIGHT -> range.pan(step);
            case HOME -> range.reset(size());
            default -> {
                return;
            }
        }
        e.consume();
        rangeChanged();
    }

    private void rangeChanged() {
        firstVisible.set(range.first());
        lastVisible.set(range.last());
        // a drag against the end of the data or a zoom past all bars changes nothing: no frame
        if (range.start() != drawnStart || range.span() != drawnSpan) {
            markDirty();
        }
    }

    // ---- crosshair (nodes over the canvas: moving it never redraws the chart)

    private void hover(double x, double y) {
        int bar = barAt(x);
        double bottom = bandTop() + BAND_HEIGHT;
        if (bar < 0 || y < priceTop() || y > bottom) {
            hideCrosshair();
            return;
        }
        double ox = canvas.getLayoutX();
        double oy = canvas.getLayoutY();
        double cx = Math.floor(xIn(bar + 0.5)) + 0.5;
        crossV.setStartX(ox + cx);
        crossV.setEndX(ox + cx);
        crossV.setStartY(oy + priceTop());
        crossV.setEndY(oy + bottom);
        crossV.setVisible(true);
        if (y <= priceBottom()) {
            double cy = Math.floor(y) + 0.5;
            crossH.setStartX(ox);
            crossH.setEndX(ox + plotWidth());
            crossH.setStartY(oy + cy);
            crossH.setEndY(oy + cy);
            crossH.setVisible(true);
            crossPrice.setText(AxisTicks.number(priceAt(y), readoutDecimals));
            crossPrice.autosize();
            crossPrice.relocate(ox + plotWidth() + 2, oy + cy - crossPrice.getHeight() / 2);
            crossPrice.setVisible(true);
        } else {
            crossH.setVisible(false);
            crossPrice.setVisible(false);
        }
        readout.setText(describe(bar));
        readout.autosize();
        readout.relocate(ox + 2, oy + (HEADER_HEIGHT - readout.getHeight()) / 2);
        readout.setVisible(true);
    }

    /** The readout of one bar: time, OHLC, and its decision's verdict and reason. */
    private String describe(int bar) {
        int d = readoutDecimals;
        StringBuilder s = new StringBuilder();
        s.append('#').append(bar).append("  ").append(AxisTicks.readout(bars.time()[bar]))
                .append("   O ").append(AxisTicks.number(bars.open()[bar], d))
                .append("  H ").append(AxisTicks.number(bars.high()[bar], d))
                .append("  L ").append(AxisTicks.number(bars.low()[bar], d))
                .append("  C ").append(AxisTicks.number(bars.close()[bar], d));
        int at = bar < decisionAt.length ? decisionAt[bar] : -1;
        if (at >= 0) {
            ReplayDecision dec = decisions.get(at);
            s.append("   ").append(dec.kind()).append(' ').append(LandscapePalette.verdictWords(dec.reasonCode().decision()))
                    .append(" · ").append(dec.reasonCode().name());
        }
        return s.toString();
    }

    private void hideCrosshair() {
        crossV.setVisible(false);
        crossH.setVisible(false);
        crossPrice.setVisible(false);
        readout.setVisible(false);
    }

    // ---- drawing

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
            hideCrosshair();
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    @Override
    protected double computeMinHeight(double width) {
        return HEADER_HEIGHT + 40 + BAND_GAP + BAND_HEIGHT + TIME_AXIS_HEIGHT;
    }

    private void draw() {
        long t0 = System.nanoTime();
        dirty = false;
        drawnStart = range.start();
        drawnSpan = range.span();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(colours.panel());
        g.fillRect(0, 0, w, h);
        if (w < AXIS_WIDTH + 10 || h < computeMinHeight(-1)) {
            lastMode = DrawMode.NONE;
            return;
        }
        if (size() == 0) {
            g.setFill(colours.muted());
            g.setFont(FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("No bars", plotWidth() / 2, (priceTop() + priceBottom()) / 2);
            lastMode = DrawMode.NONE;
            lastDrawNanos = System.nanoTime() - t0;
            return;
        }
        int first = Math.max(0, range.first());
        int last = range.last();
        scaleToVisible(first, last);

        double plotW = plotWidth();
        double top = priceTop();
        double bottom = priceBottom();
        drawPriceGrid(g, plotW, top, bottom);
        g.save();
        g.beginPath();
        g.rect(0, top, plotW, bottom - top);
        g.clip();
        drawHighlights(g, first, last, top, bottom);
        double bw = barWidth();
        if (bw >= 3) {
            lastMode = DrawMode.CANDLES;
            drawCandles(g, first, last, bw);
        } else if (bw >= 1) {
            lastMode = DrawMode.OHLC_BARS;
            drawOhlcBars(g, first, last, bw);
        } else {
            lastMode = DrawMode.ENVELOPE;
            drawEnvelope(g, plotW);
        }
        drawCycles(g, first, last, top, bottom);
        g.restore();
        drawBand(g, first, last, plotW);
        drawTimeAxis(g, first, last, plotW);
        drawSelected(g, plotW);
        // frame of the plot
        g.setStroke(colours.border());
        g.setLineWidth(1);
        g.strokeLine(plotW + 0.5, top, plotW + 0.5, bandTop() + BAND_HEIGHT);
        g.strokeLine(0, bottom + 0.5, plotW, bottom + 0.5);
        lastDrawNanos = System.nanoTime() - t0;
    }

    /** The price scale of the visible bars and of the stops and exits in view (a stop 3 ATR away still shows). */
    private void scaleToVisible(int first, int last) {
        extremes.over(first, last + 1, scratch);
        double lo = scratch[0];
        double hi = scratch[1];
        for (int i = firstCycleClosingFrom(first); i < cycles.size() && cycles.get(i).openBar() <= last; i++) {
            ReplayCycle c = cycles.get(i);
            List<Entry> entries = c.entries();
            for (int k = 0; k < entries.size() && k < c.stopAfterEntry().size(); k++) {
                // a stop counts where its step is in view: from its entry to the next entry or the close
                long from = entries.get(k).bar();
                long to = k + 1 < entries.size() ? entries.get(k + 1).bar() : c.closeBar();
                double s = c.stopAfterEntry().get(k);
                if (to >= first && from <= last && Double.isFinite(s) && s > 0) {
                    lo = Math.min(lo, s);
                    hi = Math.max(hi, s);
                }
            }
            if (c.exit() != null && Double.isFinite(c.exit().price()) && c.closeBar() >= first
                    && c.closeBar() <= last) {
                lo = Math.min(lo, c.exit().price());
                hi = Math.max(hi, c.exit().price());
            }
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        double pad = (hi - lo) * 0.06;
        if (pad <= 0) {
            pad = Math.max(Math.abs(hi) * 0.01, 1e-9);
        }
        yLow = lo - pad;
        yHigh = hi + pad;
        readoutDecimals = AxisTicks.priceDecimals((Math.abs(lo) + Math.abs(hi)) / 2);
    }

    private void drawPriceGrid(GraphicsContext g, double plotW, double top, double bottom) {
        double height = bottom - top;
        double step = AxisTicks.step((yHigh - yLow) / Math.max(2, height / 42));
        java.util.function.DoubleFunction<String> label = AxisTicks.labels(step,
                Math.max(Math.abs(yLow), Math.abs(yHigh)));
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(1);
        for (double p = Math.ceil(yLow / step) * step; p <= yHigh; p += step) {
            double yy = Math.floor(y(p)) + 0.5;
            if (yy < top + 5 || yy > bottom - 5) {
                continue;
            }
            g.setStroke(colours.grid());
            g.strokeLine(0, yy, plotW, yy);
            g.setFill(colours.muted());
            g.fillText(label.apply(p), plotW + 6, yy);
        }
    }

    private void drawHighlights(GraphicsContext g, int first, int last, double top, double bottom) {
        if (highlighted.isEmpty()) {
            return;
        }
        g.setFill(withOpacity(colours.highlight(), colours.verdicts().isDark() ? 0.28 : 0.18));
        double bw = barWidth();
        if (bw >= 1) {
            for (int i = highlighted.nextSetBit(first); i >= 0 && i <= last; ) {
                int end = Math.min(highlighted.nextClearBit(i), last + 1);
                double x0 = Math.floor(xIn(i));
                double x1 = Math.floor(xIn(end));
                g.fillRect(x0, top, Math.max(1, x1 - x0), bottom - top);
                i = end > last ? -1 : highlighted.nextSetBit(end);
            }
            return;
        }
        // zoomed out: a pixel column is shaded when any of its bars is; the next set bit is found
        // once and reused until the columns pass it, so the frame reads the set once at most
        int columns = (int) Math.ceil(plotWidth());
        int next = highlighted.nextSetBit(first);
        int runStart = -1;
        for (int c = 0; c <= columns; c++) {
            boolean shade = false;
            if (c < columns && next >= 0) {
                int[] bounds = columnBars(c);
                if (next < bounds[0]) {
                    next = highlighted.nextSetBit(bounds[0]);
                }
                shade = next >= 0 && next < bounds[1];
            }
            if (shade && runStart < 0) {
                runStart = c;
            } else if (!shade && runStart >= 0) {
                g.fillRect(runStart, top, c - runStart, bottom - top);
                runStart = -1;
            }
        }
    }

    private final int[] columnScratch = new int[2];

    /** The bars [from, to) drawn in pixel column c of the plot (zoomed out). */
    private int[] columnBars(int c) {
        double bpp = range.span() / plotWidth();
        int from = (int) Math.floor(range.start() + c * bpp);
        int to = (int) Math.floor(range.start() + (c + 1) * bpp);
        columnScratch[0] = Math.max(0, from);
        columnScratch[1] = Math.min(size(), Math.max(to, from + 1));
        return columnScratch;
    }

    private void drawCandles(GraphicsContext g, int first, int last, double bw) {
        double body = Math.max(1, Math.floor(bw * 0.7));
        if (body >= 3 && ((int) body) % 2 == 0) {
            body -= 1; // odd bodies centre on the one-pixel wick
        }
        double[] o = bars.open();
        double[] hi = bars.high();
        double[] lo = bars.low();
        double[] c = bars.close();
        for (int pass = 0; pass < 2; pass++) {
            boolean up = pass == 0;
            g.setFill(up ? colours.up() : colours.down());
            for (int i = first; i <= last; i++) {
                if ((c[i] >= o[i]) != up) {
                    continue;
                }
                double xc = Math.floor(xIn(i + 0.5));
                double yh = Math.floor(y(hi[i]));
                double yl = Math.floor(y(lo[i]));
                g.fillRect(xc, yh, 1, Math.max(1, yl - yh + 1));
                double yTop = Math.floor(y(Math.max(o[i], c[i])));
                double yBot = Math.floor(y(Math.min(o[i], c[i])));
                g.fillRect(xc - Math.floor(body / 2), yTop, body, Math.max(1, yBot - yTop + 1));
            }
        }
    }

    private void drawOhlcBars(GraphicsContext g, int first, int last, double bw) {
        double[] o = bars.open();
        double[] hi = bars.high();
        double[] lo = bars.low();
        double[] c = bars.close();
        boolean ticks = bw >= 2;
        for (int pass = 0; pass < 2; pass++) {
            boolean up = pass == 0;
            g.setFill(up ? colours.up() : colours.down());
            for (int i = first; i <= last; i++) {
                if ((c[i] >= o[i]) != up) {
                    continue;
                }
                double xc = Math.floor(xIn(i + 0.5));
                double yh = Math.floor(y(hi[i]));
                double yl = Math.floor(y(lo[i]));
                g.fillRect(xc, yh, 1, Math.max(1, yl - yh + 1));
                if (ticks) {
                    g.fillRect(xc - 1, Math.floor(y(o[i])), 1, 1);
                    g.fillRect(xc + 1, Math.floor(y(c[i])), 1, 1);
                }
            }
        }
    }

    /** One vertical line per pixel column from its bars' lowest low to highest high, coloured by the column's move. */
    private void drawEnvelope(GraphicsContext g, double plotW) {
        int columns = (int) Math.ceil(plotW);
        double[] o = bars.open();
        double[] c = bars.close();
        for (int pass = 0; pass < 2; pass++) {
            boolean up = pass == 0;
            g.setFill(up ? colours.up() : colours.down());
            for (int col = 0; col < columns; col++) {
                int[] b = columnBars(col);
                if (b[0] >= b[1]) {
                    continue;
                }
                if ((c[b[1] - 1] >= o[b[0]]) != up) {
                    continue;
                }
                extremes.over(b[0], b[1], scratch);
                double yh = Math.floor(y(scratch[1]));
                double yl = Math.floor(y(scratch[0]));
                g.fillRect(col, yh, 1, Math.max(1, yl - yh + 1));
            }
        }
    }

    /** Fewer pixels than this per position in view and positions are drawn plainly (see drawDenseCycles). */
    private static final double DENSE_PIXELS_PER_POSITION = 12;

    private void drawCycles(GraphicsContext g, int first, int last, double top, double bottom) {
        int from = firstCycleClosingFrom(first);
        int to = from;
        while (to < cycles.size() && cycles.get(to).openBar() <= last) {
            to++;
        }
        if (to - from > plotWidth() / DENSE_PIXELS_PER_POSITION) {
            drawDenseCycles(g, from, to);
            return;
        }
        double lastLabelRight = Double.NEGATIVE_INFINITY;
        g.setFont(SMALL);
        for (int i = from; i < to; i++) {
            ReplayCycle cycle = cycles.get(i);
            List<Entry> entries = cycle.entries();
            if (entries.isEmpty()) {
                continue;
            }
            double xClose = xIn(cycle.closeBar() + 0.5);
            // the stop and the average price in force after each entry, as steps to the next entry
            double sumQ = 0;
            double sumPQ = 0;
            double prevAvgY = Double.NaN;
            double prevStopY = Double.NaN;
            for (int k = 0; k < entries.size(); k++) {
                Entry e = entries.get(k);
                sumQ += e.quantity();
                sumPQ += e.quantity() * e.price();
                double x0 = xIn(e.bar() + 0.5);
                double x1 = k + 1 < entries.size() ? xIn(entries.get(k + 1).bar() + 0.5) : xClose;
                double avgY = y(sumPQ / sumQ);
                g.setStroke(colours.average());
                g.setLineWidth(1.5);
                g.setLineDashes();
                if (!Double.isNaN(prevAvgY)) {
                    g.strokeLine(x0, prevAvgY, x0, avgY);
                }
                g.strokeLine(x0, avgY, x1, avgY);
                prevAvgY = avgY;
                if (k < cycle.stopAfterEntry().size()) {
                    double stop = cycle.stopAfterEntry().get(k);
                    if (Double.isFinite(stop)) {
                        double stopY = y(stop);
                        g.setStroke(colours.verdicts().block());
                        g.setLineDashes(5, 3);
                        if (!Double.isNaN(prevStopY)) {
                            g.strokeLine(x0, prevStopY, x0, stopY);
                        }
                        g.strokeLine(x0, stopY, x1, stopY);
                        g.setLineDashes();
                        prevStopY = stopY;
                    }
                }
            }
            for (Entry e : entries) {
                double r = 2.5 + 5.5 * Math.sqrt(Math.max(0, e.quantity()) / maxEntryQuantity);
                double x = xIn(e.bar() + 0.5);
                double yy = y(e.price());
                g.setFill(colours.verdicts().scale());
                g.fillOval(x - r, yy - r, 2 * r, 2 * r);
                g.setStroke(colours.panel());
                g.setLineWidth(1);
                g.strokeOval(x - r, yy - r, 2 * r, 2 * r);
            }
            ReplayExit exit = cycle.exit();
            if (exit != null && Double.isFinite(exit.price())) {
                lastLabelRight = drawExit(g, exit, xClose, y(exit.price()), top, bottom, lastLabelRight);
            }
        }
    }

    /**
     * Positions too many to draw one by one (thousands in view when zoomed out): the average and
     * the stop as one-pixel rectangles without dashes or steps, entries and exits as 3 px squares,
     * at most one entry square per pixel column, no labels; each colour in one pass. Dashed
     * strokes and ovals by the thousand cost the software pipeline tens of milliseconds a frame.
     */
    private void drawDenseCycles(GraphicsContext g, int from, int to) {
        for (int pass = 0; pass < 2; pass++) {
            g.setFill(pass == 0 ? colours.average() : colours.verdicts().block());
            for (int i = from; i < to; i++) {
                ReplayCycle cycle = cycles.get(i);
                List<Entry> entries = cycle.entries();
                double sumQ = 0;
                double sumPQ = 0;
                for (int k = 0; k < entries.size(); k++) {
                    Entry e = entries.get(k);
                    sumQ += e.quantity();
                    sumPQ += e.quantity() * e.price();
                    double x0 = Math.floor(xIn(e.bar() + 0.5));
                    double x1 = Math.floor(xIn((k + 1 < entries.size() ? entries.get(k + 1).bar() : cycle.closeBar())
                            + 0.5));
                    double level = pass == 0 ? sumPQ / sumQ
                            : k < cycle.stopAfterEntry().size() ? cycle.stopAfterEntry().get(k) : Double.NaN;
                    if (Double.isFinite(level)) {
                        g.fillRect(x0, Math.floor(y(level)), Math.max(1, x1 - x0), 1);
                    }
                }
            }
        }
        g.setFill(colours.verdicts().scale());
        double lastX = Double.NaN;
        for (int i = from; i < to; i++) {
            for (Entry e : cycles.get(i).entries()) {
                double x = Math.floor(xIn(e.bar() + 0.5));
                if (x != lastX) {
                    g.fillRect(x - 1, Math.floor(y(e.price())) - 1, 3, 3);
                    lastX = x;
                }
            }
        }
        for (ExitReason reason : ExitReason.values()) {
            g.setFill(exitColour(reason));
            for (int i = from; i < to; i++) {
                ReplayExit exit = cycles.get(i).exit();
                if (exit != null && exit.reason() == reason && Double.isFinite(exit.price())) {
                    g.fillRect(Math.floor(xIn(cycles.get(i).closeBar() + 0.5)) - 1, Math.floor(y(exit.price())) - 1, 3, 3);
                }
            }
        }
    }

    /** The exit: a diamond in the exit's colour and its reason beside it, unless it would overlap the last label. */
    private double drawExit(GraphicsContext g, ReplayExit exit, double x, double yy, double top, double bottom,
                            double lastLabelRight) {
        Color c = exitColour(exit.reason());
        double r = 5;
        g.setFill(c);
        g.fillPolygon(new double[] {x, x + r, x, x - r}, new double[] {yy - r, yy, yy + r, yy}, 4);
        g.setStroke(colours.panel());
        g.setLineWidth(1);
        g.strokePolygon(new double[] {x, x + r, x, x - r}, new double[] {yy - r, yy, yy + r, yy}, 4);
        String label = exit.reason().name();
        double tw = EXIT_LABEL_WIDTHS[exit.reason().ordinal()];
        // centred on the exit, pushed inside the plot at its edges
        double left = Math.max(1, Math.min(x - tw / 2, plotWidth() - tw - 1));
        if (left <= lastLabelRight + 4 || x < -r || x > plotWidth() + r) {
            return lastLabelRight;
        }
        // below a stop (it is under the price for a long), above otherwise; inside the pane either way
        boolean below = exit.reason() == ExitReason.STOP;
        double ly = below ? yy + r + 2 : yy - r - 2 - 13;
        if (ly + 13 > bottom) {
            ly = yy - r - 2 - 13;
        }
        if (ly < top) {
            ly = yy + r + 2;
        }
        g.setFill(withOpacity(colours.panel(), 0.85));
        g.fillRect(left, ly, tw, 13);
        g.setStroke(c);
        g.strokeRect(Math.floor(left) + 0.5, Math.floor(ly) + 0.5, Math.round(tw), 12);
        g.setFill(c);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, left + tw / 2, ly + 7);
        return left + tw;
    }

    /** Text widths of the exit labels plus their 3 px margins, measured once (a Text layout per frame costs). */
    private static final double[] EXIT_LABEL_WIDTHS = java.util.Arrays.stream(ExitReason.values())
            .mapToDouble(r -> textWidth(r.name(), SMALL) + 6).toArray();

    private Color exitColour(ExitReason reason) {
        return switch (reason) {
            case STOP -> colours.verdicts().block();
            case TAKE_PROFIT -> colours.verdicts().scale();
            case END -> colours.muted();
        };
    }

    private void drawBand(GraphicsContext g, int first, int last, double plotW) {
        double top = bandTop();
        LandscapePalette p = colours.verdicts();
        double bw = barWidth();
        if (!decisions.isEmpty()) {
            if (bw >= 1) {
                for (int i = first; i <= last; i++) {
                    int at = decisionAt[i];
                    if (at < 0) {
                        continue;
                    }
                    double x0 = Math.floor(xIn(i));
                    double x1 = Math.floor(xIn(i + 1));
                    g.setFill(p.colour(decisions.get(at).reasonCode()));
                    // a one-pixel gap between wide bars keeps neighbours of one colour countable
                    double width = x1 - x0 >= 4 ? x1 - x0 - 1 : Math.max(1, x1 - x0);
                    g.fillRect(x0, top, width, BAND_HEIGHT);
                }
            } else {
                int columns = (int) Math.ceil(plotW);
                for (int c = 0; c < columns; c++) {
                    int[] b = columnBars(c);
                    int mask = masks.over(b[0], b[1]);
                    if (mask != 0) {
                        g.setFill(p.colour(representative(mask)));
                        g.fillRect(c, top, 1, BAND_HEIGHT);
                    }
                }
            }
        }
        g.setStroke(colours.border());
        g.setLineWidth(1);
        g.strokeRect(0.5, Math.floor(top) - 0.5, plotW - 1, BAND_HEIGHT + 1);
        g.setFill(colours.muted());
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("verdict", plotW + 6, top + BAND_HEIGHT / 2);
    }

    /** Priority of reasons when one pixel column holds several: approvals, invalid input, blocks, skips. */
    private static final ReasonCode[] BAND_PRIORITY = bandPriority();

    private static ReasonCode[] bandPriority() {
        List<ReasonCode> order = new ArrayList<>(List.of(ReasonCode.SCALE_APPROVED, ReasonCode.INITIAL_ENTRY,
                ReasonCode.INVALID_INPUT));
        for (ReasonCode r : ReasonCode.values()) {
            if (!order.contains(r) && r.decision() == com.scalelab.engine.Decision.BLOCK) {
                order.add(r);
            }
        }
        for (ReasonCode r : ReasonCode.values()) {
            if (!order.contains(r)) {
                order.add(r);
            }
        }
        return order.toArray(ReasonCode[]::new);
    }

    static ReasonCode representative(int mask) {
        for (ReasonCode r : BAND_PRIORITY) {
            if ((mask & (1 << r.ordinal())) != 0) {
                return r;
            }
        }
        return ReasonCode.INVALID_INPUT;
    }

    private void drawTimeAxis(GraphicsContext g, int first, int last, double plotW) {
        double top = bandTop() + BAND_HEIGHT;
        double bw = barWidth();
        double minGap = timeLabelWidth + 24;
        long every = Math.max(1, (long) AxisTicks.step(Math.ceil(minGap / bw)));
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        for (long i = (first + every - 1) / every * every; i <= last; i += every) {
            double x = Math.floor(xIn(i + 0.5)) + 0.5;
            if (x - timeLabelWidth / 2 < 0 || x + timeLabelWidth / 2 > plotW) {
                continue;
            }
            g.setStroke(colours.border());
            g.strokeLine(x, top, x, top + 3);
            g.setFill(colours.muted());
            g.fillText(timeFormat.format(bars.time()[(int) i]), x, top + 4);
        }
    }

    private void drawSelected(GraphicsContext g, double plotW) {
        if (selected < 0 || selected >= size() || selected < range.first() || selected > range.last()) {
            return;
        }
        double x = Math.floor(xIn(selected + 0.5)) + 0.5;
        if (x < 0 || x > plotW) {
            return;
        }
        g.setStroke(colours.text());
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeLine(x, priceTop(), x, bandTop() + BAND_HEIGHT);
        // a small notch above the pane so the marker reads even over a dense envelope
        g.setFill(colours.text());
        g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {priceTop() - 5, priceTop() - 5, priceTop()}, 3);
    }

    static Color withOpacity(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }

    static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
