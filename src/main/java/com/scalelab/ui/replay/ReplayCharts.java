package com.scalelab.ui.replay;

import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayResult;
import java.util.BitSet;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The price chart and, aligned under it, the equity curve with its drawdown: what the replay view
 * shows of them and forwards to them (bars, decisions, positions, marks, the selected bar).
 */
public final class ReplayCharts {
    private final StackPane priceHolder;
    private final StackPane equityHolder;
    private IntConsumer onBarClicked = bar -> { };
    private BarSeries bars;
    private ReplayResult result;
    private BitSet highlighted = new BitSet();
    private int selectedBar = -1;

    public ReplayCharts(StackPane priceHolder, StackPane equityHolder) {
        this.priceHolder = priceHolder;
        this.equityHolder = equityHolder;
        priceHolder.getChildren().setAll(new Label("Price chart"));
        equityHolder.getChildren().setAll(new Label("Equity"));
    }

    public void setBars(BarSeries bars) {
        this.bars = bars;
    }

    public void setResult(ReplayResult result) {
        this.result = result;
    }

    public void setHighlightedBars(BitSet marks) {
        highlighted = marks == null ? new BitSet() : marks;
    }

    public BitSet highlightedBars() {
        return highlighted;
    }

    public void setSelectedBar(int bar) {
        selectedBar = bar;
    }

    public int selectedBar() {
        return selectedBar;
    }

    public void showRange(int first, int last) {
    }

    public void setOnBarClicked(IntConsumer onBarClicked) {
        this.onBarClicked = onBarClicked == null ? bar -> { } : onBarClicked;
    }

    /** What Export Chart as PNG draws: the price chart with the equity curve under it. */
    public Node snapshotNode() {
        return priceHolder.getParent();
    }
}
