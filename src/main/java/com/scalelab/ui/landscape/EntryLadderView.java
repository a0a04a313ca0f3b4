package com.scalelab.ui.landscape;

import com.scalelab.engine.Decision;
import com.scalelab.engine.landscape.EntryLadder;
import com.scalelab.engine.landscape.Figures;
import com.scalelab.engine.landscape.LadderCsv;
import com.scalelab.engine.landscape.LadderLevel;
import com.scalelab.ui.app.VerdictBadge;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The entry ladder: a price ladder drawing (entries sized by quantity, the average price, the stop,
 * the proposed entry and the next allowed levels, blocked ones crossed out) beside the table of
 * levels that the CSV export writes.
 */
public class EntryLadderView extends HBox {
    private static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    private static final PseudoClass PROPOSED = PseudoClass.getPseudoClass("proposed");

    private final Canvas drawing = new Canvas(250, 300);
    private final TableView<LadderLevel> table = new TableView<>();
    private final Label note = new Label();
    /** Only average-down ladders have a bounce to break even: the column shows only when some level has one. */
    private final TableColumn<LadderLevel, String> bounceColumn = column("B/e bounce", 72,
            l -> l.breakEvenBouncePct() == null ? "" : pct(l.breakEvenBouncePct()));
    private final ReadOnlyObjectWrapper<EntryLadder> ladder = new ReadOnlyObjectWrapper<>(this, "ladder");
    private final PaletteProbes probes;
    private LandscapePalette palette = LandscapePalette.LIGHT;
    private int priceDecimals = 2;

    public EntryLadderView() {
        getStyleClass().add("entry-ladder");
        getStylesheets().add(EntryLadderView.class.getResource("/styles/landscape.css").toExternalForm());
        setSpacing(8);
        probes = new PaletteProbes(this, getChildren(), p -> {
            palette = p;
            draw();
        });
        Tooltip.install(drawing, new Tooltip("The position as a price ladder: entries (size by quantity), average "
                + "price, stop, the proposed entry and the next levels the policy would allow"));
        table.getStyleClass().add("ladder-table");
        table.setTooltip(new Tooltip("Each level with its suggested quantity, the position after it and the "
                + "engine's verdict; blocked levels name the limit"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        bounceColumn.setVisible(false);
        table.setPlaceholder(new Label("No position to draw"));
        table.getColumns().addAll(List.of(
                column("Row", 66, l -> l.kind().label()),
                column("#", 24, l -> Integer.toString(l.number())),
                column("Price", 70, l -> price(l.price())),
                column("Qty", 44, l -> num(l.quantity())),
                column("Cum. qty", 62, l -> num(l.cumulativeQuantity())),
                column("Avg price", 66, l -> price(l.averagePrice())),
                column("Position %", 74, l -> pct(l.positionPct())),
                column("Risk %", 52, l -> pct(l.riskPct())),
                bounceColumn,
                column("Verdict", 70, l -> l.decision() == null ? "held" : VerdictBadge.text(l.decision())),
                column("Blocked by", 140, LadderLevel::blockedBy)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LadderLevel item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(BLOCKED, !empty && item != null && item.isBlocked());
                pseudoClassStateChanged(PROPOSED, !empty && item != null && item.kind() == LadderLevel.Kind.PROPOSED);
            }
        });
        note.getStyleClass().add("ladder-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE); // the whole note, wrapped, rather than an ellipsis
        note.setTooltip(new Tooltip("How the next levels were worked out"));
        VBox right = new VBox(4, table, note);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        // the canvas follows its holder's size but never asks for it, so the ladder cannot push its split pane
        Pane holder = new Pane(drawing);
        // keeps a readable drawing beside the table when the two share a narrow pane
        holder.setMinSize(190, 0);
        holder.setPrefSize(250, 260);
        holder.setMaxWidth(250);
        drawing.setManaged(false);
        holder.widthProperty().addListener((obs, o, n) -> {
            drawing.setWidth(Math.max(0, n.doubleValue()));
            draw();
        });
        holder.heightProperty().addListener((obs, o, n) -> {
            drawing.setHeight(Math.max(0, n.doubleValue()));
            draw();
        });
        getChildren().addAll(holder, right);
        setPadding(new Insets(4));
    }

    /** Shows a ladder, its prices in the decimals of the ladder's own scenario (ATR and last entry). */
    public void show(EntryLadder value) {
        double anchor = Double.NaN;
        if (value != null) {
            for (LadderLevel l : value.levels()) {
                if (l.kind() == LadderLevel.Kind.ENTRY || (Double.isNaN(anchor) && l.kind() == LadderLevel.Kind.PROPOSED)) {
                    anchor = l.price();
                }
            }
        }
        show(value, Figures.priceDecimals(value == null ? Double.NaN : value.atr(), anchor));
    }

    /** Shows a ladder with its prices in these decimals: the what-if panel's. */
    public void show(EntryLadder value, int decimals) {
        ladder.set(value);
        bounceColumn.setVisible(value != null
                && value.levels().stream().anyMatch(l -> l.breakEvenBouncePct() != null));
        priceDecimals = decimals;
        table.setItems(FXCollections.observableArrayList(value == null ? List.of() : value.levels()));
        note.setText(value == null ? "" : noteFor(value));
        draw();
    }

    public ReadOnlyObjectProperty<EntryLadder> ladderProperty() {
        return ladder.getReadOnlyProperty();
    }

    public TableView<LadderLevel> table() {
        return table;
    }

    /** The table as RFC 4180 CSV, empty when there is no ladder. */
    public String csv() {
        EntryLadder l = ladder.get();
        return l == null ? "" : LadderCsv.toCsv(l);
    }

    private String noteFor(EntryLadder l) {
        String steps = "Next levels: " + (l.mode() == com.scalelab.engine.ScalingMode.PYRAMID ? "favourable" : "adverse")
                + " steps of " + num(l.stepAtr()) + " ATR (" + price(l.stepAtr() * l.atr()) + "), timing met.";
        return l.note().isEmpty() ? steps : steps + " " + l.note();
    }

    private void draw() {
        GraphicsContext g = drawing.getGraphicsContext2D();
        double w = drawing.getWidth();
        double h = drawing.getHeight();
        g.setFill(palette.panel());
        g.fillRect(0, 0, w, h);
        EntryLadder l = ladder.get();
        if (l == null || l.levels().isEmpty()) {
            return;
        }
        List<Double> prices = new ArrayList<>();
        double maxQty = 0;
        for (LadderLevel level : l.levels()) {
            prices.add(level.price());
            maxQty = Math.max(maxQty, level.quantity());
        }
        if (Double.isFinite(l.stopPrice())) {
            prices.add(l.stopPrice());
        }
        double lo = prices.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).min().orElse(0);
        double hi = prices.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).max().orElse(1);
        double pad = Math.max((hi - lo) * 0.08, 1e-6);
        double top = hi + pad;
        double bottom = lo - pad;
        double y0 = 14;
        double y1 = h - 14;
        Function<Double, Double> yOf = p -> y0 + (top - p) / (top - bottom) * (y1 - y0);
        double axisX = 58;
        g.setFont(Font.font(11));
        g.setStroke(palette.border());
        g.strokeLine(axisX, y0, axisX, y1);

        // stop and average price: full-width lines
        if (Double.isFinite(l.stopPrice())) {
            double y = yOf.apply(l.stopPrice());
            g.setStroke(palette.block());
            g.setLineWidth(2);
            g.strokeLine(axisX - 40, y, w - 6, y);
            text(g, "stop " + price(l.stopPrice()), w - 6, y - 2, TextAlignment.RIGHT, VPos.BOTTOM, palette.block());
        }
        LadderLevel proposed = l.proposed();
        double avg = proposed != null && proposed.decision() == Decision.SCALE ? proposed.averagePrice() : l.averagePrice();
        if (Double.isFinite(avg)) {
            double y = yOf.apply(avg);
            g.setStroke(palette.muted());
            g.setLineWidth(1);
            g.setLineDashes(5, 4);
            g.strokeLine(axisX - 40, y, w - 6, y);
            g.setLineDashes((double[]) null);
            text(g, "avg " + price(avg), w - 6, y + 2, TextAlignment.RIGHT, VPos.TOP, palette.muted());
        }
        for (LadderLevel level : l.levels()) {
            double y = yOf.apply(level.price());
            double r = 3 + 8 * Math.sqrt(maxQty > 0 ? level.quantity() / maxQty : 0);
            text(g, price(level.price()), axisX - 6, y, TextAlignment.RIGHT, VPos.CENTER, palette.text());
            double x = axisX + 22;
            switch (level.kind()) {
                case ENTRY -> {
                    g.setFill(palette.text());
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                    text(g, "#" + level.number() + " " + num(level.quantity()), x + r + 4, y, TextAlignment.LEFT,
                            VPos.CENTER, palette.text());
                }
                case PROPOSED -> {
                    Color c = palette.base(level.decision());
                    g.setFill(c);
                    g.fillPolygon(new double[] {x, x + r + 2, x, x - r - 2}, new double[] {y - r - 2, y, y + r + 2, y}, 4);
                    text(g, VerdictBadge.text(level.decision()) + " " + num(level.quantity()),
                            x + r + 6, y, TextAlignment.LEFT, VPos.CENTER, c);
                }
                case NEXT -> {
                    Color c = palette.base(level.decision());
                    g.setStroke(c);
                    g.setLineWidth(2);
                    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                    if (level.isBlocked()) {
                        g.strokeLine(x - r, y - r, x + r, y + r);
                        g.strokeLine(x - r, y + r, x + r, y - r);
                    }
                    g.setLineWidth(1);
                    String label = level.isBlocked() ? "✖ " + LandscapePalette.reasonWords(level.reason())
                            : "next " + num(level.quantity());
                    text(g, label, x + r + 4, y, TextAlignment.LEFT, VPos.CENTER, c);
                }
            }
        }
    }

    private static void text(GraphicsContext g, String s, double x, double y, TextAlignment align, VPos base, Color c) {
        g.setFill(c);
        g.setTextAlign(align);
        g.setTextBaseline(base);
        g.fillText(s, x, y);
    }

    private static TableColumn<LadderLevel, String> column(String title, double width,
                                                           Function<LadderLevel, String> value) {
        TableColumn<LadderLevel, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return c;
    }

    private String price(double v) {
        return Double.isFinite(v) ? Figures.price(v, priceDecimals) : "";
    }

    static String pct(double v) {
        return Figures.percent(v);
    }

    static String num(double v) {
        return Figures.quantity(v);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 260;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }

}
