package com.scalelab.ui.landscape;

import com.scalelab.engine.DecisionSweep;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.landscape.DecisionMap;
import com.scalelab.engine.landscape.MapComputation;
import com.scalelab.engine.landscape.MapFrame;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfPoint;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Works out the decision map the landscape asks for at the size the map view draws it: the cells
 * off the FX thread (rows split over two threads, decision path only) and their pixels, the newest
 * request cancelling the one before. When only the marker moved (price or the second input, within
 * the frame) the cells stand and only the point changes, on the spot. Each finished map reaches
 * the FX thread as a {@link LandscapeViewModel.PaintedMap}, which the view copies to the screen.
 */
final class DecisionMapPainter {
    /** Threads per map: the caller and one pool thread (system property scalelab.mapThreads, 1 or 2). */
    static final int THREADS = Math.max(1, Math.min(2, Integer.getInteger("scalelab.mapThreads", 2)));

    private final Consumer<LandscapeViewModel.PaintedMap> onPainted;
    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(daemon("landscape-map"));
    private final ExecutorService rowsPool = Executors.newSingleThreadExecutor(daemon("landscape-map-rows"));
    private volatile MapComputation current;
    private long paintedGeneration = -1;
    private MapKey paintedKey;
    private LandscapeViewModel.PaintedMap painted;

    /** @param onPainted called on the FX thread with each map painted, the latest asked for only */
    DecisionMapPainter(Consumer<LandscapeViewModel.PaintedMap> onPainted) {
        this.onPainted = onPainted;
    }

    /** Paints this request at w x h pixels in these colours (call on the FX thread). */
    void paint(LandscapeViewModel.MapRequest request, int w, int h, LandscapePalette palette) {
        long gen = generation.incrementAndGet();
        MapComputation previous = current;
        if (previous != null) {
            previous.cancel();
        }
        ScalingPolicy policy = request.policy();
        ScalingContext context = request.context();
        MapFrame frame = request.frame();
        WhatIfPoint at = WhatIfPoint.of(context);
        MapKey key = new MapKey(policy, held(context, frame.yAxis()), new DecisionSweep(policy, context).isValid(), frame,
                w, h, palette);
        if (key.equals(paintedKey) && painted != null && painted.map().covers(at)) {
            current = null;
            deliver(gen, key, new LandscapeViewModel.PaintedMap(request, painted.map().withPoint(at), painted.pixels(), w, h));
            return;
        }
        MapComputation job = new MapComputation(policy, context, frame);
        current = job;
        int[] fill = palette.argbByReason();
        int[] pattern = palette.patternArgbByReason();
        coordinator.execute(() -> {
            if (job.isCancelled()) {
                return;
            }
            Optional<DecisionMap> done = job.run(rowsPool, THREADS);
            if (done.isEmpty()) {
                return;
            }
            int[] pixels = MapPixels.render(done.get(), w, h, fill, pattern, job::isCancelled);
            if (pixels != null) {
                Platform.runLater(() -> deliver(gen, key, new LandscapeViewModel.PaintedMap(request, done.get(), pixels, w, h)));
            }
        });
    }

    /** Forgets the request in flight: nothing is to be shown. */
    void clear() {
        generation.incrementAndGet();
        MapComputation c = current;
        if (c != null) {
            c.cancel();
        }
        current = null;
    }

    /** True when the latest map asked for has been painted. */
    boolean isUpToDate() {
        return painted != null && paintedGeneration == generation.get();
    }

    /** Stops the background threads (nothing can be painted afterwards). */
    void dispose() {
        clear();
        coordinator.shutdownNow();
        rowsPool.shutdownNow();
    }

    private void deliver(long gen, MapKey key, LandscapeViewModel.PaintedMap map) {
        if (gen != generation.get()) {
            return; // a newer request is on its way
        }
        paintedGeneration = gen;
        paintedKey = key;
        painted = map;
        onPainted.accept(map);
    }

    /** What a painted map's cells depend on: everything but the price and second-axis values. */
    private record MapKey(ScalingPolicy policy, ScalingContext held, boolean valid, MapFrame frame, int w, int h,
                          LandscapePalette palette) {
    }

    /** The scenario with price and the second input set to fixed values: equal for points one map covers. */
    private static ScalingContext held(ScalingContext ctx, WhatIfInput axis) {
        if (ctx.proposed() == null || ctx.market() == null) {
            return ctx;
        }
        return WhatIfPoint.of(ctx).with(WhatIfInput.PRICE, 1).with(axis, 0).applyTo(ctx);
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
