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
 * <p>"work": on the FX thread, from {@code slider.setValue} (view-model, engine, verdict labels) through
 * {@code root.applyCss(); root.layout()} of the whole scene. "pulse": from {@code setValue} to the end
 * of the layout phase of the next pulse (includes waiting for the pulse, so it is bounded below by the
 * frame pacing, not by our work).
 *
 * <p>Run: {@code mvn -B -o -q -Pbench test-compile exec:exec -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath com.scalelab.ui.SliderLatencyBench"}
 */
public final class SliderLatencyBench {
    private static final int WARMUP = 1_000;
    private static final int CHANGES = 2_000;

    public static void main(String[] args) throws Exception {
        headless();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        Setup setup = onFx(SliderLatencyBench::setUp);
        onFx(() -> run(setup, WARMUP, new long[WARMUP], new long[WARMUP]));
        long[] update = new long[CHANGES];
        long[] css = new long[CHANGES];
        long[] work = onFx(() -> run(setup, CHANGES, update, css));
        long[] pulse = new long[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            pulse[i] = pulseLatency(setup, i);
        }
        int flips = onFx(() -> setup.flips);
        report("update (setValue -> labels updated, no CSS/layout)", update);
        report("css   (applyCss of the scene after the update)", css);
        report("work  (setValue -> labels + applyCss/layout)", work);
        report("pulse (setValue -> end of next pulse layout)", pulse);
        System.out.printf(Locale.ROOT, "verdict flips SKIP<->SCALE seen: %d%n", flips);
        Platform.exit();
        System.exit(0);
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

    private static long[] run(Setup s, int n, long[] updateOnly, long[] cssOnly) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            s.price.setValue(priceFor(i));
            long t1 = System.nanoTime();
            updateOnly[i] = t1 - t0;
            s.root.applyCss();
            cssOnly[i] = System.nanoTime() - t1;
            s.root.layout();
            out[i] = System.nanoTime() - t0;
            noteFlip(s);
        }
        return out;
    }

    private static void noteFlip(Setup s) {
        String b = s.badge.getText();
        if (!b.equals(s.lastBadge)) {
            s.flips++;
            s.lastBadge = b;
        }
    }

    private static long pulseLatency(Setup s, int i) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                s.scene.removePostLayoutPulseListener(listener[0]);
                done.complete(System.nanoTime() - t0);
            };
            s.scene.addPostLayoutPulseListener(listener[0]);
            s.price.setValue(priceFor(i + 7));
            noteFlip(s);
            Platform.requestNextPulse();
        });
        return done.get(10, TimeUnit.SECONDS);
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
