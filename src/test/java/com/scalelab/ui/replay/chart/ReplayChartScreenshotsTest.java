package com.scalelab.ui.replay.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.replay.BarSeries;
import com.scalelab.ui.Screenshots;
import com.scalelab.ui.app.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The price chart over 120 daily bars with two positions, its verdict band, a highlighted
 * reason and a selected bar, the equity chart under it, in the light and the dark theme; saved to
 * target/screenshots/ for a reader to look at. The dark one is checked to be dark.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayChartScreenshotsTest {
    private PriceChart price;
    private EquityChart equity;
    private VBox root;
    private Scene scene;

    @Start
    void start(Stage stage) {
        price = new PriceChart();
        equity = new EquityChart();
        equity.setPrefHeight(170);
        VBox.setVgrow(price, Priority.ALWAYS);
        root = new VBox(4, price, equity);
        root.setStyle("-fx-background-color: -sl-bg; -fx-padding: 6;");
        scene = new Scene(root, 1000, 620);
        stage.setScene(scene);
        stage.show();
    }

    private void fill(FxRobot robot, Theme theme) {
        BarSeries bars = ChartFixtures.walk(120, 42);
        ChartFixtures.Replay replay = ChartFixtures.replay(bars);
        double[][] eq = ChartFixtures.equity(bars);
        BitSet spacing = new BitSet();
        replay.decisions().stream()
                .filter(d -> d.reasonCode() == com.scalelab.engine.ReasonCode.PRICE_SPACING_OUT_OF_RANGE)
                .forEach(d -> spacing.set(d.bar()));
        robot.interact(() -> {
            theme.applyTo(scene);
            price.setBars(bars);
            price.setDecisions(replay.decisions());
            price.setCycles(replay.cycles());
            price.setHighlightedBars(spacing);
            price.setSelectedBar(40);
            equity.setSeries(bars, eq[0], eq[1]);
            price.lastVisibleBarProperty().addListener((o, a, b) ->
                    equity.showRange(price.getFirstVisibleBar(), price.getLastVisibleBar()));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path save(FxRobot robot, String name) {
        AtomicReference<Path> file = new AtomicReference<>();
        robot.interact(() -> {
            price.snapshotImage();
            equity.snapshotImage();
            file.set(Screenshots.save(root, name));
        });
        return file.get();
    }

    @Test
    void lightAndDarkScreenshots(FxRobot robot) throws Exception {
        fill(robot, Theme.LIGHT);
        Path light = save(robot, "replay-chart-light");
        robot.interact(() -> price.showRange(10, 70));
        Path zoomed = save(robot, "replay-chart-light-zoomed");
        fill(robot, Theme.DARK);
        Path dark = save(robot, "replay-chart-dark");
        assertThat(Files.size(light)).isPositive();
        assertThat(Files.size(zoomed)).isPositive();
        assertThat(Files.size(dark)).isPositive();
        // the dark theme paints the chart on its dark panel (#252a31), not the light one
        AtomicReference<PixelReader> px = new AtomicReference<>();
        robot.interact(() -> px.set(price.snapshotImage().getPixelReader()));
        Color corner = px.get().getColor(3, 3);
        assertThat(corner.getBrightness()).isLessThan(0.3);
    }

    @Test
    void aMillionBarScreenshot(FxRobot robot) {
        BarSeries bars = ChartFixtures.walk(1_000_000, 9);
        // a position every 5,000 bars (entries at +0, +200, +400, exit at +3,000) with a decision
        // on every bar inside it, too few bars mostly, an approved add at each entry
        java.util.List<com.scalelab.engine.replay.ReplayDecision> decisions = new java.util.ArrayList<>();
        java.util.List<com.scalelab.engine.replay.ReplayCycle> cycles = new java.util.ArrayList<>();
        BitSet spacing = new BitSet();
        for (int open = 1_000; open + 3_000 < bars.size(); open += 5_000) {
            java.util.List<com.scalelab.engine.Entry> entries = new java.util.ArrayList<>();
            java.util.List<Double> stops = new java.util.ArrayList<>();
            for (int k = 0; k < 3; k++) {
                int b = open + 200 * k;
                entries.add(new com.scalelab.engine.Entry(bars.close()[b], 10 / Math.pow(2, k), bars.time()[b], b));
                stops.add(bars.close()[open] * 0.98);
            }
            for (int t = open; t < open + 3_000; t++) {
                com.scalelab.engine.ReasonCode r = (t - open) % 200 == 0 && t - open <= 400
                        ? com.scalelab.engine.ReasonCode.SCALE_APPROVED
                        : t - open > 400 ? com.scalelab.engine.ReasonCode.MAX_ENTRIES_REACHED
                        : t % 50 == 0 ? com.scalelab.engine.ReasonCode.PRICE_SPACING_OUT_OF_RANGE
                        : com.scalelab.engine.ReasonCode.MIN_BARS_NOT_ELAPSED;
                decisions.add(ChartFixtures.decision(bars, t, com.scalelab.engine.replay.ProposalKind.ADD, r));
                if (r == com.scalelab.engine.ReasonCode.PRICE_SPACING_OUT_OF_RANGE) {
                    spacing.set(t);
                }
            }
            int close = open + 3_000;
            cycles.add(new com.scalelab.engine.replay.ReplayCycle(open, close, entries, stops,
                    new com.scalelab.engine.replay.ReplayExit(close, bars.time()[close],
                            com.scalelab.engine.replay.ExitReason.STOP, stops.get(2), 3, 17.5, 0, 0, 0), 0));
        }
        robot.interact(() -> {
            Theme.LIGHT.applyTo(scene);
            price.setBars(bars);
            price.setDecisions(decisions);
            price.setCycles(cycles);
            price.setHighlightedBars(spacing);
            double[] m = new double[bars.size()];
            double[] dd = new double[bars.size()];
            double peak = 0;
            for (int i = 0; i < m.length; i++) {
                m[i] = i < 14 ? Double.NaN : 100_000 * bars.close()[i] / bars.close()[14];
                peak = Math.max(peak, Double.isNaN(m[i]) ? 0 : m[i]);
                dd[i] = Double.isNaN(m[i]) ? Double.NaN : (peak - m[i]) / peak * 100;
            }
            equity.setSeries(bars, m, dd);
        });
        save(robot, "replay-chart-million");
        assertThat(price.lastDrawMode()).isEqualTo(PriceChart.DrawMode.ENVELOPE);
        robot.interact(() -> price.showRange(400_000, 400_799));
        save(robot, "replay-chart-million-ohlc");
        assertThat(price.lastDrawMode()).isEqualTo(PriceChart.DrawMode.OHLC_BARS);
    }
}
