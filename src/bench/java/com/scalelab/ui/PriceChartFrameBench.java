package com.scalelab.ui;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Entry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ExitReason;
import com.scalelab.engine.replay.ProposalKind;
import com.scalelab.engine.replay.ReplayCycle;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayExit;
import com.scalelab.ui.replay.chart.PriceChart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/**
 * Frame times of the replay price chart over 1,000,000 bars, headless (Monocle, software
 * pipeline). Not a test: prints p50 / p95 / max.
 *
 * <p>The chart is 1280 x 560 in a light-themed scene with a realistic load: a decision on 70 %
 * of the bars, a position every 500 bars (2,000 positions, 4 entries each) and 10 % of the bars
 * highlighted. Each step fires the input event the user's hand would (a wheel notch at the
 * cursor, or a mouse drag of 24 px) on the FX thread and the chart draws at the next pulse.
 * At each zoom level (all 1,000,000 bars for zoom and 900,000 for pan, then 100,000, 1,000 and
 * 200 bars visible: envelope, envelope, OHLC bars, candles) it measures 300 pan and 300 zoom steps:
 * <ul>
 *   <li>"draw": FX-thread time of the frame's drawing (every canvas command of the frame: grid,
 *       highlights, bars, positions, band, axes), from {@link PriceChart#lastDrawNanos()};</li>
 *   <li>"event to drawn": wall time from the input event to the end of the pulse that drew it
 *       (event handling, the wait for the pulse, drawing, CSS and layout). Pulses come every
 *       16.7 ms, so this includes up to one frame of waiting;</li>
 *   <li>"cpu": FX-thread CPU time from the event to the end of that pulse (event handling,
 *       drawing, CSS, layout; no waiting), which stays honest when other processes take the
 *       cores (this machine's 2 cores are shared; the load average is printed);</li>
 *   <li>"draw + raster": drawing plus the chart's snapshot, which makes the software pipeline
 *       rasterise the canvas on the FX thread: an upper bound for a frame without a GPU (it also
 *       copies the 1280 x 560 pixels back).</li>
 * </ul>
 * <pre>
 * mvn -B -o -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/bench.cp) com.scalelab.ui.PriceChartFrameBench
 * </pre>
 */
public final class PriceChartFrameBench {
    private static final int BARS = 1_000_000;
    private static final int STEPS = 300;
    private static final int WARMUP = 150;
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 560;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private PriceChartFrameBench() {
    }

    public static void main(String[] args) throws Exception {
        headless();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        BarSeries bars = walk(BARS, 1);
        Replay replay = replay(bars);
        PriceChart chart = onFx(() -> {
            PriceChart c = new PriceChart();
            Scene scene = new Scene(c, WIDTH, HEIGHT);
            com.scalelab.ui.app.Theme.LIGHT.applyTo(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            c.setBars(bars);
            c.setDecisions(replay.decisions);
            c.setCycles(replay.cycles);
            c.setHighlightedBars(replay.highlighted);
            c.setSelectedBar(BARS / 2);
            return c;
        });
        System.out.println("load average at start: " + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage() + " on " + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.printf(Locale.ROOT, "%,d bars, %,d decisions, %,d positions, %,d highlighted; chart %.0f x %.0f%n",
                BARS, replay.decisions.size(), replay.cycles.size(), replay.highlighted.cardinality(), WIDTH, HEIGHT);
        // zoom from all bars (1,000,000 <-> 800,000); pan needs room to move, so at 900,000
        measure(chart, BARS, "zoom");
        measure(chart, 900_000, "pan");
        for (int span : new int[] {100_000, 1_000, 200}) {
            for (String kind : List.of("pan", "zoom")) {
                measure(chart, span, kind);
            }
        }
        Platform.exit();
        System.exit(0);
    }

    private static void measure(PriceChart chart, int span, String kind) throws Exception {
        onFx(() -> {
            int first = span == BARS ? 0 : BARS / 2 - span / 2;
            chart.showRange(first, first + span - 1);
            return null;
        });
        for (int i = 0; i < WARMUP; i++) {
            step(chart, span, kind, i, false);
        }
        long[] draw = new long[STEPS];
        long[] wall = new long[STEPS];
        long[] raster = new long[STEPS];
        long[] cpu = new long[STEPS];
        String mode = "";
        for (int i = 0; i < STEPS; i++) {
            long[] t = step(chart, span, kind, i, false);
            draw[i] = t[0];
            wall[i] = t[1];
            cpu[i] = t[3];
        }
        for (int i = 0; i < STEPS; i++) {
            raster[i] = step(chart, span, kind, i, true)[2];
        }
        mode = onFx(() -> chart.getFirstVisibleBar() + ".." + chart.getLastVisibleBar());
        String what = String.format(Locale.ROOT, "%-4s at %,9d bars visible", kind, span);
        report(what + ", draw          ", draw);
        report(what + ", event to drawn", wall);
        report(what + ", cpu           ", cpu);
        report(what + ", draw + raster ", raster);
        System.out.println("   (last range shown " + mode + ", load average "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ")");
    }

    /**
     * One step: a wheel notch (alternately in and out, so the range breathes around its level) or
     * a 24 px drag (alternately left and right, so it stays near the middle of the data).
     */
    private static long[] step(PriceChart chart, int span, String kind, int i, boolean snapshot) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Node canvas = chart.getChildrenUnmodifiable().get(0);
            Scene scene = chart.getScene();
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            double x = 300 + (i * 37 % 600);
            double y = 200;
            if (kind.equals("zoom")) {
                double dy = (i % 2 == 0) ? 40 : -40;
                Event.fireEvent(canvas, scroll(chart, x, y, dy));
            } else {
                // a drag of 24 px: press, two moves, release (the release of a drag is not a click)
                double dir = ((i / 8) % 2 == 0) ? -1 : 1;
                Event.fireEvent(canvas, mouse(chart, MouseEvent.MOUSE_PRESSED, x, y));
                Event.fireEvent(canvas, mouse(chart, MouseEvent.MOUSE_DRAGGED, x + dir * 12, y));
                Event.fireEvent(canvas, mouse(chart, MouseEvent.MOUSE_DRAGGED, x + dir * 24, y));
                Event.fireEvent(canvas, mouse(chart, MouseEvent.MOUSE_RELEASED, x + dir * 24, y));
            }
            if (snapshot) {
                // draws the pending frame now, then rasterises it in software
                long s0 = System.nanoTime();
                chart.snapshotImage();
                long s1 = System.nanoTime();
                done.complete(new long[] {0, 0, s1 - s0, 0});
                return;
            }
            Runnable[] post = new Runnable[1];
            post[0] = () -> {
                long end = System.nanoTime();
                scene.removePostLayoutPulseListener(post[0]);
                done.complete(new long[] {chart.lastDrawNanos(), end - t0, 0, CPU.getCurrentThreadCpuTime() - c0});
            };
            scene.addPostLayoutPulseListener(post[0]);
            Platform.requestNextPulse();
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    private static ScrollEvent scroll(PriceChart chart, double x, double y, double dy) {
        Point2D s = chart.localToScene(x, y);
        Point2D sc = chart.localToScreen(x, y);
        return new ScrollEvent(ScrollEvent.SCROLL, s.getX(), s.getY(), sc.getX(), sc.getY(), false, false, false,
                false, false, false, 0, dy, 0, dy, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    private static MouseEvent mouse(PriceChart chart, javafx.event.EventType<MouseEvent> type, double x, double y) {
        Point2D s = chart.localToScene(x, y);
        Point2D sc = chart.localToScreen(x, y);
        return new MouseEvent(type, s.getX(), s.getY(), sc.getX(), sc.getY(), MouseButton.PRIMARY, 1, false, false,
                false, false, true, false, false, false, false, false, null);
    }

    private record Replay(List<ReplayDecision> decisions, List<ReplayCycle> cycles, BitSet highlighted) {
    }

    /** Minute bars, a seeded random walk without drift. */
    private static BarSeries walk(int n, long seed) {
        Random rnd = new Random(seed);
        Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
        Instant[] t = new Instant[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 100;
        for (int i = 0; i < n; i++) {
            t[i] = t0.plus(Duration.ofMinutes(i));
            o[i] = price;
            double close = Math.max(1, price * (1 + rnd.nextGaussian() * 0.0008));
            h[i] = Math.max(o[i], close) * (1 + rnd.nextDouble() * 0.0005);
            l[i] = Math.min(o[i], close) * (1 - rnd.nextDouble() * 0.0005);
            c[i] = close;
            price = close;
        }
        Arrays.fill(v, Double.NaN);
        return new BarSeries(t, o, h, l, c, v, null);
    }

    /** A position every 500 bars (entries at +0, +20, +40, +60, exit at +300), decisions on 70 % of the bars. */
    private static Replay replay(BarSeries bars) {
        Random rnd = new Random(2);
        List<ReplayDecision> decisions = new ArrayList<>();
        List<ReplayCycle> cycles = new ArrayList<>();
        BitSet highlighted = new BitSet();
        ReasonCode[] reasons = ReasonCode.values();
        for (int t = 14; t < bars.size(); t++) {
            if (rnd.nextInt(10) < 7) {
                ReasonCode r = reasons[rnd.nextInt(reasons.length)];
                Decision d = r.decision();
                decisions.add(new ReplayDecision(t, bars.time()[t], ProposalKind.ADD, bars.close()[t], 1, 0.1,
                        bars.close()[t] * 0.99, d, r, null));
                if (r == ReasonCode.MIN_BARS_NOT_ELAPSED || r == ReasonCode.SIGNAL_TOO_WEAK) {
                    highlighted.set(t);
                }
            }
        }
        for (int open = 100; open + 300 < bars.size(); open += 500) {
            List<Entry> entries = new ArrayList<>();
            List<Double> stops = new ArrayList<>();
            double q = 10;
            for (int k = 0; k < 4; k++) {
                int b = open + 20 * k;
                entries.add(new Entry(bars.close()[b], q, bars.time()[b], b));
                stops.add(bars.close()[open] * 0.99 + k * 0.01);
                q /= 2;
            }
            int close = open + 300;
            cycles.add(new ReplayCycle(open, close, entries, stops, new ReplayExit(close, bars.time()[close],
                    ExitReason.STOP, stops.get(3), 4, 18.75, 0, 0, 0), 0));
        }
        return new Replay(decisions, cycles, highlighted);
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%s: n=%d p50=%.2f ms p95=%.2f ms max=%.2f ms%n", what, s.length,
                s[s.length / 2] / 1e6, s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] / 1e6,
                s[s.length - 1] / 1e6);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    private static void headless() {
        String[][] props = {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"},
                {"prism.text", "t2k"}, {"java.awt.headless", "true"}, {"headless.geometry", "1600x1000-32"}};
        for (String[] p : props) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
    }
}
