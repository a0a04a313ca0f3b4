package com.scalelab.ui.replay.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.replay.BarSeries;
import com.scalelab.ui.app.Theme;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The equity chart draws the drawdown where there is one, leaves the warm-up blank and follows
 * the price chart's range.
 *
 * <p>Geometry (chart alone in 640 x 200): plot 576 px wide, 57.6 px a bar for 10 bars; the equity
 * pane from y = 18 to 18 + (200 - 18 - 4 - 6) x 0.62 = 124.64; the drawdown pane from 130.64 to 196.
 */
@ExtendWith(ApplicationExtension.class)
class EquityChartTest {
    private EquityChart chart;

    @Start
    void start(Stage stage) {
        chart = new EquityChart();
        Scene scene = new Scene(chart, 640, 200);
        Theme.LIGHT.applyTo(scene);
        // TestFX hands every class the same stage: the main window's tests leave it 1440 x 900 with a
        // 1100 x 700 minimum, which would stretch this scene and move every pixel these tests read
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setMaximized(false);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02
                && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
    }

    @Test
    void drawdownHangsFromZeroAndTheWarmUpIsBlank(FxRobot robot) {
        double[][] rows = new double[10][];
        for (int i = 0; i < 10; i++) {
            rows[i] = new double[] {100, 101, 99, 100};
        }
        BarSeries bars = ChartFixtures.bars(rows);
        double n = Double.NaN;
        double[] equity = {n, n, 100_000, 100_000, 98_000, 96_000, 100_000, 100_500, 100_500, 100_500};
        double[] drawdown = {n, n, 0, 0, 2, 4, 0, 0, 0, 0};
        AtomicReference<PixelReader> px = new AtomicReference<>();
        robot.interact(() -> {
            chart.setSeries(bars, equity, drawdown);
            px.set(chart.snapshotImage().getPixelReader());
        });
        // depth scale 4 x 1.1 = 4.4 %: bar 5 (4 %) reaches 130.64 + 4 / 4.4 x 65.36 = 190.1,
        // bar 4 (2 %) only 160.3; at y = 170 bar 5 is shaded, bar 4 and bar 2 (0 %) are not.
        // Light block #c62f3a at 40 % over white: 255 x 0.6 + (198, 47, 58) x 0.4 = (232, 172, 176)
        Color deep = px.get().getColor((int) (57.6 * 5.5), 170);
        assertThat(near(deep, Color.rgb(232, 172, 176))).as("bar 5 %s", deep).isTrue();
        assertThat(near(px.get().getColor((int) (57.6 * 4.5), 170), Color.WHITE)).isTrue();
        assertThat(near(px.get().getColor((int) (57.6 * 2.5), 170), Color.WHITE)).isTrue();
        // the warm-up bars 0 and 1 have no equity: nothing in the equity pane's middle there
        for (int y = 20; y < 124; y++) {
            assertThat(near(px.get().getColor((int) (57.6 * 0.5), y), Color.WHITE)
                    || near(px.get().getColor((int) (57.6 * 0.5), y), Color.web("#d5d9df"))).as("y %d", y).isTrue();
        }
    }

    @Test
    void followsTheRangeItIsGiven(FxRobot robot) {
        BarSeries bars = ChartFixtures.walk(500, 4);
        double[][] eq = ChartFixtures.equity(bars);
        robot.interact(() -> {
            chart.setSeries(bars, eq[0], eq[1]);
            chart.showRange(100, 199);
            chart.snapshotImage();
        });
        assertThat(chart.getFirstVisibleBar()).isEqualTo(100);
        assertThat(chart.getLastVisibleBar()).isEqualTo(199);
    }
}
