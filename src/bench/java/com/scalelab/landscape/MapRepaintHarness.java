package com.scalelab.landscape;

import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.landscape.DecisionMap;
import com.scalelab.engine.landscape.WhatIfPoint;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.ViewLoader;
import com.scalelab.ui.landscape.DecisionMapView;
import com.scalelab.ui.landscape.LandscapeController;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * FX-side measurement (not a test): a what-if change (the session's scenario moving, as a slider
 * drag does) to the repainted decision map, in the real landscape panel.
 * <ol>
 *   <li>one change at a time: change -> that change's map painted (p50, p95, max), and the FX
 *       thread's time per change (listeners) and per paint;</li>
 *   <li>a 60 Hz drag: a change every 16 ms without waiting; latency of the changes that got
 *       painted, and how many were superseded (cancelled) before painting.</li>
 * </ol>
 * Headless runs use Monocle (test class path):
 * <pre>mvn -B -o -Pbench test-compile exec:exec -Dexec.classpathScope=test \
 *   -Dbench.main=com.scalelab.landscape.MapRepaintHarness -Dbench.args=300</pre>
 */
public final class MapRepaintHarness {
    private static final Instant T0 = Instant.parse("2026-01-05T14:30:00Z");

    private MapRepaintHarness() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        if (args.length > 1) {
            System.setProperty("scalelab.mapThreads", args[1]);
        }
        System.out.println("map threads: " + System.getProperty("scalelab.mapThreads", "2 (default)"));
        if (System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        ScalingPolicy policy = new ScalingPolicy("Trend pyramid", "", "",
                new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 4), new ScalingPolicy.Limits(20.0, 2.0, 0.0),
                new ScalingPolicy.Qualification(60, 3, 0.6, 1.0, 4.0, new ScalingPolicy.Band(0.5, 5.0)),
                new ScalingPolicy.Execution(20.0), new ScalingPolicy.Sizing(0.5));
        ScalingContext ctx = new ScalingContext("ES", 100_000, new Position(Direction.LONG, 95.0,
                List.of(new Entry(100.0, 10, T0, 120))), 10, List.of(), new Market(2.0, 4.0),
                new ProposedEntry(Direction.LONG, 103.0, 5, T0.plusSeconds(90 * 60), 126, 0.8));
        LabSession session = new LabSession(policy, ctx);
        AtomicReference<LandscapeController> controller = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            ViewLoader.Loaded<LandscapeController> loaded = new ViewLoader(session).load("landscape.fxml");
            controller.set(loaded.controller());
            Stage stage = new Stage();
            Scene scene = new Scene(loaded.root(), 1280, 800);
            // the main window's theme when this branch has it; else the same colour names inline
            java.net.URL theme = MapRepaintHarness.class.getResource("/styles/theme-light.css");
            if (theme != null) {
                scene.getStylesheets().add(theme.toExternalForm());
            } else {
                loaded.root().setStyle("-sl-bg: #f4f5f7; -sl-panel: #ffffff; -sl-border: #d5d9df; -sl-text: #1d232b;"
                        + " -sl-muted: #5f6b7a; -sl-accent: #2f6fd0; -sl-scale: #1a8a6a; -sl-skip: #b26a00;"
                        + " -sl-block: #c62f3a; -sl-invalid: #7a4fa0; -sl-na: #8a929c;");
            }
            stage.setScene(scene);
            stage.show();
            shown.countDown();
        });
        shown.await();
        DecisionMapView map = controller.get().mapView();
        waitUntil(() -> map.mapProperty().get() != null && map.isUpToDate());

        // the painted map's point -> when it was painted
        AtomicReference<WhatIfPoint> wanted = new AtomicReference<>();
        AtomicReference<CountDownLatch> painted = new AtomicReference<>();
        List<long[]> paints = new ArrayList<>();
        AtomicLong paintedAt = new AtomicLong();
        Platform.runLater(() -> map.setOnPainted((DecisionMap m) -> {
            paintedAt.set(System.nanoTime());
            synchronized (paints) {
                // when, and the point painted (price, signal) to match it with the change that asked for it
                paints.add(new long[] {System.nanoTime(), Double.doubleToLongBits(m.at().price()),
                        Double.doubleToLongBits(m.at().signalQuality())});
            }
            CountDownLatch l = painted.get();
            if (l != null && m.at().equals(wanted.get())) {
                l.countDown();
            }
        }));

        for (String input : List.of("price", "signal")) {
            run(session, ctx, map, input, changes, wanted, painted, paints, paintedAt);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void run(LabSession session, ScalingContext ctx, DecisionMapView map, String input, int changes,
                            AtomicReference<WhatIfPoint> wanted, AtomicReference<CountDownLatch> painted,
                            List<long[]> paints, AtomicLong paintedAt) throws Exception {
        boolean price = input.equals("price");
        System.out.println("== dragging " + (price ? "price (a map axis: the cells stand, the marker moves)"
                : "signal quality (not a map axis: every change recomputes the 65,536 cells)"));
        // 1. one change at a time
        warmUp(session, 100, price);
        long[] latency = new long[changes];
        long[] fxChange = new long[changes];
        long[] fxPaint = new long[changes];
        for (int i = 0; i < changes; i++) {
            ScalingContext next = move(ctx, i, price);
            CountDownLatch l = new CountDownLatch(1);
            painted.set(l);
            wanted.set(WhatIfPoint.of(next));
            long[] t = new long[2];
            CountDownLatch set = new CountDownLatch(1);
            Platform.runLater(() -> {
                t[0] = System.nanoTime();
                session.contextProperty().set(next);
                t[1] = System.nanoTime();
                set.countDown();
            });
            if (!l.await(10, TimeUnit.SECONDS) || !set.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("change " + i + " never painted");
            }
            latency[i] = paintedAt.get() - t[0];
            fxChange[i] = t[1] - t[0];
            fxPaint[i] = map.lastPaintNanos();
        }
        painted.set(null);
        report("one change at a time, change -> its map painted", latency);
        report("FX thread per change (session listeners, map request, side work queued)", fxChange);
        report("FX thread per paint (pixels into the image, axes, marker, legend)", fxPaint);

        // 2. a 60 Hz drag
        synchronized (paints) {
            paints.clear();
        }
        long[] sentAt = new long[changes];
        double[] sentPrice = new double[changes];
        for (int i = 0; i < changes; i++) {
            ScalingContext next = move(ctx, i + 1000, price);
            sentPrice[i] = price ? next.proposed().price() : next.proposed().signalQuality();
            int k = i;
            Platform.runLater(() -> {
                sentAt[k] = System.nanoTime();
                session.contextProperty().set(next);
            });
            Thread.sleep(16);
        }
        Thread.sleep(500);
        List<Long> dragLatency = new ArrayList<>();
        synchronized (paints) {
            for (long[] p : paints) {
                double key = Double.longBitsToDouble(price ? p[1] : p[2]);
                for (int i = changes - 1; i >= 0; i--) {
                    if (sentPrice[i] == key && sentAt[i] != 0 && sentAt[i] <= p[0]) {
                        dragLatency.add(p[0] - sentAt[i]);
                        break;
                    }
                }
            }
        }
        long[] drag = dragLatency.stream().mapToLong(Long::longValue).toArray();
        report("60 Hz drag, change -> painted (painted changes only)", drag);
        System.out.printf(Locale.ROOT, "60 Hz drag: %d changes, %d maps painted, %d superseded before painting%n",
                changes, drag.length, changes - drag.length);
    }

    private static ScalingContext move(ScalingContext ctx, int i, boolean price) {
        ProposedEntry p = ctx.proposed();
        if (price) {
            // back and forth across 8 ATR of price, time ticking (both are map axes)
            double to = 96 + 16 * Math.abs(((i * 0.013) % 2) - 1) + i * 1e-7;
            return ctx.withProposed(new ProposedEntry(p.direction(), to, p.quantity(),
                    p.time().plusSeconds(i % 120), p.bar(), p.signalQuality()));
        }
        // back and forth across the signal quality slider
        double signal = Math.abs(((i * 0.0137) % 2) - 1) * 0.999 + (i % 997) * 1e-7;
        return ctx.withProposed(new ProposedEntry(p.direction(), p.price(), p.quantity(), p.time(), p.bar(),
                Math.min(1, signal)));
    }

    private static void warmUp(LabSession session, int n, boolean price) throws Exception {
        ScalingContext base = session.getContext();
        for (int i = 0; i < n; i++) {
            ScalingContext next = move(base, 5000 + i, price);
            Platform.runLater(() -> session.contextProperty().set(next));
            Thread.sleep(5);
        }
        Thread.sleep(500);
    }

    private static void report(String what, long[] nanos) {
        if (nanos.length == 0) {
            System.out.println(what + ": no samples");
            return;
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%s: n=%d p50=%.2f ms p95=%.2f ms max=%.2f ms%n", what, s.length,
                s[s.length / 2] / 1e6, s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] / 1e6,
                s[s.length - 1] / 1e6);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 1000; i++) {
            AtomicReference<Boolean> ok = new AtomicReference<>(false);
            CountDownLatch l = new CountDownLatch(1);
            Platform.runLater(() -> {
                ok.set(condition.getAsBoolean());
                l.countDown();
            });
            l.await();
            if (ok.get()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the map never painted");
    }
}
