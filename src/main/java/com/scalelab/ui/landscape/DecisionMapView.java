package com.scalelab.ui.landscape;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.landscape.DecisionMap;
import com.scalelab.engine.landscape.MapFrame;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfPoint;
import com.scalelab.engine.landscape.Figures;
import com.scalelab.ui.app.VerdictBadge;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The decision map: price across (offset from the last entry in ATR, prices shown), a second
 * input up, each cell coloured by the verdict with a shade per deciding reason and a pattern per
 * verdict, a legend, the current slider point marked. Hover shows the verdict of a cell; a click
 * reports the cell's price and second-axis value so the sliders can move there.
 *
 * <p>A renderer: what to show comes from {@link LandscapeViewModel}, which has the map's cells
 * and pixels worked out off the FX thread at the plot size this view reports. The FX thread only
 * copies the finished pixels into an image and draws the axes, the marker and the legend, well
 * within a frame.
 */
public class DecisionMapView extends Region {
    /** Cells each way: 65,536 decisions per map. */
    public static final int CELLS = 256;
    static final double LEFT = 62;
    static final double RIGHT = 30;
    static final double TOP = 22;
    static final double BOTTOM = 40;

    /** A picked cell: its price and its value on the second axis. */
    public record MapPick(double price, WhatIfInput axis, double value) {
    }

    private final Canvas canvas = new Canvas(480, 360);
    private final FlowPane legend = new FlowPane(12, 4);
    private final PaletteProbes probes;
    private final ReadOnlyObjectWrapper<DecisionMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final Tooltip tooltip = new Tooltip();

    private Consumer<MapPick> onPick = p -> { };
    private Consumer<DecisionMap> onPainted = m -> { };
    private LandscapePalette palette = LandscapePalette.LIGHT;
    private LandscapeViewModel model;
    private LandscapeViewModel.PaintedMap shown;
    private WritableImage image;
    private int[] imagePixels;
    private int legendMask = -1;
    private long paintCount;
    private long lastPaintNanos;
    private double legendHeight;
    private double legendWidth = -1;

    public DecisionMapView() {
        getStyleClass().add("decision-map");
        getStylesheets().add(DecisionMapView.class.getResource("/styles/landscape.css").toExternalForm());
        legend.getStyleClass().add("map-legend");
        legend.setPadding(new Insets(4, 4, 0, LEFT));
        getChildren().addAll(canvas, legend);
        probes = new PaletteProbes(this, getChildren(), p -> {
            palette = p;
            legendMask = -1;
            resized();
        });
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.textProperty().bind(hoverText);
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> hoverText.set(""));
        canvas.setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            DecisionMap m = map.get();
            if (cell != null && m != null) {
                onPick.accept(new MapPick(m.frame().priceAt(cell[0]), m.frame().yAxis(), m.frame().yAt(cell[1])));
            }
        });
    }

    // Inputs

    /**
     * Draws the maps of this landscape view-model and tells it the plot's size and colours, so it
     * paints them to fit (once, when the view is built).
     */
    public void setModel(LandscapeViewModel model) {
        this.model = model;
        model.paintedMapProperty().addListener((obs, o, n) -> paint(n));
        resized();
        paint(model.paintedMapProperty().get());
    }

    /** Called with the cell's price and second-axis value when the user clicks a cell. */
    public void setOnPick(Consumer<MapPick> onPick) {
        this.onPick = onPick == null ? p -> { } : onPick;
    }

    /** Called on the FX thread each time a new map has been painted. */
    public void setOnPainted(Consumer<DecisionMap> onPainted) {
        this.onPainted = onPainted == null ? m -> { } : onPainted;
    }

    // Outputs

    /** The map on screen (null until the first one is painted). */
    public ReadOnlyObjectProperty<DecisionMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** What the hover tooltip says about the cell under the mouse; empty when the mouse is away. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    public LandscapePalette palette() {
        return palette;
    }

    /** How long the FX thread spent painting the last map, in nanoseconds (for measurements). */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** Maps painted so far (for measurements). */
    public long paintCount() {
        return paintCount;
    }

    /**
     * True when the map on screen is the latest asked for and fits the current size: nothing is
     * being computed for this view.
     */
    public boolean isUpToDate() {
        return model != null && model.isMapUpToDate() && shown != null
                && shown.width() == (int) Math.floor(plotWidth()) && shown.height() == (int) Math.floor(plotHeight());
    }

    /** The centre of a cell, in this view's coordinates. */
    public Point2D cellCentre(int column, int row) {
        DecisionMap m = map.get();
        double w = plotWidth();
        double h = plotHeight();
        int cols = m == null ? CELLS : m.columns();
        int rows = m == null ? CELLS : m.rows();
        return new Point2D(canvas.getLayoutX() + LEFT + (column + 0.5) * w / cols,
                canvas.getLayoutY() + TOP + h - (row + 0.5) * h / rows);
    }

    /** Where the current slider point is marked, in this view's coordinates; null before the first map. */
    public Point2D markerPosition() {
        DecisionMap m = map.get();
        if (m == null) {
            return null;
        }
        MapFrame f = m.frame();
        WhatIfPoint at = m.at();
        double w = plotWidth();
        double h = plotHeight();
        double x = LEFT + (f.xFraction(at.price()) * (f.columns() - 1) + 0.5) * w / f.columns();
        double y = TOP + h - (f.yFraction(at.get(f.yAxis())) * (f.rows() - 1) + 0.5) * h / f.rows();
        return new Point2D(canvas.getLayoutX() + x, canvas.getLayoutY() + y);
    }

    // Painting

    /** The plot's size or the colours changed: the view-model paints the map again to fit. */
    private void resized() {
        if (model != null) {
            model.drawMapAt((int) Math.floor(plotWidth()), (int) Math.floor(plotHeight()), palette);
        }
    }

    private void paint(LandscapeViewModel.PaintedMap painted) {
        if (painted == null) {
            return; // nothing to show: the last map stays until the next one
        }
        long start = System.nanoTime();
        int w = painted.width();
        int h = painted.height();
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
            imagePixels = null;
        }
        if (painted.pixels() != imagePixels) {
            // a marker move shares the pixels of the map before: the image already holds them
            image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), painted.pixels(), 0, w);
            imagePixels = painted.pixels();
        }
        shown = painted;
        map.set(painted.map());
        draw();
        updateLegend(painted.map());
        paintCount++;
        lastPaintNanos = System.nanoTime() - start;
        onPainted.accept(painted.map());
    }

    // Drawing

    private double plotWidth() {
        return Math.max(0, canvas.getWidth() - LEFT - RIGHT);
    }

    private double plotHeight() {
        return Math.max(0, canvas.getHeight() - TOP - BOTTOM);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(palette.panel());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        DecisionMap m = map.get();
        if (m == null || image == null) {
            return;
        }
        double w = plotWidth();
        double h = plotHeight();
        g.drawImage(image, LEFT, TOP, w, h);
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(LEFT - 0.5, TOP - 0.5, w + 1, h + 1);
        drawAxes(g, m, w, h);
        drawMarker(g, m);
    }

    private void drawAxes(GraphicsContext g, DecisionMap m, double w, double h) {
        MapFrame f = m.frame();
        Font font = Font.font(11);
        g.setFont(font);
        g.setFill(palette.text());
        g.setStroke(palette.muted());
        int priceDecimals = decimals();

        // price across: ticks at whole ATR offsets, the price under each
        double span = f.offsetAtr().span();
        double step = niceStep(span, Math.max(2, (int) (w / 70)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double o = Math.ceil(f.offsetAtr().min() / step) * step; o <= f.offsetAtr().max() + 1e-9; o += step) {
            double x = LEFT + (((o - f.offsetAtr().min()) / span) * (f.columns() - 1) + 0.5) * w / f.columns();
            g.strokeLine(x, TOP + h, x, TOP + h + 4);
            g.fillText(Figures.price(f.anchorPrice() + o * f.atrUnit(), priceDecimals), x, TOP + h + 5);
            g.setFill(palette.muted());
            g.fillText((o > 0 ? "+" : "") + trim(o) + " ATR", x, TOP + h + 18);
            g.setFill(palette.text());
        }
        // the last entry: where offsets count from
        double x0 = LEFT + ((-f.offsetAtr().min() / span) * (f.columns() - 1) + 0.5) * w / f.columns();
        if (x0 > LEFT && x0 < LEFT + w) {
            g.setLineDashes(4, 4);
            g.strokeLine(x0, TOP, x0, TOP + h);
            g.setLineDashes((double[]) null);
        }

        // second input up
        double ySpan = f.y().span();
        double yStep = niceStep(ySpan, Math.max(2, (int) (h / 36)));
        if (f.yAxis().isWhole()) {
            yStep = Math.max(1, Math.round(yStep));
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v = Math.ceil(f.y().min() / yStep) * yStep; v <= f.y().max() + 1e-9; v += yStep) {
            double y = TOP + h - (((v - f.y().min()) / ySpan) * (f.rows() - 1) + 0.5) * h / f.rows();
            g.strokeLine(LEFT - 4, y, LEFT, y);
            g.fillText(axisValue(f.yAxis(), v, priceDecimals), LEFT - 6, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        String unit = f.yAxis().unit().isEmpty() ? "" : " (" + f.yAxis().unit() + ")";
        g.fillText("↑ " + f.yAxis().label() + unit, 4, TOP - 5);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("price, ATR from the last entry →", LEFT + w, TOP - 5);
    }

    private void drawMarker(GraphicsContext g, DecisionMap m) {
        Point2D p = markerPosition();
        double x = p.getX() - canvas.getLayoutX();
        double y = p.getY() - canvas.getLayoutY();
        if (x < LEFT - 1 || x > LEFT + plotWidth() + 1 || y < TOP - 1 || y > TOP + plotHeight() + 1) {
            return;
        }
        Paint outline = palette.isDark() ? Color.BLACK : Color.WHITE;
        g.setLineWidth(4);
        g.setStroke(outline);
        g.strokeOval(x - 7, y - 7, 14, 14);
        g.strokeLine(x - 12, y, x - 7, y);
        g.strokeLine(x + 7, y, x + 12, y);
        g.strokeLine(x, y - 12, x, y - 7);
        g.strokeLine(x, y + 7, x, y + 12);
        g.setLineWidth(2);
        g.setStroke(palette.text());
        g.strokeOval(x - 7, y - 7, 14, 14);
        g.strokeLine(x - 12, y, x - 7, y);
        g.strokeLine(x + 7, y, x + 12, y);
        g.strokeLine(x, y - 12, x, y - 7);
        g.strokeLine(x, y + 7, x, y + 12);
        g.setLineWidth(1);
    }

    private void updateLegend(DecisionMap m) {
        int[] counts = m.countByReason();
        int mask = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                mask |= 1 << i;
            }
        }
        if (mask == legendMask) {
            return;
        }
        legendMask = mask;
        legend.getChildren().clear();
        for (Decision d : List.of(Decision.SCALE, Decision.SKIP, Decision.BLOCK)) {
            for (ReasonCode r : ReasonCode.values()) {
                if (r.decision() == d && counts[r.ordinal()] > 0) {
                    legend.getChildren().add(legendItem(r));
                }
            }
        }
    }

    private HBox legendItem(ReasonCode r) {
        Canvas swatch = new Canvas(14, 14);
        int[] px = MapPixels.swatch(r, 14, 14, palette.argbByReason(), palette.patternArgbByReason());
        GraphicsContext g = swatch.getGraphicsContext2D();
        g.getPixelWriter().setPixels(0, 0, 14, 14, PixelFormat.getIntArgbInstance(), px, 0, 14);
        g.setStroke(palette.border());
        g.strokeRect(0.5, 0.5, 13, 13);
        Label label = new Label(VerdictBadge.text(r.decision()) + " · " + LandscapePalette.reasonWords(r));
        label.getStyleClass().add("legend-label");
        HBox item = new HBox(4, swatch, label);
        item.getStyleClass().add("legend-item");
        Tooltip.install(item, new Tooltip("Cells where " + r + " decides: " + r.decision()
                + (r.policyField() == null ? "" : " (policy field " + r.policyField() + ")")));
        return item;
    }

    private void hover(double x, double y) {
        int[] cell = cellAt(x + canvas.getLayoutX(), y + canvas.getLayoutY());
        DecisionMap m = map.get();
        if (cell == null || m == null) {
            hoverText.set("");
            return;
        }
        hoverText.set(describe(m, cell[0], cell[1], decimals()));
    }

    /** "✔ SCALE · approved (SCALE_APPROVED)" and the cell's price (in the scenario's decimals) and second value. */
    static String describe(DecisionMap m, int column, int row, int priceDecimals) {
        MapFrame f = m.frame();
        ReasonCode r = m.reasonAt(column, row);
        double price = f.priceAt(column);
        double offset = (price - f.anchorPrice()) / f.atrUnit();
        return VerdictBadge.text(r.decision()) + " · " + LandscapePalette.reasonWords(r) + " (" + r + ")\n"
                + "Price " + Figures.price(price, priceDecimals) + " (" + Figures.atrOffset(offset)
                + " from the last entry)\n" + f.yAxis().label() + " " + axisValue(f.yAxis(), f.yAt(row), priceDecimals)
                + (f.yAxis().unit().isEmpty() ? "" : " " + f.yAxis().unit());
    }

    /** Decimals of the prices on the axes and in the hover text: the what-if panel's. */
    private int decimals() {
        return shown == null ? Figures.MIN_PRICE_DECIMALS : shown.request().priceDecimals();
    }

    /** The cell (column, row) under a point in this view's coordinates, or null outside the plot. */
    public int[] cellAt(double x, double y) {
        DecisionMap m = map.get();
        if (m == null) {
            return null;
        }
        double px = x - canvas.getLayoutX() - LEFT;
        double py = y - canvas.getLayoutY() - TOP;
        double w = plotWidth();
        double h = plotHeight();
        if (px < 0 || py < 0 || px >= w || py >= h) {
            return null;
        }
        int c = Math.min(m.columns() - 1, (int) (px * m.columns() / w));
        int r = m.rows() - 1 - Math.min(m.rows() - 1, (int) (py * m.rows() / h));
        return new int[] {c, r};
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        // the legend only grows (until the width changes), so the map does not jump while dragging
        if (w != legendWidth) {
            legendWidth = w;
            legendHeight = 0;
        }
        legendHeight = Math.max(legendHeight, legend.prefHeight(w));
        double legendH = legendHeight;
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom() - legendH);
        canvas.setLayoutX(in.getLeft());
        canvas.setLayoutY(in.getTop());
        if (canvas.getWidth() != Math.floor(w) || canvas.getHeight() != Math.floor(h)) {
            canvas.setWidth(Math.floor(w));
            canvas.setHeight(Math.floor(h));
            resized();
            draw();
        }
        legend.resizeRelocate(in.getLeft(), in.getTop() + h, w, legendH);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 260;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 220;
    }

    // Numbers

    static String trim(double v) {
        return BigDecimal.valueOf(Math.round(v * 1e6) / 1e6).stripTrailingZeros().toPlainString();
    }

    static String axisValue(WhatIfInput axis, double v, int priceDecimals) {
        return switch (axis) {
            case TIME, BARS -> trim(Math.round(v * 10) / 10.0);
            case SIGNAL_QUALITY -> Figures.price(v, 2);
            case ATR -> Figures.price(v, priceDecimals);
            case SPREAD -> trim(Math.round(v * 10) / 10.0);
            default -> trim(v);
        };
    }

    /** A step of 1, 2 or 5 x 10^k giving at most about {@code most} ticks over this span. */
    static double niceStep(double span, int most) {
        double raw = span / Math.max(1, most);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                return m * mag;
            }
        }
        return 10 * mag;
    }
}
