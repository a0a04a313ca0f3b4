package com.scalelab.ui;

import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.ui.scenario.ScenarioController;
import com.scalelab.ui.verdict.VerdictController;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * Slider change to verdict panel updated, headless (Monocle), over 2,000 programmatic price changes
 * that cross the pyramid's spacing threshold back and forth. Not a test: prints p50/p99/max.
 *
 * <p>Per change: "update" is the FX-thread work of {@code slider.setValue} (view-model, context, engine,
 * verdict labels and styles); "pulse" the CSS and layout passes of the pulse that follows, timed between
 * the scene's pre- and post-layout pulse listeners; "total" their sum, the work between a slider tick and
 * a verdict panel ready to render; "cpu" the FX thread's CPU time for the same work, which stays honest
 * when other processes share the cores. "wall" also counts the wait for the pulse (frame pacing).
 * Rendering itself is not counted (headless software pipeline).
 *
 * <p>Run (Monocle is a test dependency, so the class path is the test one):
 * <pre>
 * mvn -B -o -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/bench.cp) com.scalelab.ui.SliderLatencyBench
 * </pre>
 */
public final class SliderLatencyBench {
    private static final int WARMUP = 1_000;
    private static final int CHANGES = 2_000;
    /** CPU time of the FX thread: what our work costs even when other processes take the cores. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        headless();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        Setup setup = onFx(SliderLatencyBench::setUp);
        for (int i = 0; i < WARMUP; i++) {
            change(setup, i);
        }
        long[] update = new long[CHANGES];
        long[] pulse = new long[CHANGES];
        long[] total = new long[CHANGES];
        long[] wall = new long[CHANGES];
        long[] cpu = new long[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            long[] t = change(setup, i + 7);
            update[i] = t[0];
            pulse[i] = t[1];
            total[i] = t[0] + t[1];
            wall[i] = t[2];
            cpu[i] = t[3];
        }
        int flips = onFx(() -> setup.flips);
        report("update (setValue: view-model, engine, verdict labels)      ", update);
        report("pulse  (CSS + layout passes of the next pulse)            ", pulse);
        report("total  (slider change -> verdict panel updated, laid out)  ", total);
        report("cpu    (FX thread CPU time of update + pulse CSS/layout)   ", cpu);
        report("wall   (setValue -> end of next pulse's layout, incl. wait)", wall);
        System.out.printf(Locale.ROOT, "verdict flips SKIP<->SCALE seen: %d of %d changes%n", flips, WARMUP + CHANGES);
        Platform.exit();
        System.exit(0);
    }

    /**
     * One price change: the FX-thread work of setValue, then the CSS and layout passes of the pulse
     * that follows (timed between the scene's pre- and post-layout pulse listeners, so only the
     * dirty nodes are processed, as in the running application), then the wall time to that point.
     */
    private static long[] change(Setup s, int i) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long[] t = new long[4];
            long[] pre = new long[2];
            Runnable[] listeners = new Runnable[2];
            listeners[0] = () -> {
                pre[0] = System.nanoTime();
                pre[1] = CPU.getCurrentThreadCpuTime();
            };
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            s.price.setValue(priceFor(i));
            t[0] = System.nanoTime() - t0;
            long c1 = CPU.getCurrentThreadCpuTime();
            listeners[1] = () -> {
                long end = System.nanoTime();
                t[3] = (c1 - c0) + (CPU.getCurrentThreadCpuTime() - pre[1]);
                s.scene.removePreLayoutPulseListener(listeners[0]);
                s.scene.removePostLayoutPulseListener(listeners[1]);
                t[1] = end - pre[0];
                t[2] = end - t0;
                noteFlip(s);
                done.complete(t);
            };
            s.scene.addPreLayoutPulseListener(listeners[0]);
            s.scene.addPostLayoutPulseListener(listeners[1]);
            Platform.requestNextPulse();
        });
        return done.get(10, TimeUnit.SECONDS);
    }

    private static final class Setup {
        Scene scene;
        Parent root;
        Slider price;
        Label badge;
        int flips;
        String lastBadge;
    }

    private static Setup setUp() {
        ScalingPolicy policy = new ScalingPolicy("Trend pyramid", "donchian-breakout", "",
                new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 4),
                new ScalingPolicy.Limits(20.0, 2.0, 0.0),
                new ScalingPolicy.Qualification(60, 3, 0.6, 1.0, 4.0, new ScalingPolicy.Band(0.5, 5.0)),
                new ScalingPolicy.Execution(20.0), new ScalingPolicy.Sizing(0.5));
        ScalingContext ctx = new ScalingContext("ES", 100_000,
                new Position(Direction.LONG, 95.0, List.of(new Entry(100.0, 10, Instant.parse("2026-01-05T14:30:00Z"), 120))),
                10, List.of(), new Market(2.0, 4.0),
                new ProposedEntry(Direction.LONG, 101.0, 5, Instant.parse("2026-01-05T16:00:00Z"), 126, 0.8));
        LabSession session = new LabSession(policy, ctx);
        ViewLoader loader = new ViewLoader(session);
        ViewLoader.Loaded<ScenarioController> scenario = loader.load("scenario.fxml");
        ViewLoader.Loaded<VerdictController> verdict = loader.load("verdict.fxml");
        Setup s = new Setup();
        s.root = new SplitPane(scenario.root(), verdict.root());
        s.scene = new Scene(s.root, 1280, 800);
        // The real light theme when present, else the tests' stand-in with the same colour names.
        java.net.URL theme = SliderLatencyBench.class.getResource("/styles/theme-light.css");
        if (theme == null) {
            theme = SliderLatencyBench.class.getResource("/com/scalelab/ui/scenario/test-theme.css");
        }
        if (theme != null) {
            s.scene.getStylesheets().add(theme.toExternalForm());
        }
        Stage stage = new Stage();
        stage.setScene(s.scene);
        stage.show();
        s.price = (Slider) scenario.root().lookup("#priceSlider");
        s.badge = (Label) verdict.root().lookup(".badge");
        s.lastBadge = s.badge.getText();
        return s;
    }

    /** Prices from 100.5 to 106.4: below 102 the add is a SKIP (spacing), above it a SCALE. */
    private static double priceFor(int i) {
        return 100.5 + (i * 37 % 60) / 10.0;
    }

    private static void noteFlip(Setup s) {
        String b = s.badge.getText();
        if (!b.equals(s.lastBadge)) {
            s.flips++;
            s.lastBadge = b;
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s over %d changes: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", what,
                sorted.length, pct(sorted, 50), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
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

    /** The same headless set-up the UI tests use, unless given on the command line. */
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
