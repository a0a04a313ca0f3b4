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
        robot.interact(() -> {
            Theme.LIGHT.applyTo(scene);
            price.setBars(bars);
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
    }
}
