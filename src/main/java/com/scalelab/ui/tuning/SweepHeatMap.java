package com.scalelab.ui.tuning;

import com.scalelab.engine.tuning.SweepCell;
import com.scalelab.engine.tuning.SweepFigure;
import com.scalelab.engine.tuning.SweepGrid;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The sweep as a heat map on a canvas: one rectangle per cell coloured by the chosen figure
 * (diverging around 0 for P&L, sequential for the others), invalid cells grey and hatched, the
 * policy in force outlined, the axis values along the edges and a colour legend on the right.
 * Hovering shows a cell's figures; clicking a cell hands its grid position on.
 */
public final class SweepHeatMap extends Region {
    static final double LEFT = 92;
    static final double TOP = 28;
    static final double BOTTOM = 48;
    static final double LEGEND = 110;
    static final Color INVALID = Color.rgb(150, 150, 150);

    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private SweepGrid grid;
    private SweepFigure figure = SweepFigure.PNL;
    private Color text = Color.rgb(40, 40, 40);
    private BiConsumer<Integer, Integer> onPick = (x, y) -> { };
    private int hoverX = -1;
    private int hoverY = -1;
    private int currentX = -1;
    private int currentY = -1;

    public SweepHeatMap() {
        getChildren().add(canvas);
        getStyleClass().add("sweep-heat-map");
        setMinSize(300, 220);
        setPrefSize(640, 420);
        tip.setShowDelay(Duration.millis(150));
        tip.setHideDelay(Duration.ZERO);
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> {
            hoverX = -1;
            tip.hide();
            draw();
        });
        setOnMouseClicked(e -> click(e.getX(), e.getY()));
    }

    public void show(SweepGrid grid, SweepFigure figure) {
        this.grid = grid;
        this.figure = figure;
        draw();
    }

    /** Outlines the cell of the policy in force now (-1: not on the grid); it moves when a cell is used. */
    public void setCurrent(int x, int y) {
        currentX = x;
        currentY = y;
        draw();
    }

    public void setTextColour(Color c) {
        this.text = c;
        draw();
    }

    public void setOnPick(BiConsumer<Integer, Integer> onPick) {
        this.onPick = onPick;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double plotWidth() {
        return Math.max(10, getWidth() - LEFT - LEGEND);
    }

    private double plotHeight() {
        return Math.max(10, getHeight() - TOP - BOTTOM);
    }

    /** The grid position under a point, or null off the cells. Row 0 (the first y value) is at the bottom. */
    public int[] cellAt(double px, double py) {
        if (grid == null) {
            return null;
        }
        int nx = grid.xAxis().size();
        int ny = grid.yAxis().size();
        double w = plotWidth() / nx;
        double h = plotHeight() / ny;
        int x = (int) Math.floor((px - LEFT) / w);
        int row = (int) Math.floor((py - TOP) / h);
        if (px < LEFT || py < TOP || x >= nx || row >= ny) {
            return null;
        }
        return new int[]{x, ny - 1 - row};
    }

    /** The centre of a cell in this region's coordinates, for tests and screenshots. */
    public double[] centreOf(int x, int y) {
        int nx = grid.xAxis().size();
        int ny = grid.yAxis().size();
        double w = plotWidth() / nx;
        double h = plotHeight() / ny;
        return new double[]{LEFT + (x + 0.5) * w, TOP + (ny - 1 - y + 0.5) * h};
    }

    /** The hover text now shown (empty when off the cells). */
    public String hoverText() {
        return tip.getText() == null ? "" : tip.getText();
    }

    /** What a click at this point does: the cell under it, if any, is picked. */
    public void click(double px, double py) {
        int[] c = cellAt(px, py);
        if (c != null) {
            onPick.accept(c[0], c[1]);
        }
    }

    /** What hovering this point does: the cell's figures in the tooltip, the cell outlined. */
    public void hover(double px, double py) {
        int[] c = cellAt(px, py);
        if (c == null) {
            hoverX = -1;
            tip.setText("");
            tip.hide();
            draw();
            return;
        }
        if (c[0] != hoverX || c[1] != hoverY) {
            hoverX = c[0];
            hoverY = c[1];
            SweepCell cell = grid.cell(c[0], c[1]);
            tip.setText(SweepText.cell(cell, grid.xAxis().field(), grid.yAxis().field())
                    + (cell.isValid() ? "\n\nClick to use these two values." : ""));
            draw();
        }
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            javafx.geometry.Point2D p = localToScreen(px + 14, py + 14);
            if (p != null) {
                tip.show(this, p.getX(), p.getY());
            }
        }
    }

    /** The range the colours span: symmetric around 0 for P&L, min..max of the valid cells otherwise. */
    static double[] range(SweepGrid g, SweepFigure f) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SweepCell c : g.cells()) {
            double v = c.figure(f);
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new double[]{0, 1};
        }
        if (f == SweepFigure.PNL) {
            double m = Math.max(Math.abs(lo), Math.abs(hi));
            return m == 0 ? new double[]{-1, 1} : new double[]{-m, m};
        }
        return hi == lo ? new double[]{lo, lo + 1} : new double[]{lo, hi};
    }

    /** Diverging (red, pale, green) for P&L around 0; sequential pale yellow to deep blue for the others. */
    static Color colour(SweepFigure f, double v, double lo, double hi) {
        if (f == SweepFigure.PNL) {
            double t = Math.max(-1, Math.min(1, v / hi));
            Color mid = Color.rgb(247, 247, 247);
            return t < 0 ? mid.interpolate(Color.rgb(178, 24, 43), -t) : mid.interpolate(Color.rgb(27, 120, 55), t);
        }
        double t = Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
        Color a = Color.rgb(255, 247, 188);
        Color b = Color.rgb(65, 182, 196);
        Color c = Color.rgb(37, 52, 148);
        return t < 0.5 ? a.interpolate(b, t * 2) : b.interpolate(c, (t - 0.5) * 2);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = getWidth();
        double height = getHeight();
        g.clearRect(0, 0, width, height);
        g.setFont(Font.font(11));
        if (grid == null) {
            g.setFill(text);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("No sweep yet: pick two fields and press Run.", width / 2, height / 2);
            return;
        }
        int nx = grid.xAxis().size();
        int ny = grid.yAxis().size();
        double w = plotWidth() / nx;
        double h = plotHeight() / ny;
        double[] r = range(grid, figure);
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                SweepCell c = grid.cell(x, y);
                double px = LEFT + x * w;
                double py = TOP + (ny - 1 - y) * h;
                if (c.isValid()) {
                    g.setFill(colour(figure, c.figure(figure), r[0], r[1]));
                    g.fillRect(px, py, w, h);
                } else {
                    hatch(g, px, py, w, h);
                }
                if (w > 46 && h > 18) {
                    g.setFill(c.isValid() ? readableOn(colour(figure, c.figure(figure), r[0], r[1])) : Color.WHITE);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.setTextBaseline(VPos.CENTER);
                    g.fillText(c.isValid() ? SweepText.figureValue(figure, c.figure(figure)) : "invalid",
                            px + w / 2, py + h / 2);
                }
            }
        }
        g.setStroke(Color.rgb(255, 255, 255, 0.6));
        g.setLineWidth(1);
        for (int x = 0; x <= nx; x++) {
            g.strokeLine(LEFT + x * w, TOP, LEFT + x * w, TOP + ny * h);
        }
        for (int y = 0; y <= ny; y++) {
            g.strokeLine(LEFT, TOP + y * h, LEFT + nx * w, TOP + y * h);
        }
        if (currentX >= 0 && currentY >= 0 && currentX < nx && currentY < ny) {
            double px = LEFT + currentX * w;
            double py = TOP + (ny - 1 - currentY) * h;
            g.setStroke(Color.BLACK);
            g.setLineWidth(3);
            g.strokeRect(px + 1.5, py + 1.5, w - 3, h - 3);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeRect(px + 3.5, py + 3.5, w - 7, h - 7);
        }
        if (hoverX >= 0 && hoverX < nx && hoverY < ny) {
            g.setStroke(Color.rgb(255, 140, 0));
            g.setLineWidth(2);
            g.strokeRect(LEFT + hoverX * w + 1, TOP + (ny - 1 - hoverY) * h + 1, w - 2, h - 2);
        }
        axes(g, nx, ny, w, h);
        legend(g, r, width, height);
    }

    private static Color readableOn(Color c) {
        return c.getBrightness() * (1 - c.getSaturation() / 2) > 0.55 ? Color.rgb(30, 30, 30) : Color.WHITE;
    }

    private void hatch(GraphicsContext g, double px, double py, double w, double h) {
        g.setFill(INVALID);
        g.fillRect(px, py, w, h);
        g.save();
        g.beginPath();
        g.rect(px, py, w, h);
        g.clip();
        g.setStroke(Color.rgb(200, 200, 200));
        g.setLineWidth(1.5);
        for (double d = -h; d < w; d += 8) {
            g.strokeLine(px + d, py + h, px + d + h, py);
        }
        g.restore();
    }

    private void axes(GraphicsContext g, int nx, int ny, double w, double h) {
        g.setFill(text);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        int everyX = Math.max(1, (int) Math.ceil(40 / w));
        for (int x = 0; x < nx; x += everyX) {
            g.fillText(SweepText.number(grid.xAxis().value(x)), LEFT + (x + 0.5) * w, TOP + ny * h + 4);
        }
        g.fillText(grid.xAxis().field().path(), LEFT + nx * w / 2, TOP + ny * h + 22);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int everyY = Math.max(1, (int) Math.ceil(16 / h));
        for (int y = 0; y < ny; y += everyY) {
            g.fillText(SweepText.number(grid.yAxis().value(y)), LEFT - 6, TOP + (ny - 1 - y + 0.5) * h);
        }
        g.save();
        g.translate(14, TOP + ny * h / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(grid.yAxis().field().path(), 0, 0);
        g.restore();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(SweepText.figure(figure) + " by cell; outlined: the policy in force", LEFT, TOP / 2);
    }

    private void legend(GraphicsContext g, double[] r, double width, double height) {
        double x = width - LEGEND + 18;
        double top = TOP;
        double bar = Math.max(40, height - TOP - BOTTOM - 40);
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            double v = r[1] - (r[1] - r[0]) * (i + 0.5) / steps;
            g.setFill(colour(figure, v, r[0], r[1]));
            g.fillRect(x, top + bar * i / steps, 16, bar / steps + 1);
        }
        g.setStroke(text);
        g.setLineWidth(0.5);
        g.strokeRect(x, top, 16, bar);
        g.setFill(text);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(SweepText.figureValue(figure, r[1]), x + 20, top);
        g.fillText(SweepText.figureValue(figure, (r[0] + r[1]) / 2), x + 20, top + bar / 2);
        g.fillText(SweepText.figureValue(figure, r[0]), x + 20, top + bar);
        hatch(g, x, top + bar + 12, 16, 14);
        g.setFill(text);
        g.fillText("invalid", x + 20, top + bar + 19);
    }
}
