package com.scalelab.ui.landscape;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.landscape.DecisionMap;
import com.scalelab.engine.landscape.EntryLadder;
import com.scalelab.engine.landscape.MapFrame;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfModel;
import com.scalelab.engine.landscape.WhatIfPoint;
import com.scalelab.engine.landscape.WhatWouldFlip;
import com.scalelab.ui.LabSession;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the landscape shows, from the session's what-if model: the decision map asked for (frame
 * over the same spans as the sliders, prices in the same decimals), what would flip the verdict and
 * the entry ladder; and what a click on the map or an applied suggestion does to the scenario. It
 * also has the map painted (cells and pixels, off the FX thread) at the size the map view reports,
 * so the views only render what it gives them.
 */
public final class LandscapeViewModel {
    /** Levels shown past the proposed entry. */
    static final int NEXT_LEVELS = 6;
    /** Quiet time before the flips and the ladder follow a change: a drag leaves the cores to the map. */
    static final long SIDE_WORK_DELAY_MS = 40;

    /**
     * One map to compute and draw: the policy and scenario, the frame (over the what-if spans) and
     * the decimals its prices are written with.
     */
    public record MapRequest(ScalingPolicy policy, ScalingContext context, MapFrame frame, int priceDecimals) {
        /** The map of this what-if model with this input up; price and quantity cannot be up: time then. */
        public static MapRequest of(WhatIfModel model, ScalingContext ctx, WhatIfInput up) {
            WhatIfInput y = WhatIfInput.SECOND_AXES.contains(up) ? up : WhatIfInput.TIME;
            return new MapRequest(model.policy(), ctx, model.frame(y, ctx, DecisionMapView.CELLS, DecisionMapView.CELLS),
                    model.priceDecimals());
        }
    }

    /**
     * A map ready for the screen: the request it answers, its decisions and their pixels (ARGB,
     * row by row) at the plot size the view asked for. Pixels are shared with the map before when
     * only the marker moved.
     */
    public record PaintedMap(MapRequest request, DecisionMap map, int[] pixels, int width, int height) {
    }

    private final LabSession session;
    private final ObjectProperty<WhatIfInput> axis = new SimpleObjectProperty<>(this, "axis", WhatIfInput.TIME);
    private final ReadOnlyObjectWrapper<MapRequest> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyObjectWrapper<PaintedMap> painted = new ReadOnlyObjectWrapper<>(this, "painted");
    private final DecisionMapPainter painter = new DecisionMapPainter(painted::set);
    private final ReadOnlyObjectWrapper<WhatWouldFlip> flips = new ReadOnlyObjectWrapper<>(this, "flips");
    private final ReadOnlyObjectWrapper<EntryLadder> ladder = new ReadOnlyObjectWrapper<>(this, "ladder");
    private final ScheduledExecutorService sideWork = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "landscape-ladder");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private boolean flipsWanted;
    private int mapWidth;
    private int mapHeight;
    private LandscapePalette mapPalette = LandscapePalette.LIGHT;

    public LandscapeViewModel(LabSession session) {
        this.session = session;
        session.policyProperty().addListener((obs, o, n) -> update());
        session.contextProperty().addListener((obs, o, n) -> update());
        axis.addListener((obs, o, n) -> update());
        update();
    }

    /** The decision map's vertical input (price is always across). */
    public ObjectProperty<WhatIfInput> axisProperty() {
        return axis;
    }

    /** The map to draw; null without a policy or scenario. */
    public ReadOnlyObjectProperty<MapRequest> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** The map painted at the size and in the colours the view asked for (off the FX thread); null before. */
    public ReadOnlyObjectProperty<PaintedMap> paintedMapProperty() {
        return painted.getReadOnlyProperty();
    }

    /**
     * The map's plot is w x h pixels in these colours: the map is painted (again) to fit. A plot
     * smaller than 8 pixels either way is not painted.
     */
    public void drawMapAt(int w, int h, LandscapePalette palette) {
        if (w != mapWidth || h != mapHeight || !palette.equals(mapPalette)) {
            mapWidth = w;
            mapHeight = h;
            mapPalette = palette;
            paintMap();
        }
    }

    /** True when the map painted is the latest asked for at the size last given: nothing is being computed. */
    public boolean isMapUpToDate() {
        PaintedMap p = painted.get();
        return map.get() != null && painter.isUpToDate() && p != null && p.width() == mapWidth && p.height() == mapHeight;
    }

    /** Stops the map's background threads (nothing is painted afterwards). */
    public void dispose() {
        painter.dispose();
    }

    /** What would flip the verdict, once computed (off the FX thread); null while there is nothing to say. */
    public ReadOnlyObjectProperty<WhatWouldFlip> flipsProperty() {
        return flips.getReadOnlyProperty();
    }

    /** The entry ladder, once computed (off the FX thread). */
    public ReadOnlyObjectProperty<EntryLadder> ladderProperty() {
        return ladder.getReadOnlyProperty();
    }

    /** Decimals every price of the landscape is written with (the what-if panel's). */
    public int priceDecimals() {
        return session.whatIf().priceDecimals();
    }

    /** Whether anyone shows the flips: they are only searched for then. */
    public void setFlipsWanted(boolean wanted) {
        if (wanted != flipsWanted) {
            flipsWanted = wanted;
            update();
        }
    }

    /** A click on the map: the scenario moves to that cell's price and second-axis value. */
    public void moveTo(DecisionMapView.MapPick pick) {
        ScalingContext ctx = session.getContext();
        if (ctx == null || ctx.proposed() == null || pick == null) {
            return;
        }
        WhatIfPoint to = WhatIfPoint.of(ctx).with(WhatIfInput.PRICE, pick.price()).with(pick.axis(), pick.value());
        session.contextProperty().set(to.applyTo(ctx));
    }

    /** An applied suggestion: the scenario moves there. */
    public void apply(WhatWouldFlip.Suggestion s) {
        ScalingContext ctx = session.getContext();
        if (ctx != null && s != null) {
            session.contextProperty().set(s.applyTo(ctx));
        }
    }

    private void paintMap() {
        MapRequest request = map.get();
        if (request != null && mapWidth >= 8 && mapHeight >= 8) {
            painter.paint(request, mapWidth, mapHeight, mapPalette);
        }
    }

    private void update() {
        ScalingPolicy policy = session.getPolicy();
        ScalingContext ctx = session.getContext();
        long gen = generation.incrementAndGet();
        if (policy == null || ctx == null) {
            painter.clear();
            map.set(null);
            flips.set(null);
            ladder.set(null);
            return;
        }
        WhatIfModel model = session.whatIf();
        map.set(MapRequest.of(model, ctx, axis.get()));
        paintMap();
        boolean wantFlips = flipsWanted;
        int decimals = model.priceDecimals();
        // the flips and the ladder take a few milliseconds: off the FX thread, once the changes pause,
        // latest change wins
        sideWork.schedule(() -> {
            if (gen != generation.get()) {
                return;
            }
            WhatWouldFlip flip = wantFlips ? WhatWouldFlip.find(policy, ctx, decimals) : null;
            EntryLadder steps = EntryLadder.build(policy, ctx, NEXT_LEVELS);
            Platform.runLater(() -> {
                if (gen == generation.get()) {
                    flips.set(flip);
                    ladder.set(steps);
                }
            });
        }, SIDE_WORK_DELAY_MS, TimeUnit.MILLISECONDS);
    }
}
