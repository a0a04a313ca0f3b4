package com.scalelab.ui.replay;

import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.ui.replay.chart.EquityChart;
import com.scalelab.ui.replay.chart.PriceChart;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The price chart with its verdict band and, aligned under it, the equity curve with its
 * drawdown: the replay view's one place that feeds them. The equity chart follows the price
 * chart's zoom and pan, so a bar sits at the same x in both.
 */
public final class ReplayCharts {
    private final PriceChart price = new PriceChart();
    private final EquityChart equity = new EquityChart();
    private final VBox both;
    private BarSeries bars;
    private BitSet highlighted = new BitSet();

    public ReplayCharts(StackPane priceHolder, StackPane equityHolder) {
        priceHolder.getChildren().setAll(price);
        equityHolder.getChildren().setAll(equity);
        both = (VBox) priceHolder.getParent();
        price.firstVisibleBarProperty().addListener((obs, o, n) -> follow());
        price.lastVisibleBarProperty().addListener((obs, o, n) -> follow());
    }

    private void follow() {
        int first = price.getFirstVisibleBar();
        int last = price.getLastVisibleBar();
        if (first >= 0 && last >= first) {
            equity.showRange(first, last);
        }
    }

    /** New bars: the charts show all of them; the result follows separately. */
    public void setBars(BarSeries bars) {
        this.bars = bars;
        price.setBars(bars);
        equity.setSeries(bars, null, null);
    }

    public void setResult(ReplayResult r) {
        if (price.getFirstVisibleBar() < 0 && bars != null) {
            price.setBars(bars);
        }
        price.setDecisions(r == null ? List.of() : r.decisions());
        price.setCycles(r == null ? List.of() : r.cycles());
        int first = price.getFirstVisibleBar();
        int last = price.getLastVisibleBar();
        equity.setSeries(bars, r == null ? null : r.markToMarket(), r == null ? null : r.drawdownPct());
        if (first >= 0 && last >= first) {
            equity.showRange(first, last); // a re-run keeps the zoom
        }
    }

    public void setHighlightedBars(BitSet marks) {
        highlighted = marks == null ? new BitSet() : marks;
        price.setHighlightedBars(highlighted);
    }

    /** The bars marked on the chart (the picked reason's). */
    public BitSet highlightedBars() {
        return highlighted;
    }

    /** Marks {@code bar} and, when it is out of view, scrolls the chart to it keeping the zoom. */
    public void setSelectedBar(int bar) {
        price.setSelectedBar(bar);
        int first = price.getFirstVisibleBar();
        int last = price.getLastVisibleBar();
        if (bar >= 0 && first >= 0 && (bar < first || bar > last)) {
            int span = last - first;
            int start = Math.max(0, bar - span / 2);
            price.showRange(start, start + span);
        }
    }

    public int selectedBar() {
        return price.getSelectedBar();
    }

    /** Zooms both charts to bars {@code first}..{@code last} (a position picked in the table), with a margin. */
    public void showRange(int first, int last) {
        int margin = Math.max(5, (last - first) / 4);
        price.showRange(Math.max(0, first - margin), last + margin);
    }

    public void setOnBarClicked(IntConsumer onBarClicked) {
        price.setOnBarClicked(onBarClicked);
    }

    public PriceChart priceChart() {
        return price;
    }

    public EquityChart equityChart() {
        return equity;
    }

    /** The price chart over the equity curve, as Export Chart as PNG writes it. */
    public WritableImage snapshot() {
        WritableImage top = price.snapshotImage();
        WritableImage bottom = equity.snapshotImage();
        int w = (int) Math.max(top.getWidth(), bottom.getWidth());
        int h1 = (int) top.getHeight();
        int h2 = (int) bottom.getHeight();
        WritableImage out = new WritableImage(Math.max(1, w), Math.max(1, h1 + h2));
        out.getPixelWriter().setPixels(0, 0, (int) top.getWidth(), h1, top.getPixelReader(), 0, 0);
        out.getPixelWriter().setPixels(0, h1, (int) bottom.getWidth(), h2, bottom.getPixelReader(), 0, 0);
        return out;
    }

    VBox node() {
        return both;
    }
}
