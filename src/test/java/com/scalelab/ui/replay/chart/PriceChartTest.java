package com.scalelab.ui.replay.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ProposalKind;
import com.scalelab.ui.app.Theme;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The price chart as a strategist uses it: every bar shown, wheel zoom around the cursor, drag
 * to pan, click a bar, highlighted bars shaded, candles coloured by direction, a million bars.
 *
 * <p>Geometry used below (chart alone in a 640 x 300 scene, no padding): the plot is
 * 640 - 64 (price axis) = 576 px wide; the price pane runs from y = 18 (readout line) to
 * 300 - 20 (time axis) - 10 (band) - 3 (gap) = 267; the verdict band from 270 to 280.
 * With 10 bars shown, a bar is 576 / 10 = 57.6 px wide: bar k spans x = 57.6 k to 57.6 (k + 1).
 */
@ExtendWith(ApplicationExtension.class)
class PriceChartTest {
    private static final double PLOT_W = 576;
    private static final double PRICE_TOP = 18;
    private static final double PRICE_BOTTOM = 267;
    private static final double BAND_MID = 275;

    private PriceChart chart;

    @Start
    void start(Stage stage) {
        chart = new PriceChart();
        Scene scene = new Scene(chart, 640, 300);
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

    /** Ten bars: even bars rise 100 -> 104, odd bars fall 104 -> 100; highs 105, lows 99. */
    private static BarSeries tenBars() {
        double[][] rows = new double[10][];
        for (int i = 0; i < 10; i++) {
            rows[i] = i % 2 == 0 ? new double[] {100, 105, 99, 104} : new double[] {104, 105, 99, 100};
        }
        return ChartFixtures.bars(rows);
    }

    private void show(FxRobot robot, BarSeries bars) {
        robot.interact(() -> chart.setBars(bars));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WritableImage image(FxRobot robot) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(chart.snapshotImage()));
        return image.get();
    }

    private Point2D screen(FxRobot robot, double x, double y) {
        AtomicReference<Point2D> p = new AtomicReference<>();
        robot.interact(() -> p.set(chart.localToScreen(x, y)));
        return p.get();
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02
                && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
    }

    /** y of a price on the ten-bar chart: lows 99, highs 105, padded 6 % of 6 = 0.36 each way. */
    private static double yOf(double price) {
        double high = 105 + 0.36;
        double low = 99 - 0.36;
        return PRICE_TOP + (high - price) / (high - low) * (PRICE_BOTTOM - PRICE_TOP);
    }

    @Test
    void showsEveryBarAfterSetBarsAndAgainAfterANewSeries(FxRobot robot) {
        show(robot, tenBars());
        assertThat(chart.getFirstVisibleBar()).isEqualTo(0);
        assertThat(chart.getLastVisibleBar()).isEqualTo(9);
        robot.interact(() -> chart.showRange(2, 5));
        assertThat(chart.getFirstVisibleBar()).isEqualTo(2);
        assertThat(chart.getLastVisibleBar()).isEqualTo(5);
        show(robot, ChartFixtures.walk(300, 7));
        assertThat(chart.getFirstVisibleBar()).isEqualTo(0);
        assertThat(chart.getLastVisibleBar()).isEqualTo(299);
        image(robot);
        // 300 bars on 576 px: 1.92 px a bar, too narrow for candles
        assertThat(chart.lastDrawMode()).isEqualTo(PriceChart.DrawMode.OHLC_BARS);
    }

    /**
     * One wheel notch at (x, y) of the chart: deltaY > 0 is the wheel turned away from the user
     * (JavaFX's "scroll up"). Fired as the toolkit delivers it, because TestFX's Monocle robot
     * reports its UP as deltaY -1, the opposite of a desktop mouse.
     */
    private void wheel(FxRobot robot, double x, double y, double deltaY) {
        robot.interact(() -> {
            Point2D s = chart.localToScene(x, y);
            Point2D sc = chart.localToScreen(x, y);
            javafx.scene.Node target = chart.getChildrenUnmodifiable().get(0);
            javafx.event.Event.fireEvent(target, new javafx.scene.input.ScrollEvent(
                    javafx.scene.input.ScrollEvent.SCROLL, s.getX(), s.getY(), sc.getX(), sc.getY(), false, false,
                    false, false, false, false, 0, deltaY, 0, deltaY,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void wheelZoomNarrowsTheRangeAroundTheCursor(FxRobot robot) {
        show(robot, ChartFixtures.walk(1000, 3));
        // the cursor at a quarter of the plot (x = 144) is over bar 250 of 0..999
        wheel(robot, PLOT_W / 4, 150, 40);
        int first = chart.getFirstVisibleBar();
        int last = chart.getLastVisibleBar();
        // one notch: 1000 x 0.8 = 800 bars; bar 250 stays at a quarter: 250 - 0.25 x 800 = 50 .. 849
        assertThat(last - first + 1).isBetween(800, 801);
        assertThat(first).isBetween(49, 51);
        wheel(robot, PLOT_W / 4, 150, -40);
        // and back out: 800 / 0.8 = 1000, every bar
        assertThat(chart.getFirstVisibleBar()).isEqualTo(0);
        assertThat(chart.getLastVisibleBar()).isEqualTo(999);
    }

    @Test
    void draggingPansByTheBarsUnderTheMouse(FxRobot robot) {
        show(robot, ChartFixtures.walk(1000, 3));
        robot.interact(() -> chart.showRange(100, 199));
        // 100 bars on 576 px: 5.76 px a bar; dragging 115.2 px left brings 20 later bars in: 120 .. 219
        Point2D from = screen(robot, 300, 150);
        Point2D to = screen(robot, 300 - 115.2, 150);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getFirstVisibleBar()).isBetween(119, 121);
        assertThat(chart.getLastVisibleBar() - chart.getFirstVisibleBar()).isBetween(99, 100);
    }

    @Test
    void clickingABarInThePaneOrTheBandReportsItsIndex(FxRobot robot) {
        show(robot, tenBars());
        List<Integer> clicked = new ArrayList<>();
        robot.interact(() -> chart.setOnBarClicked(clicked::add));
        // bar 3: x from 172.8 to 230.4, middle 201.6; bar 7 in the band: middle 57.6 x 7.5 = 432
        robot.clickOn(screen(robot, 201.6, 150));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(400); // not a double click
        robot.clickOn(screen(robot, 432, BAND_MID));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clicked).containsExactly(3, 7);
    }

    @Test
    void highlightedBarsAreShadedBehindTheCandles(FxRobot robot) {
        show(robot, tenBars());
        BitSet marked = new BitSet();
        marked.set(2);
        marked.set(3);
        robot.interact(() -> chart.setHighlightedBars(marked));
        PixelReader px = image(robot).getPixelReader();
        // y = 22: above every candle (the highest high, 105, is at y ~ 32); x 15 px right of a bar's left edge
        Color shaded = px.getColor((int) (57.6 * 2 + 15), 22);
        Color plain = px.getColor((int) (57.6 * 5 + 15), 22);
        // light panel #ffffff under the accent #2f6fd0 at 18 %: 255 x 0.82 + (47, 111, 208) x 0.18 = (218, 229, 247)
        assertThat(near(plain, Color.web("#ffffff"))).as("plain %s", plain).isTrue();
        assertThat(near(shaded, Color.rgb(218, 229, 247))).as("shaded %s", shaded).isTrue();
        assertThat(near(px.getColor((int) (57.6 * 3 + 15), 22), shaded)).isTrue();
    }

    @Test
    void risingCandlesAreAccentFallingCandlesAreInk(FxRobot robot) {
        show(robot, tenBars());
        PixelReader px = image(robot).getPixelReader();
        // the bodies run 100..104; read at 101.3 (off the grid lines at 100, 102, 104), 5 px right of the wick (bodies are 39 px wide)
        int y = (int) yOf(101.3);
        Color rising = px.getColor((int) (57.6 * 4.5) + 5, y);
        Color falling = px.getColor((int) (57.6 * 5.5) + 5, y);
        // light theme: -chart-up is -sl-accent #2f6fd0, -chart-down is -sl-text #1d232b
        assertThat(near(rising, Color.web("#2f6fd0"))).as("rising %s", rising).isTrue();
        assertThat(near(falling, Color.web("#1d232b"))).as("falling %s", falling).isTrue();
        // between the bodies (the gap of 57.6 - 39 px) the panel shows
        assertThat(near(px.getColor((int) (57.6 * 5) + 1, y), Color.WHITE)).isTrue();
    }

    @Test
    void theBandColoursEachBarByItsDecisionAndLeavesOthersBlank(FxRobot robot) {
        BarSeries bars = tenBars();
        show(robot, bars);
        robot.interact(() -> chart.setDecisions(List.of(
                ChartFixtures.decision(bars, 1, ProposalKind.OPEN, ReasonCode.INITIAL_ENTRY),
                ChartFixtures.decision(bars, 2, ProposalKind.ADD, ReasonCode.MIN_BARS_NOT_ELAPSED),
                ChartFixtures.decision(bars, 3, ProposalKind.ADD, ReasonCode.RISK_BUDGET_EXCEEDED))));
        PixelReader px = image(robot).getPixelReader();
        com.scalelab.ui.landscape.LandscapePalette p = com.scalelab.ui.landscape.LandscapePalette.LIGHT;
        assertThat(near(px.getColor((int) (57.6 * 1.5), (int) BAND_MID), p.colour(ReasonCode.INITIAL_ENTRY))).isTrue();
        assertThat(near(px.getColor((int) (57.6 * 2.5), (int) BAND_MID), p.colour(ReasonCode.MIN_BARS_NOT_ELAPSED)))
                .isTrue();
        assertThat(near(px.getColor((int) (57.6 * 3.5), (int) BAND_MID), p.colour(ReasonCode.RISK_BUDGET_EXCEEDED)))
                .isTrue();
        assertThat(near(px.getColor((int) (57.6 * 6.5), (int) BAND_MID), Color.WHITE)).isTrue();
    }

    @Test
    void zoomedOutTheBandShowsEachColumnsMostTellingReasonAndHighlightsStillShade(FxRobot robot) {
        BarSeries bars = ChartFixtures.walk(1000, 3);
        List<com.scalelab.engine.replay.ReplayDecision> decisions = new ArrayList<>();
        for (int t = 0; t < 500; t++) {
            decisions.add(ChartFixtures.decision(bars, t, ProposalKind.ADD, ReasonCode.MIN_BARS_NOT_ELAPSED));
        }
        decisions.add(ChartFixtures.decision(bars, 700, ProposalKind.ADD, ReasonCode.SCALE_APPROVED));
        BitSet marked = new BitSet();
        marked.set(900);
        show(robot, bars);
        robot.interact(() -> {
            chart.setDecisions(decisions);
            chart.setHighlightedBars(marked);
        });
        PixelReader px = image(robot).getPixelReader();
        assertThat(chart.lastDrawMode()).isEqualTo(PriceChart.DrawMode.ENVELOPE);
        com.scalelab.ui.landscape.LandscapePalette p = com.scalelab.ui.landscape.LandscapePalette.LIGHT;
        // 1000 bars on 576 px: column c holds bars floor(c / 0.576) to floor((c + 1) / 0.576) - 1.
        // Column 403: bars 699..700, one of them the approved add: the SCALE colour wins
        assertThat(near(px.getColor(403, (int) BAND_MID), p.colour(ReasonCode.SCALE_APPROVED))).isTrue();
        // column 100: bars 173..174, both too few bars
        assertThat(near(px.getColor(100, (int) BAND_MID), p.colour(ReasonCode.MIN_BARS_NOT_ELAPSED))).isTrue();
        // column 500: bars 868..869, no decision: blank
        assertThat(near(px.getColor(500, (int) BAND_MID), Color.WHITE)).isTrue();
        // column 518 holds bar 900 (bars 899..900): shaded in the top pad, its neighbours not;
        // white under the accent at 46/256: (255 x 210 + (47, 111, 208) x 46) / 256 = (217, 229, 246)
        assertThat(near(px.getColor(518, 22), Color.rgb(217, 229, 246))).as("%s", px.getColor(518, 22)).isTrue();
        assertThat(near(px.getColor(516, 22), Color.WHITE)).isTrue();
        assertThat(near(px.getColor(520, 22), Color.WHITE)).isTrue();
    }

    @Test
    void theCrosshairReadsTheBarsPricesAndItsVerdict(FxRobot robot) {
        BarSeries bars = tenBars();
        show(robot, bars);
        robot.interact(() -> chart.setDecisions(List.of(
                ChartFixtures.decision(bars, 4, ProposalKind.ADD, ReasonCode.MIN_BARS_NOT_ELAPSED))));
        robot.moveTo(screen(robot, 57.6 * 4.5, 120));
        WaitForAsyncUtils.waitForFxEvents();
        // bar 4 is 2024-01-02 + 4 days, rising 100 -> 104
        assertThat(chart.readoutText()).isEqualTo(
                "#4  2024-01-06   O 100.00  H 105.00  L 99.00  C 104.00   ADD ‖ SKIP · MIN_BARS_NOT_ELAPSED");
    }

    @Test
    void keysZoomAndPanAndDoubleClickShowsEverything(FxRobot robot) {
        show(robot, ChartFixtures.walk(1000, 5));
        robot.clickOn(screen(robot, 300, 150));
        robot.sleep(400);
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        // around the middle: 800 bars, 500 - 400 = 100 .. 899
        assertThat(chart.getFirstVisibleBar()).isEqualTo(100);
        assertThat(chart.getLastVisibleBar()).isEqualTo(899);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        // a tenth of the span: 80 bars later
        assertThat(chart.getFirstVisibleBar()).isEqualTo(180);
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getLastVisibleBar() - chart.getFirstVisibleBar() + 1).isEqualTo(1000);
        robot.interact(() -> chart.showRange(10, 60));
        robot.doubleClickOn(screen(robot, 300, 150));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getFirstVisibleBar()).isEqualTo(0);
        assertThat(chart.getLastVisibleBar()).isEqualTo(999);
    }

    @Test
    void aMillionBarsDrawAsOneEnvelopePerPixelColumn(FxRobot robot) {
        BarSeries bars = ChartFixtures.walk(1_000_000, 11);
        ChartFixtures.Replay replay = ChartFixtures.replay(ChartFixtures.walk(100, 11));
        assertThatCode(() -> {
            robot.interact(() -> {
                chart.setBars(bars);
                chart.setDecisions(replay.decisions());
                chart.setCycles(replay.cycles());
            });
        }).doesNotThrowAnyException();
        PixelReader px = image(robot).getPixelReader();
        assertThat(chart.lastDrawMode()).isEqualTo(PriceChart.DrawMode.ENVELOPE);
        // every pixel column of the plot holds some of the envelope (1,000,000 / 576 = 1736 bars a
        // column), except under the first positions' markers and exit labels (bars 20 to 99 all
        // fall in column 0; the labels, pushed inside the plot, reach x = 36)
        int empty = 0;
        for (int x = 40; x < (int) PLOT_W; x++) {
            boolean inked = false;
            for (int y = (int) PRICE_TOP + 1; y < (int) PRICE_BOTTOM && !inked; y++) {
                Color c = px.getColor(x, y);
                inked = near(c, Color.web("#2f6fd0")) || near(c, Color.web("#1d232b"));
            }
            empty += inked ? 0 : 1;
        }
        assertThat(empty).isZero();
        robot.interact(() -> chart.showRange(500_000, 500_099));
        image(robot);
        assertThat(chart.lastDrawMode()).isEqualTo(PriceChart.DrawMode.CANDLES);
    }
}
